import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeWorkbookFile } from '../../shared/files/writeWorkbookFile';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { generateCustomers } from './generateCustomers';

/**
 * The generated customer file of `rows` rows as .csv and .xlsx in `dir`
 * (written once, then reused), so the command-line benchmarks read the
 * same bytes every run.
 */
export async function writeBenchFiles(dir: string, rows: number, seed = 3): Promise<{ csv: string; xlsx: string }> {
  mkdirSync(dir, { recursive: true });
  const csv = join(dir, `customers-${rows}.csv`);
  const xlsx = join(dir, `customers-${rows}.xlsx`);
  if (existsSync(csv) && existsSync(xlsx)) return { csv, xlsx };
  const workbook = MemoryWorkbook.fromSheets([{ name: 'Customers', values: generateCustomers({ rows, seed }).values }]);
  for (const [path, format] of [[csv, 'csv'], [xlsx, 'xlsx']] as const) writeFileSync(path, await writeWorkbookFile(workbook, format, { sheet: 'Customers' }));
  return { csv, xlsx };
}

if (require.main === module) {
  const rows = Number(process.argv[2] ?? 100_000);
  void writeBenchFiles(process.argv[3] ?? join(__dirname, '..', 'files'), rows).then((f) => console.log(f));
}
