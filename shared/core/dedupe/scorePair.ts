import { bigramSimilarity } from './bigramSimilarity';
import { compareNames, type NameLevel } from './compareNames';
import { jaroWinkler } from './jaroWinkler';
import type { IdentifierValues, LocationValue, MatchProfile } from './matchProfile';
import { UNSHARED } from './matchSpace';
import { oneSlipApart } from './oneSlipApart';
import type { ValueFrequencies } from './valueFrequencies';

/** How a field of two rows compares: the same, nearly the same (a slip, another spelling), partly, not at all, or absent on one side. */
export type Agreement = 'agree' | 'near' | 'partial' | 'disagree' | 'missing';

/** One field's part in a pair's score: `weight` is the bits it added (negative: it spoke against). */
export interface Evidence {
  /** A field key (phone, city…) or a role read from several fields (name, address, birthday, company). */
  readonly field: string;
  readonly agreement: Agreement;
  readonly weight: number;
}

export interface PairScore {
  /** Posterior probability that the two rows are one customer, in [0, 1]. */
  readonly score: number;
  /** Total Fellegi-Sunter weight (log2 likelihood ratio). */
  readonly weight: number;
  /** Field keys (or roles) whose agreement counted for the match. */
  readonly reasons: string[];
  /** Every compared field, in the order compared, with the bits it added; fields neither row has are left out. */
  readonly evidence: Evidence[];
}

/**
 * Fellegi-Sunter weights, in bits: agreement on a field adds
 * log2(m/u), where m is how often true duplicates agree on it and u how
 * often two different customers do, which for a value is its share of the
 * file (so rare values weigh more). Disagreement adds log2((1-m)/(1-u)).
 * The m values below are set, not learned: conservative figures for
 * hand-kept customer files (people keep a second phone; move house; change
 * jobs; rarely change their name or birthday). Levels between agreement and
 * disagreement (a slip) weigh log2(m/u) for that level, with m the share of
 * duplicates written with such a slip (a few in a hundred) and u the chance
 * two strangers come that close (see each constant).
 */
const M = { identifier: 0.95, nameExact: 0.9, birthday: 0.95, address: 0.85, company: 0.75, location: 0.9 } as const;
/**
 * `oneToken` (one part of the name the same, another different): about as
 * likely for one person written twice (a married name, a middle name, a
 * part mistyped into another name: a few in a hundred) as for two strangers
 * who share a first name or a surname, so it weighs about nothing, where
 * unrelated names weigh strongly against.
 */
/**
 * `dropped` (王芳 / 王芳芳: a pet form's doubled character, one left out
 * in typing): a few duplicates in a hundred are written so, and about as
 * many stranger pairs under one surname have one given name inside the
 * other, so on its own it weighs nothing either way (see also
 * SHARED_LINE_DROPPED).
 */
const NAME_WEIGHT: Record<Exclude<NameLevel, 'exact'>, number> = { close: 6, partial: 2, oneToken: -2, dropped: 0, weak: -4, different: -8 };
/**
 * An unrelated name (m ≈ 0.004: the wrong name typed, a name changed
 * outright) weighs -8. What it, or another first name with the same
 * surname, says about a phone or e-mail both rows share is stronger:
 * different people sharing one is a switchboard, a family line, an
 * assistant's address, so the shared value is as common as a household's
 * (u ≈ 1/16), not a person's: log2(0.95 · 16) ≈ 4 bits at most.
 */
const SHARED_LINE = 4;
/**
 * A phone or e-mail shared by 王芳 and 王芳芳: for them to be two people
 * they must share a household's line (u ≈ 1/16) and be named one inside
 * the other, which few households are (about one in 250: a mother and
 * daughter, brothers 王明 and 王小明): u ≈ 1/4,000, log2(0.95 · 4,000) ≈
 * 12. With the name's 0 that is a pair to review (score 0.5 in a small
 * file); a birthday, e-mail or place agreeing as well makes it confident.
 */
const SHARED_LINE_DROPPED = 12;
/**
 * A phone or e-mail that differs: a second entry with another number or
 * address is one in twenty (m ≈ 0.95), strangers nearly always differ:
 * log2(0.05) ≈ -4. A new phone and a new e-mail mostly come together (a
 * new job, a new handset and account, a customer re-entered from another
 * channel), so they are one event, not two: however many identifier
 * fields differ, the disagreement counts once, as province, city and
 * postcode do.
 */
