import { Command, Option } from 'commander';
import type { CellValue } from '../../shared/core/cell';
import { DossierError } from '../../shared/core/errors';
import { normalizeContextFor } from '../../shared/core/operations/check';
import { consentedRows } from '../../shared/core/safety/consentedRows';
import { findCustomerSheet } from '../../shared/core/table/findCustomerSheet';
import { readCustomerTable } from '../../shared/core/table/readCustomerTable';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { resolveCommonOptions, withCommonOptions, type CommonFlags } from '../commonOptions';
import { openInputFile } from '../inputFile';
import { assertNotInput, outputFormatOf, saveOutputFile } from '../outputFile';
import { printJson } from '../printJson';
import { runAction } from '../runAction';

interface ExportFlags extends CommonFlags {
  purpose: 'marketing';
  output: string;
}

export function registerExportCommand(program: Command): void {
  withCommonOptions(program.command('export').argument('<file>', '.xlsx or .csv customer file'))
    .addOption(new Option('--purpose <purpose>', 'what the export is for; marketing keeps only customers whose consent is Yes').choices(['marketing']).makeOptionMandatory())
    .requiredOption('-o, --output <out>', 'the file to write (.csv or .xlsx; never the input)')
    .description('export the customers a purpose allows (marketing: consent is Yes; blank or unreadable consent is not consent)')
    .action((file: string, flags: ExportFlags) =>
      runAction(async () => {
        assertNotInput(flags.output, file, flags.template);
        outputFormatOf(flags.output);
        const workbook = await openInputFile(file);
        const common = await resolveCommonOptions(flags, workbook);
        const sheet = await findCustomerSheet(workbook, common.template, common.sheet);
        const table = readCustomerTable(common.template, sheet, normalizeContextFor(common));
        if (!('consent' in table.mapping.columns)) {
          throw new DossierError('export.noConsent', {
            en: `The sheet "${sheet.name}" has no Marketing Consent column, so no customer may be exported for marketing.`,
            zh: `工作表"${sheet.name}"没有"营销许可"列，因此不能导出任何客户用于营销。`,
          });
        }
        const repeated = table.mapping.duplicates.filter((d) => d.key === 'consent');
        if (repeated.length > 0) {
          throw new DossierError('export.repeatedConsent', {
            en: `The sheet "${sheet.name}" has ${repeated.length + 1} consent columns; combine them into one (dossier check lists them) before exporting for marketing.`,
            zh: `工作表"${sheet.name}"有 ${repeated.length + 1} 个营销许可列；请先合并为一列（dossier check 会列出），再导出用于营销。`,
          });
        }
        const rows = consentedRows(table);
        const values: CellValue[][] = [table.header.slice(), ...rows.map((row) => row.cells.slice())];
        await saveOutputFile(MemoryWorkbook.fromSheets([{ name: sheet.name, values }]), flags.output, { inputPath: file });
        const document = { file, purpose: flags.purpose, rows: table.rows.length, exported: rows.length, excluded: table.rows.length - rows.length, output: flags.output };
        if (common.format === 'json') printJson(document);
        else {
          process.stdout.write(
            common.lang === 'zh'
              ? `已导出 ${rows.length} 位同意营销的客户到 ${flags.output}；${document.excluded} 位未同意或未填写，未导出。\n`
              : `Exported ${rows.length} customers who consented to marketing to ${flags.output}; ${document.excluded} without consent were left out.\n`,
          );
        }
        return 0;
      }, flags.lang),
    );
}
