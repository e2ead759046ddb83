import type { Random } from './random';

/**
 * English names as common as they are among real people, so that a
 * generated file has as many strangers sharing a name as a real one.
 *
 * Sources (the US Census Bureau's name files; figures as quoted):
 * - 1990 census, dist.male.first / dist.female.first / dist.all.last, the
 *   top ten of each with their shares:
 *   https://geonames.wordpress.com/2006/05/20/first-names-more-variety-for-girls/
 *   and https://manticmoo.com/articles/jeff/random/how-popular-is-your-name.php
 * - the same files: 50% of men share 60 first names and 90% share 1,219;
 *   50% of women share 139 and 90% share 4,275
 *   (https://blog.jgc.org/2008/03/names-boys-vs-girls.html);
 *   88,799 surnames cover 90% (https://www.geneamusings.com/2006/05/1990-census-data-frequency-of-names.html).
 * - 2010 census: the 239 most common surnames cover a quarter of people
 *   (https://econ70.com/2017/01/06/surprising-surnames/).
 *
 * The names the sources quote carry their shares; past them, names are
 * made up from parts (real lists of thousands would add nothing to
 * matching), and each span between two quoted coverage points shares its
 * part of the people as 1/rank does (name frequencies follow a power law).
 * A list stops at `ranks`; the people past it are shared out among the
 * names of its last span, which makes those commoner than real ones (all
 * names before keep their shares): strangers sharing a name err on the
 * high side.
 */
export interface WeightedNames {
  readonly names: readonly string[];
  /** Cumulative shares, the last 1. */
  readonly cumulative: Float64Array;
}

