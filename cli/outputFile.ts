import { randomBytes } from 'node:crypto';
import { realpathSync, writeSync } from 'node:fs';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { DossierError } from '../shared/core/errors';
import { utf8Chunks } from '../shared/files/utf8Chunks';
import { writeWorkbookFile } from '../shared/files/writeWorkbookFile';
import type { MemoryWorkbook } from '../shared/memory/memoryWorkbook';
import { progressBar } from './progressBar';
import { zlibDeflater } from './zlibDeflater';

export interface SaveOptions {
  /** The file the command read: never overwritten. */
  readonly inputPath: string;
  /** For CSV output: the sheet to write (a CSV holds one sheet). */
  readonly sheet?: string;
}

/** The format an output path asks for, from its extension. */
export function outputFormatOf(path: string): 'xlsx' | 'csv' {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.csv') return 'csv';
  throw new DossierError('output.badExtension', {
    en: `The output file must end in .xlsx or .csv, not "${ext || path}".`,
    zh: `输出文件的扩展名必须是 .xlsx 或 .csv，而不是"${ext || path}"。`,
  });
}

/** Refuses an output path that is an input file (also through a link or another spelling). */
export function assertNotInput(outPath: string, ...inputPaths: ReadonlyArray<string | undefined>): void {
  const out = canonical(outPath);
  for (const input of inputPaths) {
    if (input === undefined || canonical(input) !== out) continue;
    throw new DossierError('output.isInput', {
      en: `Refusing to overwrite the input file "${input}"; choose another name with -o.`,
      zh: `不会覆盖输入文件"${input}"；请用 -o 指定另一个文件名。`,
    });
  }
}

/**
 * Writes the workbook to OUT atomically (a temporary file beside it, then a
 * rename), so an interrupted run never leaves half a file, and never onto
 * the input.
 */
export async function saveOutputFile(workbook: MemoryWorkbook, outPath: string, options: SaveOptions): Promise<void> {
  assertNotInput(outPath, options.inputPath);
  const bar = progressBar(`Writing ${basename(outPath)} 写入`);
  const bytes = await writeWorkbookFile(workbook, outputFormatOf(outPath), { sheet: options.sheet, onProgress: bar.update, deflater: zlibDeflater });
  bar.done();
  await writeAtomically(outPath, bytes);
}

export async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  await writeAllAtomically([{ path, data }]);
}

/**
 * Writes several files as one step: every temporary file first, then the
 * renames, so a failure while writing leaves none of them changed. A
 * file's text may come as pieces, written one after another.
 */
/** A file's content: bytes, text, text in pieces, or bytes made as they are written (handed to `write`, which takes them at once). */
export type FileContent = Uint8Array | string | readonly string[] | ((write: (bytes: Uint8Array) => void) => void);

export async function writeAllAtomically(files: ReadonlyArray<{ path: string; data: FileContent }>): Promise<void> {
  const temporaries: string[] = [];
  let current = files[0]?.path ?? '';
  try {
    for (const file of files) {
      current = file.path;
      const temporary = resolve(dirname(file.path), `.${randomBytes(6).toString('hex')}.dossier-tmp`);
      temporaries.push(temporary);
      if (file.data instanceof Uint8Array) await writeFile(temporary, file.data);
      else if (typeof file.data === 'function') await writeMadeFile(temporary, file.data);
      else {
        // Text goes through one reused chunk too (utf8Chunks): writeFile encoded each piece into fresh memory.
        const pieces = typeof file.data === 'string' ? [file.data] : file.data;
        await writeMadeFile(temporary, (write) => {
          const out = utf8Chunks(write);
          for (const piece of pieces) out.append(piece);
          out.end();
        });
      }
    }
    for (const [k, file] of files.entries()) {
      current = file.path;
      await rename(temporaries[k]!, file.path);
    }
  } catch (error) {
    await Promise.all(temporaries.map((t) => rm(t, { force: true })));
    if (error instanceof DossierError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new DossierError('output.unwritable', { en: `Cannot write "${current}" (${code}).`, zh: `无法写入"${current}"（${code}）。` });
  }
}

/** A file whose bytes are made while it is written: each chunk goes to the file before the maker goes on (it may reuse the chunk). */
async function writeMadeFile(path: string, make: (write: (bytes: Uint8Array) => void) => void): Promise<void> {
  const handle = await open(path, 'w');
  try {
    make((bytes) => {
      for (let at = 0; at < bytes.length; ) {
        const written = writeSync(handle.fd, bytes, at, bytes.length - at);
        if (written === 0) throw Object.assign(new Error('nothing written'), { code: 'EIO' });
        at += written;
      }
    });
  } finally {
    await handle.close();
  }
}

function canonical(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    // The output does not exist yet: its folder's real path plus its name.
    try {
      return resolve(realpathSync(dirname(absolute)), absolute.slice(dirname(absolute).length + 1));
    } catch {
      return absolute;
    }
  }
}
