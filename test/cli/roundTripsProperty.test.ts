import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { cellToText } from '../../shared/core/normalize/cellToText';
import { readWorkbookFile } from '../../shared/files/readWorkbookFile';
import { dossierInProcess as dossier } from './runInProcess';

jest.setTimeout(600_000);

/** Sequences tried (each of up to 4 commands on a small file). */
const RUNS = 8;

interface Person {
  name: string;
  phone: string;
  email: string;
  wechat: string;
  consent: 'Yes' | '否';
}

const NAMES = ['王芳', '张伟', '李娜', '刘洋', '陈静', '杨帆', '赵磊', '黄敏'];

const people = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 0, max: NAMES.length - 1 }), fc.integer({ min: 10_000_000, max: 99_999_999 }), fc.constantFrom<'Yes' | '否'>('Yes', '否')), { minLength: 2, maxLength: 4, selector: ([n]) => n })
  .filter((list) => new Set(list.map(([, p]) => p)).size === list.length)
  .map((list) =>
    list.map(([n, p, consent]): Person => ({ name: NAMES[n]!, phone: `139${p}`, email: `p${p}@example.com`, wechat: `wx_${p.toString(36)}9`, consent })),
  );

type Step = { op: 'fix' | 'merge' | 'import' | 'erase' | 'undo' | 'export'; ext: 'csv' | 'xlsx'; by: 'email' | 'phone'; who: number };
const step = fc.record({ op: fc.constantFrom<Step['op']>('fix', 'merge', 'import', 'erase', 'undo', 'export'), ext: fc.constantFrom<Step['ext']>('csv', 'xlsx'), by: fc.constantFrom<Step['by']>('email', 'phone'), who: fc.nat() });

function customerCsv(list: readonly Person[]): string {
  const rows = ['Customer ID,Name,Phone,Email,Marketing Consent,Updated,Notes'];
  list.forEach((p, k) => rows.push(`C${k + 1},${p.name},${p.phone},${p.email},${p.consent},2025-0${k + 1}-01,微信 ${p.wechat}`));
  // The first person twice: phone respelled, e-mail in capitals, an older row.
  const p = list[0]!;
  rows.push(`C9,${p.name},${p.phone.slice(0, 3)}-${p.phone.slice(3, 7)}-${p.phone.slice(7)},${p.email.toUpperCase()},${p.consent},2020-01-01,老客户`);
  return rows.join('\n');
}

/** Every cell of every sheet (hidden ones too), or every line of a text file. */
async function textsOf(path: string): Promise<string[]> {
  if (path.endsWith('.xlsx')) {
    const wb = await readWorkbookFile(readFileSync(path), path);
    return wb.sheetNames().flatMap((n) => wb.sheet(n).values.flat().map((c) => cellToText(c ?? null)));
  }
  return readFileSync(path, 'utf8').split(/\r?\n/);
}

/** The person's values in every spelling Dossier might write them: the phone as digits inside any text. */
function traces(p: Person) {
  return { words: [p.name, p.email.toLowerCase(), p.wechat.toLowerCase()], digits: p.phone };
}

function holds(texts: readonly string[], p: Person, which: 'any' | 'identifying'): boolean {
  const t = traces(p);
  // A name alone is shared by other customers; for "is anything left" the identifying values decide.
  const words = which === 'any' ? t.words : t.words.slice(1);
  return texts.some((text) => text.replace(/\D/g, '').includes(t.digits) || words.some((w) => text.toLowerCase().includes(w)));
}

