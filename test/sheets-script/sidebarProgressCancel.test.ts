import { isCancelled } from '../../shared/commands/cancelledError';
import type { CommandProgress } from '../../shared/commands/commandApi';
import { sidebarCommands, type ScriptRun } from '../../sheets-script/src/sidebarBridge';
import { FakeAppsScript } from './fakeAppsScript';
import { sidebarOverServer } from './sidebarBridgeServer';

jest.setTimeout(180_000);

/** A customer sheet: phones and e-mails to fix, five columns apart (so a fix writes two blocks), ids and spend with their own number formats. */
function spreadsheet(rows: number): FakeAppsScript {
  const fake = new FakeAppsScript('UTC');
  const values: Array<Array<string | number>> = [['Customer ID', 'Name', 'Phone', 'Owner', 'City', 'Company', 'Notes', 'Email', 'Total Spend']];
  for (let r = 1; r <= rows; r++) {
    const n = String(10_000_000 + r);
    values.push([`C${r}`, `客户${r}`, r % 2 ? `138-${n.slice(0, 4)}-${n.slice(4)}` : `+86138${n}`, r % 3 ? '李娜' : '王强', '上海', '星辰', '', r % 2 ? ` C${r}@EXAMPLE.COM ` : `c${r}@example.com`, r * 3]);
  }
  const sheet = fake.addSheet('Customers', values);
  sheet.formats = values.map((_, r) => (r === 0 ? [] : ['@', 'General', 'General', 'General', 'General', 'General', 'General', 'General', '#,##0']));
  return fake;
}

/** Every sheet as a person could see it, part by part: values, number formats, notes, fills, validations, protections, rules, frozen rows, visibility. */
function everything(fake: FakeAppsScript): Record<string, string> {
  const parts: Record<string, string> = { sheets: JSON.stringify(fake.sheets.map((s) => s.name)) };
  for (const s of fake.sheets) {
    // A grid's blank cells read as their default whether the stand-in holds them or not.
    const trim = <T,>(grid: T[][], blank: T) => grid.map((row) => {
      let n = row.length;
      while (n > 0 && row[n - 1] === blank) n--;
      return row.slice(0, n);
    });
    const state = { values: s.values, formats: trim(s.formats, 'General'), notes: trim(s.notes, ''), backgrounds: trim(s.backgrounds, '#ffffff'), validations: s.validations, protections: s.protections.length, rules: s.conditionalRules, frozen: s.frozenRows, hidden: s.hidden, bold: s.bold, charts: s.charts };
    for (const [part, value] of Object.entries(state)) parts[`${s.name}.${part}`] = JSON.stringify(value);
  }
  return parts;
}

/** The parts that differ (named, not printed whole: a sheet of 2,000 rows would bury the message). */
function differing(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]);
}

describe('Sheets sidebar: progress polled from the server, Cancel through a flag', () => {
  it('the bar the sidebar polls rises with the rows read and written', async () => {
    const fake = spreadsheet(2000);
    const { api, commandIds, server } = sidebarOverServer(fake);
    await api.check();
    const plan = await api.previewFix();
    const polled: CommandProgress[] = [];
    // Another execution asking for the progress at each service call of the running command, as the sidebar's polls would.
    fake.onCall = () => {
      const p = server('dossierProgress', commandIds[commandIds.length - 1]) as CommandProgress | null;
      if (p && (polled.length === 0 || JSON.stringify(polled[polled.length - 1]) !== JSON.stringify(p))) polled.push(p);
    };
    const result = await api.applyFix(plan);
    fake.onCall = null;
    expect(result.changed.length).toBe(plan.length);
    const fractions = polled.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(new Set(fractions).size).toBeGreaterThanOrEqual(4);
    expect(polled.some((p) => p.phase === 'read' && p.rows === 2001)).toBe(true);
    expect(polled.some((p) => p.phase === 'work' && p.rows === 2001)).toBe(true);
    expect(polled.some((p) => p.phase === 'write' && p.rows >= 1999 && p.done === p.rows)).toBe(true);
  });

  it('Cancel after the first block is written: the server stops at its next call and puts every cell and format back', async () => {
    const fake = spreadsheet(2000);
    const { api, commandIds, server } = sidebarOverServer(fake);
    await api.check();
    const plan = await api.previewFix();
    const before = everything(fake);
    let writes = 0;
    let afterCancel: string[] = [];
    fake.onCall = (method) => {
      if (writes > 0) afterCancel.push(method);
      if (method === 'setValues' && ++writes === 1) server('dossierCancel', commandIds[commandIds.length - 1]);
    };
    const outcome = await api.applyFix(plan).then(() => 'done', (e: unknown) => (isCancelled(e) ? 'cancelled' : e));
    fake.onCall = null;
    expect(outcome).toBe('cancelled');
    expect(differing(everything(fake), before)).toEqual([]);
    // The second block was never written forward: the one write after the cancel is the putting back of the first
    // (only the cells it changed, as Undo does; the sheet is never cleared and rewritten).
    expect(afterCancel.filter((m) => m === 'setValues')).toHaveLength(1);
    expect(afterCancel).not.toContain('clearContents');
    // Nothing left over: the same fix then applies in full.
    afterCancel = [];
    expect((await api.applyFix(plan)).changed.length).toBe(plan.length);
  });

  it('Cancel before any write stops the command with nothing changed', async () => {
    const fake = spreadsheet(300);
    const { api, commandIds, server } = sidebarOverServer(fake);
    const before = everything(fake);
    let asked = false;
    fake.onCall = () => {
      if (!asked) server('dossierCancel', commandIds[commandIds.length - 1]);
      asked = true;
    };
    const outcome = await api.check().then(() => 'done', (e: unknown) => (isCancelled(e) ? 'cancelled' : e));
    fake.onCall = null;
    expect(outcome).toBe('cancelled');
    expect(differing(everything(fake), before)).toEqual([]);
  });

  it('progress and the cancel flag cost the same service and cache calls on 1,000 rows as on 3,000', async () => {
    const callsFor = async (rows: number) => {
      const fake = spreadsheet(rows);
      const { api } = sidebarOverServer(fake);
      await api.check();
      const plan = await api.previewFix();
      const before = { ...fake.calls };
      await api.applyFix(plan);
      const growth = new Set(['insertRowsAfter', 'insertColumnsAfter']);
      return Object.fromEntries(Object.entries(fake.calls).filter(([m]) => !growth.has(m)).map(([m, n]) => [m, n - (before[m] ?? 0)]).filter(([, n]) => n !== 0));
    };
    expect(await callsFor(3000)).toEqual(await callsFor(1000));
  });
});

