import { writeFileSync } from 'node:fs';
import { generateCustomers } from '../bench/generate/generateCustomers';
import { writeWorkbookFile } from '../shared/files/writeWorkbookFile';
import { MemoryWorkbook } from '../shared/memory/memoryWorkbook';

/**
 * Regenerates examples/customers-sample.xlsx: 200 customers with Chinese
 * headers, typed the many ways people type them, with duplicates,
 * look-alikes and a few plain errors. `npx tsx scripts/make-sample.ts`.
 */
async function main(): Promise<void> {
  const { values } = generateCustomers({ rows: 200, seed: 2026, duplicateRate: 0.08, messRate: 0.25, errorRate: 0.02 });
  const workbook = MemoryWorkbook.fromSheets([{ name: '客户档案', values }]);
  await workbook.freezeRows('客户档案', 1);
  writeFileSync('examples/customers-sample.xlsx', await writeWorkbookFile(workbook, 'xlsx'));
  writeFileSync('examples/customers-sample.csv', await writeWorkbookFile(workbook, 'csv'));
  console.log('wrote examples/customers-sample.xlsx and examples/customers-sample.csv');
}

void main();
