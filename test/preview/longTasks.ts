import type { Page } from 'playwright-core';

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

/** Runs `action` and returns the longest main-thread task (ms, 0 when none over 50 ms) seen while it ran. */
export async function longestTaskDuring(page: Page, action: () => Promise<void>): Promise<number> {
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
  await action();
  // Entries are delivered after the task ends: one more frame so the last one is in.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  return page.evaluate(() => Math.round(Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks)));
}

/** Waits until the pane has no command running (`main[aria-busy]` is false). */
export async function paneIdle(page: Page, timeout = 300_000): Promise<void> {
  await page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false', undefined, { timeout, polling: 100 });
}
