import { compareNames, type NameLevel } from './compareNames';
import { jaroWinkler } from './jaroWinkler';
import type { IdentifierValues, LocationValue, MatchProfile } from './matchProfile';
import { UNSHARED } from './matchSpace';
import { oneSlipApart } from './oneSlipApart';
import type { ValueFrequencies } from './valueFrequencies';

export interface PairScore {
  /** Posterior probability that the two rows are one customer, in [0, 1]. */
  readonly score: number;
  /** Total Fellegi-Sunter weight (log2 likelihood ratio). */
  readonly weight: number;
  /** Field keys (or roles) whose agreement counted for the match. */
  readonly reasons: string[];
}

/**
 * Fellegi-Sunter weights, in bits: agreement on a field adds
 * log2(m/u), where m is how often true duplicates agree on it and u how
 * often two different customers do, which for a value is its share of the
 * file (so rare values weigh more). Disagreement adds log2((1-m)/(1-u)).
 * The m values below are set, not learned: conservative figures for
 * hand-kept customer files (people keep a second phone; move house; change
 * jobs; rarely change their name or birthday).
 */
const M = { identifier: 0.95, nameExact: 0.9, birthday: 0.95, address: 0.85, company: 0.75, location: 0.9 } as const;
const NAME_WEIGHT: Record<Exclude<NameLevel, 'exact'>, number> = { close: 6, partial: 2, weak: -4, different: -16 };
const IDENTIFIER_DISAGREES = -4;
const IDENTIFIER_NEAR = 3;
const BIRTHDAY_DISAGREES = -5;
const BIRTHDAY_NEAR = 1;
const ADDRESS_DISAGREES = -1;
const COMPANY_DISAGREES = -0.5;
const LOCATION_DISAGREES = -1;
const LOCATION_CAP = 1.5;
/**
 * The least number of people among whom a value is as rare as it looks:
 * phone numbers and e-mails are personal, about 70 birth years share 365
 * days, names repeat within a few thousand people, cities within dozens.
 */
const POPULATION: Record<string, number> = { id: 100_000, birthday: 25_000, address: 10_000, name: 2_000, company: 1_000, loc: 50 };
/** Prior odds, in bits, that a candidate pair is a duplicate: a weight of 12 bits gives a score of 0.5. */
const PRIOR = -12;

export function scorePair(a: MatchProfile, b: MatchProfile, freq: ValueFrequencies): PairScore {
  return scoreAbove(a, b, freq, -Infinity)!;
}

/**
 * The pair's score when it can reach `minScore`, or null as soon as the
 * fields left to compare cannot lift it there: an import only wants pairs
 * worth reviewing, and most candidate pairs are hopeless once names and
 * birthdays are compared, before the costly address and company comparisons.
 * A pair it scores gets exactly scorePair's score.
 */
export function scorePairAtLeast(a: MatchProfile, b: MatchProfile, freq: ValueFrequencies, minScore: number): PairScore | null {
  // score ≥ s  ⇔  weight ≥ −PRIOR − log2(1/s − 1); a little slack keeps rounding from dropping a pair on the edge.
  // (A score of 1 is reached in floating point, so a floor of 1 or more cannot be turned into a weight.)
  if (!(minScore > 0 && minScore < 1)) return scoreAbove(a, b, freq, -Infinity);
  return scoreAbove(a, b, freq, -PRIOR - Math.log2(1 / minScore - 1) - 1e-6);
}

/** Most the address, company and location comparisons can add (their agreement caps). */
const ADDRESS_CAP = 8;
const COMPANY_CAP = 6;