describe('the sidebar bridge while a command runs', () => {
  /** google.script.run with a server whose command ends only when the test says, and whose progress the test sets. */
  function slowServer() {
    let finish: (value: unknown) => void = () => undefined;
    const state = { progress: null as CommandProgress | null, cancelled: [] as string[], polls: 0 };
    const run = (): ScriptRun => {
      let ok: (v: unknown) => void = () => undefined;
      const runner: ScriptRun = {
        withSuccessHandler: (h) => ((ok = h), runner),
        withFailureHandler: () => runner,
        dossierCommand: () => void (finish = (value) => ok(value)),
        dossierResult: () => ok(null),
        dossierProgress: () => {
          state.polls++;
          setTimeout(() => ok(state.progress), 0);
        },
        dossierCancel: (id) => {
          state.cancelled.push(id);
          // The server stops at its next checkpoint and says so with its marker.
          setTimeout(() => finish({ dossierCancelled: true }), 0);
          setTimeout(() => ok(null), 0);
        },
      };
      return runner;
    };
    return { api: sidebarCommands(run, () => new Promise((r) => setTimeout(r, 5))), state, finish: (value: unknown) => finish(value) };
  }

  it('polls the running command for the bar, one poll at a time, and stops when it ends', async () => {
    const { api, state, finish } = slowServer();
    const heard: number[] = [];
    api.onProgress!((p) => heard.push(p.fraction));
    const pending = api.check();
    for (const fraction of [0.1, 0.3, 0.6]) {
      state.progress = { phase: 'read', rows: 100, done: fraction * 100, fraction };
      await new Promise((r) => setTimeout(r, 30));
    }
    finish({ sheet: 'Customers', rows: 100, findings: [], summary: { errors: 0, warnings: 0 }, columns: {}, labels: {} });
    await expect(pending).resolves.toMatchObject({ rows: 100 });
    expect(heard).toEqual(expect.arrayContaining([0.1, 0.3, 0.6]));
    const polls = state.polls;
    await new Promise((r) => setTimeout(r, 40));
    expect(state.polls).toBe(polls);
  });

  it('a command done before the first poll costs no poll', async () => {
    const { api, state, finish } = slowServer();
    api.onProgress!(() => undefined);
    const pending = api.selectCell('Customers', 2, 3);
    finish(null);
    await pending;
    await new Promise((r) => setTimeout(r, 30));
    expect(state.polls).toBe(0);
  });

  it('Cancel leaves the flag for the running command and resolves once it has ended; the command rejects as cancelled', async () => {
    const { api, state } = slowServer();
    const pending = api.applyFix([]);
    const outcome = pending.then(() => 'done', (e: unknown) => (isCancelled(e) ? 'cancelled' : e));
    await api.cancel!();
    expect(state.cancelled).toHaveLength(1);
    expect(await outcome).toBe('cancelled');
  });
});
