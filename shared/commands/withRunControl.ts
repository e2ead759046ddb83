import type { CommandApi } from './commandApi';
import type { RunControl } from './runControl';

/**
 * A command API whose every command runs under `control`: its progress
 * reaches `onProgress`, and `cancel` asks it to stop and resolves once no
 * command runs any more (stopped with the workbook as it was, or, past the
 * point of return, finished).
 */
export function withRunControl<Api extends CommandApi>(api: Api, control: RunControl): Api {
  const wrapped = {} as Record<string, unknown>;
  for (const [name, method] of Object.entries(api) as Array<[string, unknown]>) {
    if (typeof method !== 'function') {
      wrapped[name] = method;
      continue;
    }
    wrapped[name] = async (...args: unknown[]) => {
      control.begin();
      try {
        return await (method as (...a: unknown[]) => Promise<unknown>)(...args);
      } finally {
        control.end();
      }
    };
  }
  wrapped.onProgress = (listener: Parameters<NonNullable<CommandApi['onProgress']>>[0]) => control.onProgress(listener);
  wrapped.cancel = async () => {
    control.requestCancel();
    await control.idle();
  };
  return wrapped as Api;
}