const IDENTIFIER_DISAGREES = -4;
const IDENTIFIER_NEAR = 3;
const BIRTHDAY_DISAGREES = -5;
/**
 * One digit wrong or day and month swapped: about 30 of 20,000 birthdays
 * are that close to a given one (u ≈ 0.0015), while a few duplicates in a
 * hundred carry such a slip (m ≈ 0.03): log2(0.03 / 0.0015) ≈ 4.3.
 */
const BIRTHDAY_NEAR = 3;
const ADDRESS_DISAGREES = -2;
/**
 * The same house number and postcode with the street spelt nearly alike
 * (three quarters of the character pairs shared, any order): strangers
 * almost never (u < 0.001), a tenth of duplicates (a typo, lines swapped):
 * log2(0.1 / 0.001) ≈ 6.6, kept under exact agreement's cap.
 */
const ADDRESS_NEAR = 6;
/** The same numbers on a street written differently, or the street alike with one number different: u ≈ 0.005, m ≈ 0.04. */
const ADDRESS_PARTIAL = 3;
const ADDRESS_NEAR_SIMILARITY = 0.75;
const COMPANY_DISAGREES = -0.5;
/**
 * Another province, city or postcode, none alike: M.location's one
 * duplicate in ten that moved, against seven strangers in eight (a file's
 * customers spread over a handful of places): log2(0.1 / 0.875) ≈ -3.
 * It was -1, which let a common name and a shared birthday (strangers'
 * coincidence) outweigh another province, address and phone.
 */
const LOCATION_DISAGREES = -3;
/**
 * A place's agreement weighs by how common it is (a city shared by an
 * eighth of the file ≈ 3 bits, a suburb by a thousandth ≈ 10), capped here:
 * province, city and postcode go together, so the most telling one counts.
 */
const LOCATION_CAP = 6;
/** A place written with one slip ("rydr" for "ryde"): counted as weak agreement. */
const LOCATION_NEAR = 1.5;
/**
 * The least number of people among whom a value is as rare as it looks:
 * phone numbers and e-mails are personal, about 70 birth years share 365
 * days, names repeat within a few thousand people, cities within dozens.
 */
const POPULATION: Record<string, number> = { id: 100_000, birthday: 25_000, address: 10_000, name: 2_000, company: 1_000, loc: 50 };
/**
 * Prior odds, in bits, that a candidate pair is a duplicate: in a file of
 * up to 10,000 rows a weight of 12 bits gives a score of 0.5. Beyond that
 * the odds shrink with the file: agreement on a value weighs by its share
 * of the file, so the same name weighs more in a larger one, while the
 * number of strangers who share it grows with the file (a name held by 1
 * in 4,000 people is 25 strangers in 100,000 rows). One more bit of doubt
 * per doubling keeps the two in step.
 */
function priorOf(rows: number): number {
  return -12 - Math.max(0, Math.log2(rows / 10_000));
}
export function scorePair(a: MatchProfile, b: MatchProfile, freq: ValueFrequencies): PairScore {
  return scoreAbove(a, b, freq, -Infinity)!;
}

/**
 * The pair's score when it reaches `minScore`, else null, as soon as the
 * fields left to compare cannot lift it there: an import only wants pairs
 * worth reviewing, and most candidate pairs are hopeless once names and
 * birthdays are compared, before the costly address and company comparisons.
 * A pair it scores gets exactly scorePair's score.
 */
export function scorePairAtLeast(a: MatchProfile, b: MatchProfile, freq: ValueFrequencies, minScore: number): PairScore | null {
  // score ≥ s  ⇔  weight ≥ −prior − log2(1/s − 1); a little slack keeps rounding from dropping a pair on the edge.
  // (A score of 1 is reached in floating point, so a floor of 1 or more cannot be turned into a weight.)
  if (!(minScore > 0 && minScore < 1)) return scoreAbove(a, b, freq, -Infinity);
  return scoreAbove(a, b, freq, -priorOf(freq.rows) - Math.log2(1 / minScore - 1) - 1e-6);
}

/** Most the address, company and location comparisons can add (their agreement caps). */
const ADDRESS_CAP = 8;
const COMPANY_CAP = 6;

