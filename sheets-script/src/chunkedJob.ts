/**
 * Work that would outrun Apps Script's 6-minute execution limit goes in
 * chunks. Limits looked up in Google's quota page (developers.google.com/
 * apps-script/guides/services/quotas): script runtime 6 min per execution;
 * property values 9 KB each, 500 KB in all (the job state is a few hundred
 * bytes); 20 triggers per user per script (one resume trigger at a time);
 * trigger total runtime 90 min/day (consumer) or 6 h/day (Workspace).
 * Each run does chunks each run does chunks
 * until its time budget is spent, saves where it got to (document
 * properties), and schedules a time-driven trigger to resume. The sidebar
 * polls `progress` to show rows done of rows.
 */
export interface JobState {
  readonly job: string;
  readonly next: number;
  readonly total: number;
  readonly startedAt: string;
  readonly data: Record<string, number>;
}

export interface JobStore {
  load(): JobState | null;
  save(state: JobState): void;
  clear(): void;
}

export interface ResumeScheduler {
  /** Schedules the resume handler (ScriptApp.newTrigger(...).timeBased().after(ms)). */
  scheduleResume(afterMs: number): void;
  /** Removes pending resume triggers. */
  cancelResume(): void;
}

export interface ChunkedJob {
  readonly name: string;
  /** Rows (or units) to do. */
  total(): number;
  /** Does units [from, to); returns counts to add to the job's totals. */
  step(from: number, to: number): Record<string, number>;
}

export interface RunResult {
  readonly done: boolean;
  readonly next: number;
  readonly total: number;
  readonly data: Record<string, number>;
}

/** Leaves a minute of margin under the 6-minute limit for saving and the last writes. */
export const DEFAULT_BUDGET_MS = 4.5 * 60_000;

export function runChunkedJob(job: ChunkedJob, options: { store: JobStore; scheduler: ResumeScheduler; now: () => number; chunk: number; budgetMs?: number; startedAt: string }): RunResult {
  const began = options.now();
  const saved = options.store.load();
  let state: JobState = saved && saved.job === job.name ? saved : { job: job.name, next: 0, total: job.total(), startedAt: options.startedAt, data: {} };
  while (state.next < state.total) {
    const to = Math.min(state.total, state.next + options.chunk);
    const counts = job.step(state.next, to);
    const data = { ...state.data };
    for (const [k, v] of Object.entries(counts)) data[k] = (data[k] ?? 0) + v;
    state = { ...state, next: to, data };
    options.store.save(state);
    if (state.next < state.total && options.now() - began > (options.budgetMs ?? DEFAULT_BUDGET_MS)) {
      options.scheduler.scheduleResume(60_000);
      return { done: false, next: state.next, total: state.total, data: state.data };
    }
  }
  options.store.clear();
  options.scheduler.cancelResume();
  return { done: true, next: state.total, total: state.total, data: state.data };
}