export function pickWeighted(random: Random, list: WeightedNames): string {
  const x = random.next();
  let lo = 0;
  let hi = list.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list.cumulative[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return list.names[lo]!;
}

/**
 * A weighted list: `quoted` names with their shares (percent), then made-up
 * names up to `ranks`, filling each span up to a coverage point ([rank,
 * percent]) as 1/rank does.
 */
function weighted(quoted: ReadonlyArray<readonly [string, number]>, coverage: ReadonlyArray<readonly [number, number]>, ranks: number, madeUp: readonly string[]): WeightedNames {
  const names: string[] = quoted.map(([name]) => name);
  const shares: number[] = quoted.map(([, share]) => share);
  let covered = shares.reduce((a, b) => a + b, 0);
  let rank = names.length;
  let next = 0;
  let lastSpan = rank;
  for (const [upTo, percent] of coverage) {
    const end = Math.min(upTo, ranks);
    if (end <= rank) continue;
    lastSpan = rank;
    // The span's share, cut where the list stops: ∫ 1/r over the part kept.
    const kept = (percent - covered) * (Math.log(end + 0.5) - Math.log(rank + 0.5)) / (Math.log(upTo + 0.5) - Math.log(rank + 0.5));
    let weights = 0;
    for (let r = rank + 1; r <= end; r++) weights += 1 / r;
    for (let r = rank + 1; r <= end; r++) {
      names.push(madeUp[next++]!);
      shares.push((kept * (1 / r)) / weights);
    }
    covered += kept;
    rank = end;
    if (rank === ranks) break;
  }
  // The people past the list's end (and past the last coverage point) go to the last span's names, so every name before keeps its share.
  const lastShare = shares.slice(lastSpan).reduce((a, b) => a + b, 0);
  const scale = (100 - covered + lastShare) / lastShare;
  const cumulative = new Float64Array(shares.length);
  let sum = 0;
  shares.forEach((share, k) => (cumulative[k] = sum += (k < lastSpan ? share : share * scale) / 100));
  cumulative[cumulative.length - 1] = 1;
  return { names, cumulative };
}

/** Every combination of the parts, in a fixed order that mixes the first parts. */
function combine(...parts: ReadonlyArray<readonly string[]>): string[] {
  let out = [''];
  for (const list of parts) out = list.flatMap((part) => out.map((head) => head + part));
  return out.map((name) => name.charAt(0).toUpperCase() + name.slice(1));
}

const MALE_QUOTED = [['James', 3.318], ['John', 3.271], ['Robert', 3.143], ['Michael', 2.629], ['William', 2.451], ['David', 2.363], ['Richard', 1.703], ['Charles', 1.523], ['Joseph', 1.404], ['Thomas', 1.38]] as const;
const FEMALE_QUOTED = [['Mary', 2.629], ['Patricia', 1.073], ['Linda', 1.035], ['Barbara', 0.98], ['Elizabeth', 0.937], ['Jennifer', 0.932], ['Maria', 0.828], ['Susan', 0.794], ['Margaret', 0.768], ['Dorothy', 0.727]] as const;
const SURNAME_QUOTED = [['Smith', 1.006], ['Johnson', 0.81], ['Williams', 0.699], ['Jones', 0.621], ['Brown', 0.621], ['Davis', 0.48], ['Miller', 0.424], ['Wilson', 0.339], ['Moore', 0.312]] as const;

const FIRST_HEADS = ['al', 'bar', 'bren', 'cal', 'dar', 'del', 'el', 'fen', 'gar', 'hal', 'jas', 'ken', 'lor', 'mar', 'nor', 'ros', 'sel', 'tor', 'val', 'wil', 'ash', 'cor'];
const MIDDLES = ['', 'e', 'i', 'o', 'an'];
const MALE_TAILS = ['an', 'ton', 'vin', 'den', 'ric', 'ley', 'ford', 'mond', 'ard', 'wyn', 'old', 'ias', 'ett', 'ace', 'ell'];
const FEMALE_TAILS = ['a', 'ine', 'elle', 'ia', 'yn', 'ette', 'ena', 'issa', 'ora', 'anne', 'ie', 'ice', 'eth', 'ana', 'een', 'ilda', 'ara', 'ina', 'ley'];
const SURNAME_HEADS = ['ash', 'black', 'brad', 'brook', 'bur', 'cald', 'cart', 'chad', 'craw', 'dal', 'dun', 'els', 'fair', 'fitz', 'gar', 'gold', 'hal', 'har', 'hart', 'hol', 'kel', 'ken', 'lang', 'lind', 'mar', 'mor', 'nor', 'old', 'pem', 'rad', 'ros', 'rut', 'shel', 'stan', 'stock', 'thorn', 'wal', 'wes', 'whit', 'win'];
const SURNAME_MIDDLES = ['', 'en', 'er', 'ing', 'es'];
const SURNAME_TAILS = ['ford', 'well', 'ton', 'ley', 'by', 'wood', 'field', 'man', 'son', 'ridge', 'worth', 'ham', 'more', 'dale', 'cott', 'land', 'stead', 'wick', 'hurst', 'low', 'mont', 'combe', 'sby', 'gate', 'thorpe'];

function distinct(names: readonly string[], quoted: ReadonlyArray<readonly [string, number]>): string[] {
  const seen = new Set(quoted.map(([name]) => name));
  return names.filter((name) => !seen.has(name) && (seen.add(name), true));
}

export const MALE_FIRST: WeightedNames = weighted(MALE_QUOTED, [[60, 50], [1219, 90]], 1219, distinct(combine(FIRST_HEADS, MIDDLES, MALE_TAILS), MALE_QUOTED));
export const FEMALE_FIRST: WeightedNames = weighted(FEMALE_QUOTED, [[139, 50], [4275, 90]], 2000, distinct(combine(FIRST_HEADS, MIDDLES, FEMALE_TAILS), FEMALE_QUOTED));
export const SURNAMES: WeightedNames = weighted(SURNAME_QUOTED, [[239, 25], [88_799, 90]], 5000, distinct(combine(SURNAME_HEADS, SURNAME_MIDDLES, SURNAME_TAILS), SURNAME_QUOTED));