function scoreAbove(a: MatchProfile, b: MatchProfile, freq: ValueFrequencies, minWeight: number): PairScore | null {
  // Plain loops: this runs for every candidate pair (hundreds of thousands in an import), and callbacks here were most of its cost.
  // Whether two different identifiers are one slip apart is a character walk over both; most pairs are
  // hopeless once names and birthdays are compared, so that is asked first with every slip assumed.
  let nameWeight = 0;
  let nameCounts = false;
  if (a.name && b.name) {
    const level = compareNames(a.name, b.name);
    if (level === 'exact') nameWeight = agreement(freq, M.nameExact, 'name', freq.names[a.nameIds!.exactId] ?? 0, 14);
    else nameWeight = NAME_WEIGHT[level];
    nameCounts = level === 'exact' || level === 'close' || level === 'partial';
  }
  let birthdayWeight = 0;
  let birthdayCounts = false;
  if (a.birthday && b.birthday) {
    if (agree(a.birthdayId, b.birthdayId, a.birthday, b.birthday)) {
      birthdayWeight = agreement(freq, M.birthday, 'birthday', freq.birthdays[a.birthdayId] ?? 0, 14);
      birthdayCounts = true;
    } else if (oneSlipApart(a.birthday, b.birthday) || swappedDayMonth(a.birthday, b.birthday)) birthdayWeight = BIRTHDAY_NEAR;
    else birthdayWeight = BIRTHDAY_DISAGREES;
  }
  const identifierMost = identifierBound(a, b, freq);
  if (identifierMost + nameWeight + birthdayWeight + ADDRESS_CAP + COMPANY_CAP + LOCATION_CAP < minWeight) return null;

  // Summed in the order fields are compared (a field not compared adds 0), so every score is the same to the last bit whichever way it was reached.
  let weight = identifierWeight(a) + nameWeight + birthdayWeight;

  if (weight + ADDRESS_CAP + COMPANY_CAP + LOCATION_CAP < minWeight) return null;
  let addressCounts = false;
  if (a.address && b.address) {
    if (agree(a.addressId, b.addressId, a.address, b.address)) {
      weight += agreement(freq, M.address, 'address', freq.addresses[a.addressId] ?? 0, ADDRESS_CAP);
      addressCounts = true;
    } else if (a.addressNumbers === b.addressNumbers && jaroWinkler(a.address, b.address) >= 0.9) {
      weight += 3;
      addressCounts = true;
    } else weight += ADDRESS_DISAGREES;
  }

  if (weight + COMPANY_CAP + LOCATION_CAP < minWeight) return null;
  let companyCounts = false;
  if (a.company && b.company) {
    if (agree(a.companyId, b.companyId, a.company, b.company) || jaroWinkler(a.company, b.company) >= 0.95) {
      weight += agreement(freq, M.company, 'company', freq.companies[a.companyId] ?? 0, COMPANY_CAP);
      companyCounts = true;
    } else weight += COMPANY_DISAGREES;
  }

  // Province, city and postcode go together, so together they count as one weak piece of evidence.
  let location = 0;
  for (const { field, kind, value, id } of a.location) {
    const other = locationOf(b, field);
    if (other === undefined) continue;
    if (agree(id, other.id, value, other.value)) location = Math.max(location, agreement(freq, M.location, kind, freq.locations.get(field)?.[id] ?? 0, LOCATION_CAP));
    else location = Math.min(location, LOCATION_DISAGREES);
  }
  weight += location;

  // The reasons are made for the pairs that get this far only (most are dropped above), in the order fields are compared.
  const reasons: string[] = [];
  for (let k = 0; k < countedIdentifiers.length; k++) reasons.push(a.identifiers[countedIdentifiers[k]!]!.field);
  if (nameCounts) reasons.push('name');
  if (birthdayCounts) reasons.push('birthday');
  if (addressCounts) reasons.push('address');
  if (companyCounts) reasons.push('company');
  return { score: 1 / (1 + 2 ** -(weight + PRIOR)), weight, reasons };
}

/** The identifier fields (indices into `a.identifiers`) the last identifierWeight counted; one list reused, not one per pair. */
const countedIdentifiers: number[] = [];

/**
 * What identifierBound found for each of `a`'s identifier fields, for the
 * identifierWeight that follows it: the other side's values of that field
 * (undefined where it has none), the id the two share (-1 for none), and
 * that agreement's weight. Module-level lists, reused: these run for every
 * candidate pair, and finding the shared ids twice was a tenth of scoring.
 */
const otherValues: (IdentifierValues | undefined)[] = [];
const sharedIds: number[] = [];
const sharedWeights: number[] = [];