function scoreAbove(a: MatchProfile, b: MatchProfile, freq: ValueFrequencies, minWeight: number): PairScore | null {
  // Plain loops: this runs for every candidate pair (hundreds of thousands in an import), and callbacks here were most of its cost.
  // Whether two different identifiers are one slip apart is a character walk over both; most pairs are
  // hopeless once names and birthdays are compared, so that is asked first with every slip assumed.
  let nameWeight = 0;
  let nameLevel: NameLevel | null = null;
  if (a.name && b.name) {
    nameLevel = compareNames(a.name, b.name);
    if (nameLevel === 'exact') nameWeight = agreement(freq, M.nameExact, 'name', freq.names[a.nameIds!.exactId] ?? 0, 14);
    else nameWeight = NAME_WEIGHT[nameLevel];
  }
  let birthdayWeight = 0;
  let birthdayAgreement: Agreement = 'missing';
  if (a.birthday && b.birthday) {
    if (agree(a.birthdayId, b.birthdayId, a.birthday, b.birthday)) {
      birthdayWeight = agreement(freq, M.birthday, 'birthday', freq.birthdays[a.birthdayId] ?? 0, 14);
      birthdayAgreement = 'agree';
    } else if (oneSlipApart(a.birthday, b.birthday) || swappedDayMonth(a.birthday, b.birthday)) {
      birthdayWeight = BIRTHDAY_NEAR;
      birthdayAgreement = 'near';
    } else {
      birthdayWeight = BIRTHDAY_DISAGREES;
      birthdayAgreement = 'disagree';
    }
  }
  const sharedLine = nameLevel === 'different' || nameLevel === 'weak' || nameLevel === 'oneToken' ? SHARED_LINE : nameLevel === 'dropped' ? SHARED_LINE_DROPPED : Infinity;
  const identifierMost = identifierBound(a, b, freq, sharedLine);
  if (identifierMost + nameWeight + birthdayWeight + ADDRESS_CAP + COMPANY_CAP + LOCATION_CAP < minWeight) return null;

  // The fields are weighed cheapest first: what id comparisons settle (an address or company agreeing, the
  // places) at once, and for the costly comparisons left (a slip in a phone, a street spelt nearly alike, a
  // company written another way) only the most they could add, each worked out only while the pair can
  // still reach `minWeight`. Three in four candidate pairs fall short before the first of them.
  let addressWeight = 0;
  let addressAgreement: Agreement = 'missing';
  // The most the address can add while its comparison is not settled (0 once it is, or without one).
  let addressOpen = 0;
  let addressSettled = true;
  let sameNumbers = false;
  if (a.address && b.address) {
    if (agree(a.addressId, b.addressId, a.address, b.address)) {
      addressWeight = agreement(freq, M.address, 'address', freq.addresses[a.addressId] ?? 0, ADDRESS_CAP);
      addressAgreement = 'agree';
    } else {
      sameNumbers = a.addressNumbers === b.addressNumbers;
      // Street alike: near with the same numbers, partial with a number shared; else partial or disagreement without looking.
      addressOpen = sameNumbers ? ADDRESS_NEAR : ADDRESS_PARTIAL;
      addressSettled = false;
    }
  }
  let companyWeight = 0;
  let companyAgreement: Agreement = 'missing';
  let companyOpen = 0;
  let companySettled = true;
  if (a.company && b.company) {
    if (agree(a.companyId, b.companyId, a.company, b.company)) {
      companyWeight = agreement(freq, M.company, 'company', freq.companies[a.companyId] ?? 0, COMPANY_CAP);
      companyAgreement = 'agree';
    } else {
      // Written alike (Jaro-Winkler), it weighs as agreement on a's company.
      companyOpen = Math.max(COMPANY_DISAGREES, agreement(freq, M.company, 'company', freq.companies[a.companyId] ?? 0, COMPANY_CAP));
      companySettled = false;
    }
  }

  // Province, city and postcode go together, so together they count as one piece of evidence: the most telling agreement, else a slip, else disagreement.
  let locationAgrees = -Infinity;
  let locationNear = false;
  let locationDisagrees = false;
  let locationField = '';
  for (let k = 0; k < a.location.length; k++) {
    const { field, kind, value, id } = a.location[k]!;
    const other = locationOf(b, field);
    if (other === undefined) continue;
    if (agree(id, other.id, value, other.value)) {
      const w = agreement(freq, M.location, kind, freq.locations.get(field)?.[id] ?? 0, LOCATION_CAP);
      if (w >= locationAgrees) {
        locationAgrees = w;
        locationField = field;
      }
    } else if (value.length >= 4 && (oneSlipApart(value, other.value) || oneAddedOrDropped(value, other.value))) {
      locationNear = true;
      if (locationField === '') locationField = field;
    } else {
      locationDisagrees = true;
      if (locationField === '') locationField = field;
    }
  }
  const locationWeight = locationAgrees > -Infinity ? locationAgrees : locationNear ? LOCATION_NEAR : locationDisagrees ? LOCATION_DISAGREES : 0;

  const settled = nameWeight + birthdayWeight + addressWeight + companyWeight + locationWeight;
  if (identifierMost + settled + addressOpen + companyOpen < minWeight) return null;
  const identifiers = identifierWeight(a);
  if (identifiers + settled + addressOpen + companyOpen < minWeight) return null;
  if (!addressSettled) {
    const alike = bigramSimilarity(a.addressGrams, b.addressGrams) >= ADDRESS_NEAR_SIMILARITY;
    if (alike && sameNumbers) {
      addressWeight = ADDRESS_NEAR;
      addressAgreement = 'near';
    } else if ((sameNumbers && a.addressNumbers !== '') || (alike && shareANumber(a.addressNumbers, b.addressNumbers))) {
      addressWeight = ADDRESS_PARTIAL;
      addressAgreement = 'partial';
    } else {
      addressWeight = ADDRESS_DISAGREES;
      addressAgreement = 'disagree';
    }
    if (identifiers + settled + addressWeight + companyOpen < minWeight) return null;
  }
  if (!companySettled) {
    if (jaroWinkler(a.company!, b.company!) >= 0.95) {
      companyWeight = agreement(freq, M.company, 'company', freq.companies[a.companyId] ?? 0, COMPANY_CAP);
      companyAgreement = 'agree';
    } else {
      companyWeight = COMPANY_DISAGREES;
      companyAgreement = 'disagree';
    }
  }

  // Summed in the order fields were once compared (a field not compared adds 0), so every score is the same to the last bit whichever way it was reached.
  let weight = identifiers + nameWeight + birthdayWeight;
  if (a.address && b.address) weight += addressWeight;
  if (a.company && b.company) weight += companyWeight;
  weight += locationWeight;
  // Most pairs that got this far still fall short: at 100,000 rows three in four. Their reasons and evidence would be garbage at once.
  if (weight < minWeight) return null;

  // The reasons and evidence are made for the pairs that get this far only (most are dropped above), in the order fields are compared.
  const reasons: string[] = [];
  const evidence: Evidence[] = [];
  for (let f = 0; f < a.identifiers.length; f++) {
    if (!otherValues[f]) continue;
    const field = a.identifiers[f]!.field;
    const w = identifierWeights[f]!;
    evidence.push({ field, agreement: sharedIds[f] !== -1 ? 'agree' : w > 0 ? 'near' : 'disagree', weight: round(w) });
  }
  for (let k = 0; k < countedIdentifiers.length; k++) reasons.push(a.identifiers[countedIdentifiers[k]!]!.field);
  if (nameLevel === 'exact' || nameLevel === 'close' || nameLevel === 'partial') reasons.push('name');
  if (birthdayAgreement === 'agree') reasons.push('birthday');
  if (addressAgreement === 'agree' || addressAgreement === 'near') reasons.push('address');
  if (companyAgreement === 'agree') reasons.push('company');
  if (nameLevel !== null) evidence.push({ field: 'name', agreement: NAME_AGREEMENT[nameLevel], weight: round(nameWeight) });
  else if (a.name || b.name) evidence.push({ field: 'name', agreement: 'missing', weight: 0 });
  if (birthdayAgreement !== 'missing' || a.birthday || b.birthday) evidence.push({ field: 'birthday', agreement: birthdayAgreement, weight: round(birthdayWeight) });
  if (addressAgreement !== 'missing' || a.address || b.address) evidence.push({ field: 'address', agreement: addressAgreement, weight: round(addressWeight) });
  if (companyAgreement !== 'missing' || a.company || b.company) evidence.push({ field: 'company', agreement: companyAgreement, weight: round(companyWeight) });
  if (locationField !== '') evidence.push({ field: locationField, agreement: locationAgrees > -Infinity ? 'agree' : locationNear ? 'near' : 'disagree', weight: round(locationWeight) });
  return { score: 1 / (1 + 2 ** -(weight + priorOf(freq.rows))), weight, reasons, evidence };
}

