import { useCallback, useEffect, useRef, useState } from 'react';
import { isCancelled } from '../commands/cancelledError';
import type { CommandApi, CommandProgress } from '../commands/commandApi';

export interface RunnerError {
  readonly message: string;
  readonly detail?: string;
}

/**
 * Runs one command at a time: `busy` while it runs, its progress where the
 * host reports one, its error as a sentence (with the detail kept for
 * support). Cancel asks the host to stop (the preview's worker, the Excel
 * pane between requests, the Sheets server between calls): the pane stays
 * busy, saying so, until the host has left the workbook as it was, and a
 * command that was past the point of return ends with its own result, as
 * it truly did. A host that cannot stop anything is simply no longer
 * waited for.
 */
export function useRunner(host: Pick<CommandApi, 'cancel' | 'onProgress'> = {}) {
  const [busy, setBusy] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [progress, setProgress] = useState<CommandProgress | null>(null);
  const [error, setError] = useState<RunnerError | null>(null);
  const generation = useRef(0);
  const { cancel: hostCancel, onProgress } = host;

  // A host may report progress many times in one task (Excel, a step per request and row block): the bar takes the
  // latest once per task, so a burst of reports is one render, not one each (a burst inside React's commit overflowed it).
  const latest = useRef<{ progress: CommandProgress; generation: number } | null>(null);
  useEffect(
    () =>
      onProgress?.((p) => {
        const first = latest.current === null;
        latest.current = { progress: p, generation: generation.current };
        if (!first) return;
        setTimeout(() => {
          const last = latest.current;
          latest.current = null;
          if (last && last.generation === generation.current) setProgress(last.progress);
        }, 0);
      }),
    [onProgress],
  );

  const run = useCallback(async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
    const mine = ++generation.current;
    setBusy(true);
    setCancelling(false);
    setProgress(null);
    setError(null);
    try {
      const result = await fn();
      return mine === generation.current ? result : undefined;
    } catch (e) {
      // Stopped by Cancel: nothing happened, and nothing is said as if something had gone wrong.
      if (mine === generation.current && !isCancelled(e)) {
        const err = e as { message?: string; detail?: string };
        setError({ message: err.message ?? String(e), detail: err.detail });
      }
      return undefined;
    } finally {
      if (mine === generation.current) {
        setBusy(false);
        setCancelling(false);
      }
    }
  }, []);

  const cancel = useCallback(() => {
    if (hostCancel) {
      setCancelling(true);
      void hostCancel();
      return;
    }
    generation.current++;
    setBusy(false);
    setProgress(null);
  }, [hostCancel]);

  return { busy, cancelling, progress, error, run, cancel, canCancel: true, clearError: () => setError(null) };
}

export type Runner = ReturnType<typeof useRunner>;
