import type { CDPSession, Page } from 'playwright-core';

/**
 * The browser's own long-task reporting (PerformanceObserver 'longtask':
 * every main-thread task over 50 ms), installed before the page's scripts run.
 * https://developer.mozilla.org/en-US/docs/Web/API/PerformanceLongTaskTiming
 */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The longest main-thread task while an action ran: wall time (long-task reporting) and the thread's own CPU time in its longest task (trace). */
export interface LongestTask {
  readonly wallMs: number;
  readonly cpuMs: number;
}

interface TraceEvent { name: string; ph: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string } }

/**
 * Runs `action` and returns the longest main-thread task seen while it ran
 * (0 when none over 50 ms): its wall time from the page's long-task entries,
 * and, from a Chromium trace of the same span, the most CPU time the page's
 * main thread spent in any one task (`tdur`, the thread time of each
 * top-level task). On a shared machine other processes stretch wall time;
 * thread time is the page's own work.
 */
export async function longestTaskDuring(page: Page, action: () => Promise<void>): Promise<LongestTask> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'toplevel,__metadata', transferMode: 'ReportEvents' });
  let wallMs: number;
  try {
    await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
    await action();
    // Entries are delivered after the task ends: one more frame so the last one is in.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
    wallMs = await page.evaluate(() => Math.round(Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks)));
  } finally {
    // Ended even when the action failed: a trace left running fails every later action's "Tracing.start", hiding the first failure.
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  let cpu = 0;
  for (const e of events) if (e.ph === 'X' && main.has(`${e.pid}:${e.tid}`) && (e.tdur ?? 0) > cpu) cpu = e.tdur!;
  return { wallMs, cpuMs: Math.round(cpu / 1000) };
}

/** Waits until the pane has no command running (`main[aria-busy]` is false). */
export async function paneIdle(page: Page, timeout = 300_000): Promise<void> {
  await page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false', undefined, { timeout, polling: 100 });
}