describe('random sequences of commands on .csv and .xlsx lose nothing and leak nothing', () => {
  it(`${RUNS} sequences of fix, merge, import, erase, undo and export`, async () => {
    await fc.assert(
      fc.asyncProperty(people, people, fc.array(step, { minLength: 1, maxLength: 4 }), async (originals, leadsRaw, steps) => {
        const dir = mkdtempSync(join(tmpdir(), 'dossier-prop-'));
        const leads = leadsRaw.map((p) => ({ ...p, phone: `137${p.phone.slice(3)}`, email: `lead.${p.email}`, wechat: `${p.wechat}l`, name: `${p.name}新` }));
        let current = join(dir, 'start.csv');
        writeFileSync(current, customerCsv(originals));
        const source = join(dir, 'leads.csv');
        writeFileSync(source, ['Name,Phone,Email,Notes', ...leads.map((p) => `${p.name},${p.phone},${p.email},微信 ${p.wechat}`)].join('\n'));
        const written: Array<{ path: string; step: number; chain: boolean }> = [];
        const erased: Person[] = [];
        let erasedAt = Infinity;
        const before = () => new Set(readdirSync(dir));
        for (const [k, s] of steps.entries()) {
          const out = join(dir, `step${k}.${s.ext}`);
          const seen = before();
          const person = originals[s.who % originals.length]!;
          const args: Record<Step['op'], string[]> = {
            fix: ['fix', current, '-o', out],
            merge: ['dedupe', current, '--merge', '-o', out],
            import: ['import', source, '--into', current, '-o', out],
            erase: ['erase', current, '--match', s.by, s.by === 'email' ? person.email : person.phone, '-o', out],
            undo: ['undo', current, '-o', out],
            export: ['export', current, '--purpose', 'marketing', '-o', out],
          };
          const r = await dossier([...args[s.op], '--today', '2026-06-01']);
          expect([s.op, r.code === 2 ? r.stderr.trimEnd().split('\n').length : 1]).toEqual([s.op, 1]);
          if (r.code === 2) {
            // Only undo may refuse here: a .csv, or a workbook with no snapshot left.
            expect([s.op, r.stderr]).toEqual(['undo', expect.stringMatching(/no snapshot/)]);
            continue;
          }
          if (s.op === 'erase' && r.code === 0) {
            // Earlier files beside it that still hold the person are named, since erase cannot reach them.
            for (const f of written.filter((w) => !w.path.endsWith('.xlsx') && w.path !== current)) {
              if (holds(await textsOf(f.path), person, 'identifying')) expect([f.path, r.stdout.includes(f.path)]).toEqual([f.path, true]);
            }
            if (!erased.includes(person)) erased.push(person);
            erasedAt = Math.min(erasedAt, k);
          }
          for (const name of readdirSync(dir)) if (!seen.has(name)) written.push({ path: join(dir, name), step: k, chain: s.op !== 'export' || name.includes('.audit.') });
          if (s.op !== 'export') current = out;
        }
        // Nothing lost: every value of every customer not erased is in the last output or a companion file along the way.
        // (The companions and change logs written along the chain; earlier main outputs were each read into the next.)
        const companions = written.filter((w) => w.chain && w.path !== current && !/step\d+\.(csv|xlsx)$/.test(w.path));
        const haystack = [...(await textsOf(current)), ...(await Promise.all(companions.map((w) => textsOf(w.path)))).flat()];
        for (const p of originals) {
          if (erased.includes(p)) continue;
          const t = traces(p);
          for (const w of t.words) expect([p.name, w, haystack.some((h) => h.toLowerCase().includes(w))]).toEqual([p.name, w, true]);
          expect([p.name, haystack.some((h) => h.replace(/\D/g, '').includes(t.digits))]).toEqual([p.name, true]);
        }
        // Nothing leaked: no file written from the erasure on holds any form of an erased person's values.
        for (const w of written.filter((x) => x.step >= erasedAt)) {
          if (!existsSync(w.path)) continue;
          const texts = await textsOf(w.path);
          for (const p of erased) expect([w.path, p.email, holds(texts, p, 'identifying')]).toEqual([w.path, p.email, false]);
        }
      }),
      { numRuns: RUNS, seed: 1818, endOnFailure: true },
    );
  });
});
