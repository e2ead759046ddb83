import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCustomers } from '../../bench/generate/generateCustomers';
import { writeWorkbookFile } from '../../shared/files/writeWorkbookFile';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';

/**
 * A generated customer file of `rows` rows (Chinese headers, duplicates and
 * mess as the benchmarks make them), written once per machine and reused:
 * writing 100,000 rows as .xlsx takes tens of seconds.
 */
export async function largeCustomerFile(rows: number, format: 'xlsx' | 'csv' = 'xlsx'): Promise<string> {
  const dir = join(tmpdir(), 'dossier-large-files');
  const path = join(dir, `customers-${rows}.${format}`);
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  const { values } = generateCustomers({ rows, seed: 7, today: '2026-11-22' });
  const bytes = await writeWorkbookFile(MemoryWorkbook.fromSheets([{ name: '客户档案', values }]), format);
  // Written aside, then renamed: a run stopped halfway leaves no truncated file to be reused.
  writeFileSync(`${path}.part`, bytes);
  renameSync(`${path}.part`, path);
  return path;
}
