import { useCallback, useRef, useState } from 'react';

export interface RunnerError {
  readonly message: string;
  readonly detail?: string;
}

/**
 * Runs one command at a time: `busy` while it runs, its error as a
 * sentence (with the detail kept for support). Cancel stops waiting for a
 * read-only command; commands that change the sheet are one atomic step
 * and run to the end, so a sheet is never left half-changed.
 */
export function useRunner() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RunnerError | null>(null);
  const generation = useRef(0);

  const run = useCallback(async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
    const mine = ++generation.current;
    setBusy(true);
    setError(null);
    try {
      const result = await fn();
      return mine === generation.current ? result : undefined;
    } catch (e) {
      if (mine === generation.current) {
        const err = e as { message?: string; detail?: string };
        setError({ message: err.message ?? String(e), detail: err.detail });
      }
      return undefined;
    } finally {
      if (mine === generation.current) setBusy(false);
    }
  }, []);

  const cancel = useCallback(() => {
    generation.current++;
    setBusy(false);
  }, []);

  return { busy, error, run, cancel, clearError: () => setError(null) };
}

export type Runner = ReturnType<typeof useRunner>;
