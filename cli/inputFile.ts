import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { DossierError } from '../shared/core/errors';
import { MAX_FILE_BYTES, readWorkbookFile } from '../shared/files/readWorkbookFile';
import type { MemoryWorkbook } from '../shared/memory/memoryWorkbook';
import { progressBar } from './progressBar';

/**
 * Reads an .xlsx or .csv into memory, or fails with a sentence naming the
 * file and the problem. What is read is bounded before reading: only a
 * regular file (a link to /dev/zero or a pipe never ends), and only up to
 * the size limit, checked on the file itself rather than after reading it.
 */
export async function openInputFile(path: string): Promise<MemoryWorkbook> {
  const bytes = await readInputBytes(path);
  const bar = progressBar(`Reading ${basename(path)} 读取`);
  let workbook: MemoryWorkbook;
  try {
    workbook = await readWorkbookFile(bytes, basename(path), { onProgress: bar.update });
  } finally {
    bar.done();
  }
  // What no spreadsheet can hold is refused on reading, by every command alike (fix used to fail on writing).
  for (const sheet of await workbook.listSheets()) {
    if (sheet.columnCount > MAX_COLUMNS) {
      throw new DossierError('file.tooManyColumns', {
        en: `"${path}" has ${sheet.columnCount} columns in "${sheet.name}"; a spreadsheet holds at most ${MAX_COLUMNS}. Check the separator, or split the file.`,
        zh: `"${path}"的"${sheet.name}"有 ${sheet.columnCount} 列；电子表格最多 ${MAX_COLUMNS} 列。请检查分隔符或拆分文件。`,
      });
    }
  }
  return workbook;
}

/** Excel's and Sheets' column limit (XFD). */
const MAX_COLUMNS = 16_384;

/** The file's bytes, refused when it is not a regular file, too large, or changed while it was read. */
export async function readInputBytes(path: string): Promise<Uint8Array> {
  const before = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw unreadable(path, error.code);
  });
  if (before.isDirectory()) throw new DossierError('file.isDirectory', { en: `"${path}" is a folder, not a file.`, zh: `"${path}"是文件夹，不是文件。` });
  if (!before.isFile()) throw new DossierError('file.notRegular', { en: `"${path}" is not a regular file (a device, pipe or socket); save the data to a file first.`, zh: `"${path}"不是普通文件（而是设备、管道或套接字）；请先将数据保存为文件。` });
  if (before.size > MAX_FILE_BYTES) {
    throw new DossierError('file.tooLarge', {
      en: `"${path}" is ${Math.round(before.size / 1_048_576)} MB; Dossier reads files up to ${MAX_FILE_BYTES / 1_048_576} MB. Split it, or save it as .csv.`,
      zh: `"${path}"有 ${Math.round(before.size / 1_048_576)} MB；Dossier 最多读取 ${MAX_FILE_BYTES / 1_048_576} MB 的文件。请拆分文件或另存为 .csv。`,
    });
  }
  let bytes: Uint8Array;
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw unreadable(path, error.code);
  });
  try {
    // One byte more than the size seen: a file growing meanwhile shows as a longer read.
    const buffer = Buffer.alloc(before.size + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0 || length + bytesRead >= buffer.length) {
        length += bytesRead;
        break;
      }
      length += bytesRead;
    }
    const after = await handle.stat();
    const now = await stat(path).catch(() => null);
    if (length !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs || !now || now.ino !== before.ino || now.mtimeMs !== before.mtimeMs) {
      throw new DossierError('file.changedWhileReading', {
        en: `"${path}" changed while Dossier was reading it (another program is writing it); wait until it is saved, then try again.`,
        zh: `Dossier 读取"${path}"时文件发生了变化（另一个程序正在写入）；请等它保存完毕后再试。`,
      });
    }
    bytes = buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof DossierError) throw error;
    throw unreadable(path, (error as NodeJS.ErrnoException).code);
  } finally {
    await handle.close();
  }
  return bytes;
}

function unreadable(path: string, code: string | undefined): DossierError {
  if (code === 'ENOENT') return new DossierError('file.notFound', { en: `Cannot find the file "${path}".`, zh: `找不到文件"${path}"。` });
  if (code === 'EISDIR') return new DossierError('file.isDirectory', { en: `"${path}" is a folder, not a file.`, zh: `"${path}"是文件夹，不是文件。` });
  return new DossierError('file.unreadable', { en: `Cannot read "${path}" (${code ?? 'unknown error'}).`, zh: `无法读取"${path}"（${code ?? '未知错误'}）。` });
}
