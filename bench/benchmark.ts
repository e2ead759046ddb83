/** What one benchmark reports; `npm run bench` prints one line per result. */
export interface BenchResult {
  readonly name: string;
  readonly rows: number;
  readonly seconds: number;
  /** Extra figures (accuracy, pairs compared, round trips…), printed after the speed. */
  readonly figures?: Readonly<Record<string, string | number>>;
}

/** One benchmark; its name is its key in run.ts's table. */
export interface Benchmark {
  run(): Promise<BenchResult[]>;
}

/** Seconds a function takes, with its result. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}
