import type { CellValue } from '../shared/core/cell';
import { findDuplicates } from '../shared/core/dedupe/findDuplicates';
import type { Evidence } from '../shared/core/dedupe/scorePair';
import { readCustomerTable } from '../shared/core/table/readCustomerTable';
import { defaultTemplate } from '../shared/core/template/defaultTemplate';
import { generateCustomers, HEADERS, type GenerateOptions } from './generate/generateCustomers';
import { pairsOf, tierFigures } from './pairAccuracy';

/**
 * What duplicate detection misses and wrongly merges on generated data, to
 * read, not to time: `npx tsx bench/dedupeMisses.ts english 1,2,3 [shown]`
 * prints, per seed, the confident and both-tier figures, every missed
 * same-customer pair's evidence counted by which fields spoke for it, and the
 * first `shown` missed pairs, wrong merges and strongest wrong "possible"
 * pairs with their fields side by side (`a | b` where the rows differ).
 */
const KINDS: Record<string, Partial<GenerateOptions>> = {
  english: { englishNames: 1, headers: 'en' },
  'english-dense': { englishNames: 1, headers: 'en', englishNameSet: 'dense' },
  contactless: { contactless: 1 / 3 },
  'english-contactless': { englishNames: 1, headers: 'en', contactless: 1 / 3 },
  chinese: { englishNames: 0 },
  mixed: { englishNames: 0.5 },
  default: {},
};
const CONTEXT = { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null } as const;
const SHOWN_FIELDS = ['Name', 'Company', 'Phone', 'Email', 'Birthday', 'City', 'Address'].map((h) => HEADERS.en.indexOf(h as (typeof HEADERS.en)[number]));

function main(): void {
  const [kind = 'english', seeds = '1,2,3', shown = '10'] = process.argv.slice(2);
  const options = KINDS[kind];
  if (!options) throw new Error(`Kinds: ${Object.keys(KINDS).join(', ')}`);
  for (const seed of seeds.split(',').map(Number)) report(kind, seed, options, Number(shown));
}

function report(kind: string, seed: number, options: Partial<GenerateOptions>, shown: number): void {
  const { values, truth: generated } = generateCustomers({ rows: 10_000, seed, ...options });
  const result = findDuplicates(readCustomerTable(defaultTemplate, { name: 'C', values }, CONTEXT));
  const truth = sameCustomerPairs(generated.duplicatePairs);
  console.log(`== ${kind}, seed ${seed}: ${truth.size} same-customer pairs`, JSON.stringify(tierFigures(result, truth)));
  const confident = new Set<string>();
  for (const c of result.clusters) pairsOf(c.rows, confident);
  const possible = new Map(result.possible.map((p) => [`${p.rows[0]}-${p.rows[1]}`, p]));
  const side = (key: string) => sideBySide(values, key);
  const missed = [...truth].filter((key) => !confident.has(key));
  const bySupport = new Map<string, number>();
  for (const key of missed) {
    const support = possible.get(key)?.evidence.filter((e) => e.weight > 0).map((e) => e.field).sort().join('+') ?? '(below the possible tier)';
    bySupport.set(support, (bySupport.get(support) ?? 0) + 1);
  }
  console.log(`missed ${missed.length}, by the fields that spoke for them:`, JSON.stringify([...bySupport].sort((a, b) => b[1] - a[1])));
  for (const key of missed.slice(0, shown)) console.log(`MISSED ${key} ${possible.get(key)?.score ?? '-'} ${evidenceText(possible.get(key)?.evidence)}\n   ${side(key)}`);
  for (const key of [...confident].filter((k) => !truth.has(k)).slice(0, shown)) console.log(`MERGED WRONGLY ${key}\n   ${side(key)}`);
  for (const p of result.possible.filter((p) => !truth.has(`${p.rows[0]}-${p.rows[1]}`)).slice(0, shown)) console.log(`POSSIBLE, WRONG ${p.rows.join('-')} ${p.score} ${evidenceText(p.evidence)}\n   ${side(p.rows.join('-'))}`);
}

/** Every pair of rows that are one customer, from the generator's links (a customer entered three times gives three pairs). */
function sameCustomerPairs(links: ReadonlyArray<readonly [number, number]>): Set<string> {
  const groupOf = new Map<number, number>();
  const groups = new Map<number, number[]>();
  for (const [a, b] of links) {
    const g = groupOf.get(a) ?? a;
    groupOf.set(a, g);
    groupOf.set(b, g);
    groups.set(g, [...(groups.get(g) ?? [a]), b]);
  }
  const truth = new Set<string>();
  for (const members of groups.values()) pairsOf(members, truth);
  return truth;
}

function evidenceText(evidence: readonly Evidence[] | undefined): string {
  return evidence ? `[${evidence.map((e) => `${e.field}:${e.agreement} ${e.weight}`).join(', ')}]` : '[below the possible tier]';
}

function sideBySide(values: readonly (readonly CellValue[])[], key: string): string {
  const [a, b] = key.split('-').map((row) => SHOWN_FIELDS.map((c) => textOf(values[Number(row) - 1]![c] ?? null)));
  return a!.map((v, k) => (v === b![k] ? v : `${v} | ${b![k]}`)).join(' ;; ');
}

function textOf(cell: CellValue): string {
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : cell === null ? '·' : String(cell);
}

main();
