import { runChunkedJob, type JobState } from '../../sheets-script/src/chunkedJob';
import { staleFlagJob } from '../../sheets-script/src/staleFlagJob';
import { defaultTemplate } from '../../shared/core/template/defaultTemplate';
import { FakeAppsScript } from './fakeAppsScript';

describe('chunked jobs', () => {
  it('finish a large job across several executions, resumed by a trigger, with progress saved between them', () => {
    const fake = new FakeAppsScript('UTC');
    const values: Array<Array<string | Date>> = [['Name', 'Updated']];
    for (let i = 0; i < 10_000; i++) values.push([`c${i}`, i % 2 === 0 ? '2020-01-01' : '2026-11-01']);
    fake.addSheet('Customers', values);
    const sheet = fake.services().spreadsheet.getSheetByName('Customers')!;
    let saved: JobState | null = null;
    const store = { load: () => saved, save: (s: JobState) => void (saved = s), clear: () => void (saved = null) };
    const scheduled: number[] = [];
    let cancelled = 0;
    const scheduler = { scheduleResume: (ms: number) => void scheduled.push(ms), cancelResume: () => void cancelled++ };
    // A simulated clock: every chunk "takes" two minutes, so each execution fits two chunks in its budget.
    let clock = 0;
    const job = () => staleFlagJob(sheet, defaultTemplate, { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null }, { readDates: (v) => v, lang: 'en' });
    const execute = () => runChunkedJob({ ...job(), step: (from, to) => ((clock += 120_000), job().step(from, to)) }, { store, scheduler, now: () => clock, chunk: 1000, startedAt: 'x' });
    const results = [];
    for (let i = 0; i < 10; i++) {
      const r = execute();
      results.push(r);
      if (r.done) break;
    }
    expect(results.length).toBeGreaterThan(2);
    expect(results.slice(0, -1).every((r) => !r.done)).toBe(true);
    expect(results[results.length - 1]).toEqual({ done: true, next: 10_000, total: 10_000, data: { stale: 5000, rows: 10_000 } });
    expect(scheduled.length).toBe(results.length - 1);
    expect(saved).toBeNull();
    expect(fake.state('Customers').notes.filter((r) => r[0]?.startsWith('Dossier: ')).length).toBe(5000);
    expect(cancelled).toBe(1);
  });
});
