import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The file grows between Dossier's reads, as when another program is still saving it.
jest.mock('node:fs/promises', () => {
  const actual = jest.requireActual<typeof import('node:fs/promises')>('node:fs/promises');
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      const read = handle.read.bind(handle);
      let first = true;
      (handle as { read: unknown }).read = async (...readArgs: unknown[]) => {
        const result = await (read as (...a: unknown[]) => Promise<{ bytesRead: number }>)(...readArgs);
        if (first && String(args[0]).includes('growing')) appendFileSync(String(args[0]), 'C9,late,13800000000\n');
        first = false;
        return result;
      };
      return handle;
    },
  };
});

import { readInputBytes } from '../../cli/inputFile';

describe('a file changed while it is read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-changing-'));

  it('is refused with a sentence, not processed half-written', async () => {
    const path = join(dir, 'growing.csv');
    writeFileSync(path, 'Customer ID,Name,Phone\nC1,王芳,13812345678\n');
    await expect(readInputBytes(path)).rejects.toThrow(/changed while Dossier was reading it/);
  });

  it('a file left alone reads whole', async () => {
    const path = join(dir, 'still.csv');
    writeFileSync(path, 'Customer ID,Name\nC1,王芳\n');
    expect(Buffer.from(await readInputBytes(path)).toString('utf8')).toBe('Customer ID,Name\nC1,王芳\n');
  });
});
