import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommandApi, CommandProgress } from '../commands/commandApi';

export interface RunnerError {
  readonly message: string;
  readonly detail?: string;
}

/**
 * Runs one command at a time: `busy` while it runs, its progress where the
 * host reports one, its error as a sentence (with the detail kept for
 * support). Cancel stops the command where the host can (the preview's
 * worker is stopped and the workbook left as it was); elsewhere it stops
 * waiting for a read-only command, since commands that change the sheet are
 * one atomic step and run to the end, so a sheet is never left half-changed.
 */
export function useRunner(host: Pick<CommandApi, 'cancel' | 'onProgress'> = {}) {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<CommandProgress | null>(null);
  const [error, setError] = useState<RunnerError | null>(null);
  const generation = useRef(0);
  const { cancel: hostCancel, onProgress } = host;

  useEffect(() => onProgress?.((p) => setProgress(p)), [onProgress]);

  const run = useCallback(async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
    const mine = ++generation.current;
    setBusy(true);
    setProgress(null);
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
    setProgress(null);
    void hostCancel?.();
  }, [hostCancel]);

  return { busy, progress, error, run, cancel, canCancel: true, clearError: () => setError(null) };
}

export type Runner = ReturnType<typeof useRunner>;