/**
 * The most the identifiers can weigh: shared values count in full, and any
 * two values that differ are taken as one slip apart, without walking them.
 */
function identifierBound(a: MatchProfile, b: MatchProfile, freq: ValueFrequencies): number {
  let weight = 0;
  for (let f = 0; f < a.identifiers.length; f++) {
    const entry = a.identifiers[f]!;
    const other = identifierValues(b, entry.field);
    otherValues[f] = other;
    if (!other) continue;
    const shared = firstShared(entry, other);
    sharedIds[f] = shared;
    if (shared !== -1) weight += (sharedWeights[f] = agreement(freq, M.identifier, entry.kind, freq.identifiers[entry.slot]?.[shared] ?? 0, 16));
    else weight += IDENTIFIER_NEAR;
  }
  return weight;
}

/** The identifiers' weight, from what identifierBound found for the same pair; notes the fields that count in `countedIdentifiers`. */
function identifierWeight(a: MatchProfile): number {
  let weight = 0;
  countedIdentifiers.length = 0;
  for (let f = 0; f < a.identifiers.length; f++) {
    const other = otherValues[f];
    if (!other) continue;
    if (sharedIds[f] !== -1) {
      weight += sharedWeights[f]!;
      countedIdentifiers.push(f);
    } else if (anySlipApart(a.identifiers[f]!.values, other.values)) {
      weight += IDENTIFIER_NEAR; // one mistyped digit
      countedIdentifiers.push(f);
    } else weight += IDENTIFIER_DISAGREES;
  }
  return weight;
}

function identifierValues(p: MatchProfile, field: string): IdentifierValues | undefined {
  for (const entry of p.identifiers) if (entry.field === field) return entry;
  return undefined;
}

function locationOf(p: MatchProfile, field: string): LocationValue | undefined {
  for (const entry of p.location) if (entry.field === field) return entry;
  return undefined;
}

/**
 * Whether two values agree: by id, unless one was met after its space
 * closed (UNSHARED), which has none; then by text. (Two rows profiled after
 * closing are not compared in an import, but nothing here relies on it.)
 */
function agree(idA: number, idB: number, textA: string, textB: string): boolean {
  return idA === UNSHARED || idB === UNSHARED ? textA === textB : idA === idB;
}

/** The id both lists hold (the first of `a`'s; UNSHARED for a value met after closing, which has none and is compared by text), or -1. */
function firstShared(a: IdentifierValues, b: IdentifierValues): number {
  for (let k = 0; k < a.ids.length; k++) {
    const id = a.ids[k]!;
    if (id >= 0 ? b.ids.includes(id) : b.values.includes(a.values[k]!)) return id;
  }
  return -1;
}

/** A value of at least six characters one slip away from one of the other side's. */
function anySlipApart(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) {
    if (x.length < 6) continue;
    for (const y of b) if (oneSlipApart(x, y)) return true;
  }
  return false;
}

function swappedDayMonth(a: string, b: string): boolean {
  return a.slice(0, 4) === b.slice(0, 4) && a.slice(5, 7) === b.slice(8, 10) && a.slice(8, 10) === b.slice(5, 7);
}

/**
 * u for a value shared by a pair (`count` rows have it): the chance a random other row has it
 * too. A small file cannot show how rare a value is, so the share is taken
 * over at least a population of typical size for that kind of value.
 */
function agreement(freq: ValueFrequencies, m: number, kind: string, count: number, cap: number): number {
  const others = Math.max(1, count - 1);
  const population = Math.max(freq.rows, populationOf(kind));
  return Math.min(cap, Math.log2(m / (others / population)));
}

const populationOfKind = new Map<string, number>();

/** `id:phone` and `loc:city` take the population of `id` and `loc`; kinds are few, so each is worked out once. */
function populationOf(kind: string): number {
  let population = populationOfKind.get(kind);
  if (population === undefined) {
    const colon = kind.indexOf(':');
    population = POPULATION[colon < 0 ? kind : kind.slice(0, colon)] ?? 1000;
    populationOfKind.set(kind, population);
  }
  return population;
}