const NAME_AGREEMENT: Record<NameLevel, Agreement> = { exact: 'agree', close: 'near', partial: 'partial', oneToken: 'partial', dropped: 'partial', weak: 'disagree', different: 'disagree' };

function round(weight: number): number {
  return Math.round(weight * 10) / 10;
}

/** Whether two lists of numbers (space-separated) have one in common. */
function shareANumber(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  const theirs = b.split(' ');
  for (const n of a.split(' ')) if (theirs.includes(n)) return true;
  return false;
}

/** One character more or less ("winstonhills" / "winstonthills"): the slip oneSlipApart, which compares equal lengths, leaves out. */
function oneAddedOrDropped(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  return short.slice(i) === long.slice(i + 1);
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
/** Each identifier field's weight, by identifierWeight, for the evidence. */
const identifierWeights: number[] = [];
const sharedIds: number[] = [];
const sharedWeights: number[] = [];

/**
 * The most the identifiers can weigh (each shared value at most `most`): shared values count in full, and any
 * two values that differ are taken as one slip apart, without walking them.
 */
function identifierBound(a: MatchProfile, b: MatchProfile, freq: ValueFrequencies, most: number): number {
  let weight = 0;
  for (let f = 0; f < a.identifiers.length; f++) {
    const entry = a.identifiers[f]!;
    const other = identifierValues(b, entry.field);
    otherValues[f] = other;
    if (!other) continue;
    const shared = firstShared(entry, other);
    sharedIds[f] = shared;
    if (shared !== -1) weight += (sharedWeights[f] = Math.min(most, agreement(freq, M.identifier, entry.kind, freq.identifiers[entry.slot]?.[shared] ?? 0, 16)));
    else weight += IDENTIFIER_NEAR;
  }
  return weight;
}

/** The identifiers' weight, from what identifierBound found for the same pair; notes the fields that count in `countedIdentifiers`. */
function identifierWeight(a: MatchProfile): number {
  let weight = 0;
  let disagreed = false;
  countedIdentifiers.length = 0;
  for (let f = 0; f < a.identifiers.length; f++) {
    const other = otherValues[f];
    if (!other) continue;
    if (sharedIds[f] !== -1) {
      weight += identifierWeights[f] = sharedWeights[f]!;
      countedIdentifiers.push(f);
    } else if (anySlipApart(a.identifiers[f]!.values, other.values)) {
      weight += identifierWeights[f] = IDENTIFIER_NEAR; // one mistyped digit
      countedIdentifiers.push(f);
    } else {
      // Only the first disagreement counts (see IDENTIFIER_DISAGREES); the others are shown at 0.
      weight += identifierWeights[f] = disagreed ? 0 : IDENTIFIER_DISAGREES;
      disagreed = true;
    }
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

/**
 * A first look at candidate pairs that reads no text: every field's most
 * scorePair could give it, from ids and weights laid out per row in two
 * typed arrays. Most candidate pairs at 100,000 rows cannot reach the
 * review tier, and finding that out from the rows' profiles cost a
 * scattered memory read for each of the objects a profile is made of
 * (its name, its identifier lists, their values): most of scoring. A pair
 * it lets through is scored as before, so results are those of
 * scorePairAtLeast alone. What each field's bound allows:
 * - name: exact agreement's weight for the same name; for two Chinese
 *   names, what compareHan can still say given their sounds, lengths and
 *   surnames; otherwise the best level short of exact;
 * - birthday, address: agreement's weight for the same value, else a slip's
 *   (a street spelt alike: near with the same numbers, partial without);
 * - company: agreement's weight (a company written alike counts as agreement);
 * - identifiers: a shared value's weight, else a slip's;
 * - places: the best agreeing field's weight, else a slip's.
 * A value met after its space closed (UNSHARED) has no id: its field is
 * given its cap.
 */
export class WeightBound {
  private readonly ints: Int32Array;
  private readonly floats: Float64Array;
  private readonly intStride: number;
  private readonly floatStride: number;
  private readonly slots: number;
  private readonly places: number;
  private readonly minWeight: number;

  /** `minScore` as scorePairAtLeast takes it; outside (0, 1) every pair may reach it. */
  constructor(profiles: readonly MatchProfile[], freq: ValueFrequencies, minScore: number) {
    this.minWeight = minScore > 0 && minScore < 1 ? -priorOf(freq.rows) - Math.log2(1 / minScore - 1) - 1e-6 : -Infinity;
    let slots = 0;
    const placeFields = new Map<string, number>();
    // Rows of one combination of places share its list: each is looked at once in a row.
    let places: readonly LocationValue[] | null = null;
    for (const p of profiles) {
      if (p.location === places) continue;
      places = p.location;
      for (const entry of places) if (!placeFields.has(entry.field)) placeFields.set(entry.field, placeFields.size);
    }
    if (profiles.length > 0) slots = profiles[0]!.space.identifierSlots;
    this.slots = slots;
    this.places = placeFields.size;
    this.intStride = INT_FIELDS + slots * SLOT_INTS + this.places;
    this.floatStride = FLOAT_FIELDS + slots + this.places;
    const ints = (this.ints = new Int32Array(profiles.length * this.intStride));
    const floats = (this.floats = new Float64Array(profiles.length * this.floatStride));
    for (let r = 0; r < profiles.length; r++) {
      const p = profiles[r]!;
      const at = r * this.intStride;
      const fat = r * this.floatStride;
      const name = p.nameIds;
      ints[at + NAME_ID] = name === null ? NONE : name.exactId;
      ints[at + SOUND_ID] = name === null ? NONE : name.soundId;
      // Only Chinese names have characters (and a surname's code point).
      ints[at + SCRIPT] = name === null ? 0 : name.length > 0 ? HAN : LATIN;
      ints[at + NAME_LENGTH] = name === null ? 0 : name.length;
      ints[at + SURNAME] = name === null ? -1 : name.surname;
      if (name !== null && name.exactId >= 0) floats[fat + NAME_WEIGHT_AT] = agreement(freq, M.nameExact, 'name', freq.names[name.exactId] ?? 0, 14);
      ints[at + BIRTHDAY_ID] = p.birthday ? p.birthdayId : NONE;
      ints[at + BIRTHDAY_DIGITS] = p.birthday ? isoDigits(p.birthday) : -1;
      if (p.birthday) floats[fat + BIRTHDAY_WEIGHT_AT] = agreement(freq, M.birthday, 'birthday', freq.birthdays[p.birthdayId] ?? 0, 14);
      ints[at + ADDRESS_ID] = p.address ? p.addressId : NONE;
      ints[at + NUMBERS_ID] = p.address ? p.addressNumbersId : NONE;
      ints[at + NUMBER_COUNT] = numberCount(p.addressNumbers);
      if (p.address) floats[fat + ADDRESS_WEIGHT_AT] = agreement(freq, M.address, 'address', freq.addresses[p.addressId] ?? 0, ADDRESS_CAP);
      ints[at + COMPANY_ID] = p.company ? p.companyId : NONE;
      if (p.company) floats[fat + COMPANY_WEIGHT_AT] = Math.max(COMPANY_DISAGREES, agreement(freq, M.company, 'company', freq.companies[p.companyId] ?? 0, COMPANY_CAP));
      for (let s = 0; s < slots; s++) ints[at + INT_FIELDS + s * SLOT_INTS] = NONE;
      for (const entry of p.identifiers) {
        const id = entry.ids.length === 1 && entry.ids[0]! >= 0 ? entry.ids[0]! : SEVERAL;
        const slot = at + INT_FIELDS + entry.slot * SLOT_INTS;
        ints[slot] = id;
        if (id < 0) continue;
        floats[fat + FLOAT_FIELDS + entry.slot] = agreement(freq, M.identifier, entry.kind, freq.identifiers[entry.slot]?.[id] ?? 0, 16);
        const value = entry.values[0]!;
        ints[slot + 1] = value.length;
        for (let c = 0; c < 3; c++) ints[slot + 2 + c] = everyThirdHash(value, c);
      }
      for (let k = 0; k < this.places; k++) ints[at + INT_FIELDS + slots * SLOT_INTS + k] = NO_FIELD;
      // The first entry of a field, as locationOf finds it.
      for (let e = p.location.length - 1; e >= 0; e--) {
        const { field, kind, id } = p.location[e]!;
        const k = placeFields.get(field)!;
        ints[at + INT_FIELDS + slots * SLOT_INTS + k] = id;
        floats[fat + FLOAT_FIELDS + slots + k] = agreement(freq, M.location, kind, freq.locations.get(field)?.[id] ?? 0, LOCATION_CAP);
      }
    }
  }

  /** False when scorePairAtLeast(profiles[i], profiles[j], freq, minScore) is surely null. */
  mayReach(i: number, j: number): boolean {
    const ints = this.ints;
    const floats = this.floats;
    const a = i * this.intStride;
    const b = j * this.intStride;
    const fa = i * this.floatStride;
    let most = 0;
    const nameA = ints[a + NAME_ID]!;
    const nameB = ints[b + NAME_ID]!;
    if (nameA !== NONE && nameB !== NONE) {
      if (nameA === UNSHARED || nameB === UNSHARED) most += 14;
      else if (nameA === nameB) most += floats[fa + NAME_WEIGHT_AT]!;
      else most += ints[a + SCRIPT] === HAN && ints[b + SCRIPT] === HAN ? hanMost(ints, a, b) : BEST_INEXACT_NAME;
    }
    most += fieldMost(ints[a + BIRTHDAY_ID]!, ints[b + BIRTHDAY_ID]!, floats[fa + BIRTHDAY_WEIGHT_AT]!, 14, mayBeNear(ints[a + BIRTHDAY_DIGITS]!, ints[b + BIRTHDAY_DIGITS]!) ? BIRTHDAY_NEAR : BIRTHDAY_DISAGREES);
    const addressA = ints[a + ADDRESS_ID]!;
    const addressB = ints[b + ADDRESS_ID]!;
    if (addressA !== NONE && addressB !== NONE) {
      if (addressA === UNSHARED || addressB === UNSHARED) most += ADDRESS_CAP;
      else if (addressA === addressB) most += floats[fa + ADDRESS_WEIGHT_AT]!;
      else {
        const numbersA = ints[a + NUMBERS_ID]!;
        const numbersB = ints[b + NUMBERS_ID]!;
        // Numbers differ: a street alike is partial only when they share one, which two single numbers cannot.
        const mayShare = ints[a + NUMBER_COUNT]! > 1 || ints[b + NUMBER_COUNT]! > 1;
        most += numbersA === numbersB || numbersA === UNSHARED || numbersB === UNSHARED ? ADDRESS_NEAR : mayShare && ints[a + NUMBER_COUNT]! > 0 && ints[b + NUMBER_COUNT]! > 0 ? ADDRESS_PARTIAL : ADDRESS_DISAGREES;
      }
    }
    if (ints[a + COMPANY_ID] !== NONE && ints[b + COMPANY_ID] !== NONE) most += floats[fa + COMPANY_WEIGHT_AT]!;
    // Identifiers that differ: a slip's weight where one is possible, else disagreement, which counts once however many differ.
    let disagrees = false;
    for (let s = 0; s < this.slots; s++) {
      const slotA = a + INT_FIELDS + s * SLOT_INTS;
      const slotB = b + INT_FIELDS + s * SLOT_INTS;
      const idA = ints[slotA]!;
      const idB = ints[slotB]!;
      if (idA === NONE || idB === NONE) continue;
      if (idA < 0 || idB < 0) most += 16;
      else if (idA === idB) most += floats[fa + FLOAT_FIELDS + s]!;
      else if (maySlip(ints, slotA, slotB)) most += IDENTIFIER_NEAR;
      else disagrees = true;
    }
    if (disagrees) most += IDENTIFIER_DISAGREES;
    let place = -Infinity;
    let compared = false;
    for (let k = 0; k < this.places; k++) {
      const idA = ints[a + INT_FIELDS + this.slots * SLOT_INTS + k]!;
      const idB = ints[b + INT_FIELDS + this.slots * SLOT_INTS + k]!;
      if (idA === NO_FIELD || idB === NO_FIELD) continue;
      compared = true;
      if (idA === UNSHARED || idB === UNSHARED) place = Math.max(place, LOCATION_CAP);
      else if (idA === idB) place = Math.max(place, floats[fa + FLOAT_FIELDS + this.slots + k]!);
    }
    most += place > -Infinity ? place : compared ? Math.max(LOCATION_NEAR, LOCATION_DISAGREES) : 0;
    // The fields' weights are summed here in another order than scoring sums them: a little slack for rounding.
    return most + 1e-9 >= this.minWeight;
  }
}

/** For a field with a weight per row: agreement's where the ids agree, at most `cap` where one has no id, else `otherwise` (a slip's). */
function fieldMost(idA: number, idB: number, agreed: number, cap: number, otherwise: number): number {
  if (idA === NONE || idB === NONE) return 0;
  if (idA === UNSHARED || idB === UNSHARED || idA === SEVERAL || idB === SEVERAL) return cap;
  return idA === idB ? agreed : otherwise;
}

/**
 * The most compareHan can give two Chinese names that are not the same:
 * close for the same sound and length; with the same length, a slip in the
 * given name (partial at best), another surname is `different`; one
 * character more or less under the same surname may be `dropped`.
 */
function hanMost(ints: Int32Array, a: number, b: number): number {
  const lengthA = ints[a + NAME_LENGTH]!;
  const lengthB = ints[b + NAME_LENGTH]!;
  const soundA = ints[a + SOUND_ID]!;
  const soundB = ints[b + SOUND_ID]!;
  const sameSurname = ints[a + SURNAME] === ints[b + SURNAME];
  if (lengthA === lengthB) {
    if (soundA === soundB || soundA === UNSHARED || soundB === UNSHARED) return NAME_WEIGHT.close;
    return sameSurname ? Math.max(NAME_WEIGHT.partial, NAME_WEIGHT.weak, NAME_WEIGHT.different) : NAME_WEIGHT.different;
  }
  return Math.abs(lengthA - lengthB) === 1 && sameSurname ? Math.max(NAME_WEIGHT.dropped, NAME_WEIGHT.different) : NAME_WEIGHT.different;
}

/** A YYYY-MM-DD date's eight digits as one number (19740528), or -1 for any other text. */
function isoDigits(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== DASH || date.charCodeAt(7) !== DASH) return -1;
  let digits = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = date.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    digits = digits * 10 + d;
  }
  return digits;
}

const DASH = 45;
const ZERO = 48;

/**
 * Whether two different dates may be one slip apart (oneSlipApart: one
 * character wrong, or two neighbours swapped) or have day and month
 * swapped; true for anything but two YYYY-MM-DD dates. Two such dates differ
 * only in digits, so at most two differing digits is all a slip can be.
 */
function mayBeNear(a: number, b: number): boolean {
  if (a < 0 || b < 0) return true;
  if (Math.floor(a / 10_000) === Math.floor(b / 10_000) && Math.floor(a / 100) % 100 === b % 100 && a % 100 === Math.floor(b / 100) % 100) return true;
  let differing = 0;
  for (let x = a, y = b; x > 0 || y > 0; x = Math.floor(x / 10), y = Math.floor(y / 10)) if (x % 10 !== y % 10 && ++differing > 2) return false;
  return true;
}

/** How many numbers an address's numbers hold (they are separated by single spaces). */
function numberCount(numbers: string): number {
  if (numbers === '') return 0;
  let count = 1;
  for (let i = 0; i < numbers.length; i++) if (numbers.charCodeAt(i) === SPACE) count++;
  return count;
}

const SPACE = 32;

/**
 * A hash of every third character of a text, from `start`. One slip (a
 * character wrong, two neighbours swapped) changes at most two of a value's
 * three such hashes, so two values of one length whose hashes all differ
 * are not one slip apart.
 */
function everyThirdHash(text: string, start: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < text.length; i += 3) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** Whether two identifier values (slots as WeightBound lays them out) may be one slip apart, as anySlipApart asks: one length, at least six characters. */
function maySlip(ints: Int32Array, a: number, b: number): boolean {
  const length = ints[a + 1]!;
  return length >= 6 && length === ints[b + 1] && (ints[a + 2] === ints[b + 2] || ints[a + 3] === ints[b + 3] || ints[a + 4] === ints[b + 4]);
}

const BEST_INEXACT_NAME = Math.max(...Object.values(NAME_WEIGHT));
// WeightBound's row layout: ids, then identifier slots and place fields; weights likewise.
const NAME_ID = 0;
const SOUND_ID = 1;
const SCRIPT = 2;
const NAME_LENGTH = 3;
const SURNAME = 4;
const BIRTHDAY_ID = 5;
const ADDRESS_ID = 6;
const NUMBERS_ID = 7;
const COMPANY_ID = 8;
const BIRTHDAY_DIGITS = 9;
const NUMBER_COUNT = 10;
const INT_FIELDS = 11;
/** Per identifier slot: the id, the value's length and three hashes (see everyThirdHash). */
const SLOT_INTS = 5;
const NAME_WEIGHT_AT = 0;
const BIRTHDAY_WEIGHT_AT = 1;
const ADDRESS_WEIGHT_AT = 2;
const COMPANY_WEIGHT_AT = 3;
const FLOAT_FIELDS = 4;
const HAN = 1;
const LATIN = 2;
/** No value (ids are ≥ 0, UNSHARED is -2, a place of only punctuation is -1). */
const NONE = -3;
/** An identifier field with several values: its bound is the cap. */
const SEVERAL = -4;
/** A place field the row has no value in. */
const NO_FIELD = -5;
