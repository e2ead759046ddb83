import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DossierError } from '../shared/core/errors';
import { readWorkbookFile } from '../shared/files/readWorkbookFile';
import type { MemoryWorkbook } from '../shared/memory/memoryWorkbook';
import { progressBar } from './progressBar';

/** Reads an .xlsx or .csv into memory, or fails with a sentence naming the file and the problem. */
export async function openInputFile(path: string): Promise<MemoryWorkbook> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DossierError('file.notFound', { en: `Cannot find the file "${path}".`, zh: `找不到文件"${path}"。` });
    if (code === 'EISDIR') throw new DossierError('file.isDirectory', { en: `"${path}" is a folder, not a file.`, zh: `"${path}"是文件夹，不是文件。` });
    throw new DossierError('file.unreadable', { en: `Cannot read "${path}" (${code ?? 'unknown error'}).`, zh: `无法读取"${path}"（${code ?? '未知错误'}）。` });
  }
  const bar = progressBar(`Reading ${basename(path)} 读取`);
  try {
    return await readWorkbookFile(bytes, basename(path), { onProgress: bar.update });
  } finally {
    bar.done();
  }
}
