import { act, renderHook } from '@testing-library/react';
import type { CommandProgress } from '../../../shared/commands/commandApi';
import { useRunner } from '../../../shared/ui/useRunner';

/** A host that reports progress as Excel's port does: many times within one task. */
function burstingHost() {
  const listeners = new Set<(p: CommandProgress) => void>();
  return {
    onProgress: (listener: (p: CommandProgress) => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    report: (p: CommandProgress) => listeners.forEach((l) => l(p)),
  };
}

describe('useRunner', () => {
  it('shows the latest of a burst of progress reports, rendering once for the burst', async () => {
    const host = burstingHost();
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useRunner(host);
    });
    let finish!: () => void;
    act(() => void result.current.run(() => new Promise<void>((resolve) => (finish = resolve))));
    const before = renders;
    await act(async () => {
      for (let done = 1; done <= 500; done++) host.report({ phase: 'read', rows: 500, done, fraction: done / 1000 });
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    expect(result.current.progress).toEqual({ phase: 'read', rows: 500, done: 500, fraction: 0.5 });
    expect(renders - before).toBeLessThanOrEqual(2);
    await act(async () => finish());
    expect(result.current.busy).toBe(false);
  });

  it('drops a report that arrives after its command ended', async () => {
    const host = burstingHost();
    const { result } = renderHook(() => useRunner(host));
    await act(async () => {
      await result.current.run(async () => host.report({ phase: 'work', rows: 10, done: 10, fraction: 0.9 }));
      await result.current.run(async () => undefined);
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    expect(result.current.progress).toBeNull();
  });
});
