import { DossierError, isDossierError } from '../../../shared/core/errors';

/**
 * Every failure of `Excel.run` as a sentence a user can act on (branching on
 * Office.js's `error.code`, see Excel.ErrorCodes); the code and debug info
 * stay in `detail` for support, one click away.
 */
const MESSAGES: Record<string, { en: string; zh: string }> = {
  InvalidOperationInCellEditMode: { en: 'Excel is editing a cell. Press Enter or Esc, then try again.', zh: 'Excel 正在编辑单元格。请按 Enter 或 Esc 后重试。' },
  AccessDenied: { en: 'Excel refused the change: the workbook or sheet is protected or read-only.', zh: 'Excel 拒绝了此更改：工作簿或工作表受保护或为只读。' },
  ItemNotFound: { en: 'A sheet or range Dossier needs is no longer there. Check the sheet names and try again.', zh: 'Dossier 需要的工作表或区域已不存在。请检查工作表名称后重试。' },
  ItemAlreadyExists: { en: 'A sheet with that name already exists.', zh: '已存在同名工作表。' },
  Conflict: { en: 'Someone else changed the workbook at the same time. Try again.', zh: '其他人同时修改了工作簿。请重试。' },
  RequestPayloadSizeLimitExceeded: { en: 'The sheet is too large to send to Excel in one piece, even in small parts.', zh: '工作表过大，即使分成小块也无法发送给 Excel。' },
  ResponsePayloadSizeLimitExceeded: { en: 'The sheet is too large to read from Excel, even in small parts.', zh: '工作表过大，即使分成小块也无法从 Excel 读取。' },
  GeneralException: { en: 'Excel reported an internal error and the change was not made. Save the workbook and try again.', zh: 'Excel 报告了内部错误，此更改未执行。请保存工作簿后重试。' },
  ApiNotFound: { en: 'This version of Excel lacks a feature Dossier needs. Update Office or use Excel on the web.', zh: '此版本的 Excel 缺少 Dossier 需要的功能。请更新 Office 或使用 Excel 网页版。' },
  InvalidArgument: { en: 'Excel rejected a value Dossier tried to write.', zh: 'Excel 拒绝了 Dossier 要写入的值。' },
};

const FALLBACK = { en: 'Excel reported a problem and nothing more was changed. Try again.', zh: 'Excel 报告了一个问题，未再作任何更改。请重试。' };

export function excelErrorToDossier(error: unknown): DossierError {
  if (isDossierError(error)) return error;
  const e = error as { code?: unknown; message?: unknown; debugInfo?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : 'Unknown';
  const detail = [code, typeof e?.message === 'string' ? e.message : '', e?.debugInfo ? JSON.stringify(e.debugInfo) : ''].filter(Boolean).join(' · ');
  return new DossierError(`excel.${code}`, MESSAGES[code] ?? FALLBACK, detail);
}
