import { isCancelled } from '../../../shared/commands/cancelledError';
import type { CommandApi, CommandProgress } from '../../../shared/commands/commandApi';
import { controlledPort } from '../../../shared/commands/controlledPort';
import { createCoreCommands } from '../../../shared/commands/createCoreCommands';
import { createRunControl } from '../../../shared/commands/runControl';
import { withRunControl } from '../../../shared/commands/withRunControl';
import type { CellValue } from '../../../shared/core/cell';
import { MemoryWorkbook } from '../../../shared/memory/memoryWorkbook';

const env = { today: () => '2026-11-22', now: () => '2026-11-22T10:00:00Z', lang: 'en' as const };
const customers: CellValue[][] = [
  ['Customer ID', 'Name', 'Phone', 'Email', 'Owner', 'Updated', 'Last Contact', 'Total Spend'],
  ['C1', '张伟', '138-1234-5678', ' ZW@163.COM ', '李娜', '2024-01-01', null, 100],
  ['C2', '王芳', '+8613900000000', 'WF@qq.com', '李娜', '2026-11-01', null, 50],
  ['C3', '張偉', '+8613812345678', 'zw@163.com', null, '2025-03-01', null, 20],
  ['C4', 'Li Lei', '12345', 'li@example.com', '王强', '2023-05-05', null, 75],
];
const imported: CellValue[][] = [['Name', 'Phone', 'Email'], ['赵敏', '13700000000', 'zm@example.com'], ['王芳', '13900000000', 'wf@qq.com']];

/** Everything a sheet holds that a user could see or Dossier could change, trailing blanks aside. */
function everything(wb: MemoryWorkbook): string {
  const trim = <T,>(rows: readonly (readonly T[])[], blank: (v: T) => boolean) => {
    const out = rows.map((r) => {
      let n = r.length;
      while (n > 0 && blank(r[n - 1]!)) n--;
      return r.slice(0, n);
    });
    while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
    return out;
  };
  return JSON.stringify(wb.sheetNames().map((name) => {
    const s = wb.sheet(name);
    return { name, values: trim(s.values, (v) => v === null || v === ''), formats: trim(s.formats, (f) => f === ''), columnFormats: s.columnFormats, marks: s.marks, frozenRows: s.frozenRows, hidden: s.hidden, protection: s.protection, tables: s.tables, charts: s.charts, print: s.print };
  }));
}

type Action = { name: string; before?: (api: CommandApi) => Promise<unknown>; run: (api: CommandApi) => Promise<unknown> };
const ACTIONS: Action[] = [
  { name: 'fix', before: (api) => api.check(), run: async (api) => api.applyFix(await api.previewFix()) },
  { name: 'merge', before: (api) => api.findDuplicates(), run: (api) => api.merge([{ rows: [2, 4] }]) },
  { name: 'mark contacted', before: (api) => api.stale(), run: (api) => api.markContacted([2, 5]) },
  { name: 'report', run: (api) => api.report({ mask: true }) },
  { name: 'import', run: (api) => api.importRows({ kind: 'sheet', name: 'Import' }, { dryRun: false }) },
  { name: 'apply template', run: (api) => api.applyTemplate() },
  { name: 'segments', run: (api) => api.applySegments({ grade: true, stage: true }) },
];

/** The command under a RunControl over the memory port, Cancel asked at the `at`-th checkpoint (never when `at` is 0). */
async function runCancelledAt(action: Action, at: number) {
  const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: customers.map((r) => [...r]) }, { name: 'Import', values: imported.map((r) => [...r]) }]);
  let checkpoints = 0;
  let armed = false;
  const control = createRunControl({ cancelRequested: () => armed && ++checkpoints >= at && at > 0 });
  const api = withRunControl(createCoreCommands(controlledPort(wb, control), env), control);
  await action.before?.(api);
  const before = everything(wb);
  const writesBefore = Object.entries(wb.calls).filter(([m]) => !['listSheets', 'readSheet', 'currentUser'].includes(m)).reduce((n, [, c]) => n + c, 0);
  const progress: CommandProgress[] = [];
  const stop = api.onProgress!((p) => progress.push(p));
  armed = true;
  const outcome = await action.run(api).then(() => 'done' as const, (e: unknown) => (isCancelled(e) ? 'cancelled' as const : e));
  stop();
  const writes = Object.entries(wb.calls).filter(([m]) => !['listSheets', 'readSheet', 'currentUser'].includes(m)).reduce((n, [, c]) => n + c, 0) - writesBefore;
  return { outcome, before, after: everything(wb), checkpoints, writes, progress };
}

describe('Cancel at any step of a changing command', () => {
  it.each(ACTIONS.map((a) => [a.name, a] as const))('%s: stopped, the workbook is exactly as before; else it completed', async (_, action) => {
    const full = await runCancelledAt(action, 0);
    expect(full.outcome).toBe('done');
    expect(full.after).not.toBe(full.before);
    let rolledBack = 0;
    let completed = 0;
    for (let at = 1; at <= full.checkpoints + 1; at++) {
      const r = await runCancelledAt(action, at);
      if (r.outcome === 'cancelled') {
        expect([action.name, at, r.after]).toEqual([action.name, at, r.before]);
        if (r.writes > 0) rolledBack++;
        // Cancelled means cancelled for good: the command never ends as if done.
      } else {
        expect([action.name, at, r.outcome]).toEqual([action.name, at, 'done']);
        completed++;
      }
    }
    // Some cancels land after writes began (and are put back); the last ones come too late and the command completes.
    expect(rolledBack).toBeGreaterThan(0);
    expect(completed).toBeGreaterThan(0);
  });

  it('reports a bar that never goes back and says when it is past the point of return', async () => {
    const { progress } = await runCancelledAt(ACTIONS[0]!, 0);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[fractions.length - 1]).toBeGreaterThan(0.5);
    expect(progress.some((p) => p.phase === 'write' && (p.done ?? 0) > 0)).toBe(true);
    const firstCommitted = progress.findIndex((p) => p.committed);
    expect(firstCommitted).toBeGreaterThan(0);
    expect(progress.slice(firstCommitted).every((p) => p.committed)).toBe(true);
  });

  it('a cancel before any write stops a read-only command at once', async () => {
    const r = await runCancelledAt({ name: 'duplicates', run: (api) => api.findDuplicates() }, 1);
    expect(r.outcome).toBe('cancelled');
    expect(r.checkpoints).toBe(1);
  });
});
