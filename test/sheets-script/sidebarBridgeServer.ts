import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { sidebarCommands, type ScriptRun } from '../../sheets-script/src/sidebarBridge';
import { buildSheetsProject } from './buildSheetsProject';
import type { FakeAppsScript } from './fakeAppsScript';

let code: string | null = null;

/**
 * The sidebar's real bridge (sidebarCommands) over the built Code.js in a vm
 * sandbox of the fake's globals: each google.script.run call is a separate
 * server execution, run on a later turn of the event loop as Apps Script
 * answers asynchronously, its arguments and value passed as JSON.
 */
export function sidebarOverServer(fake: FakeAppsScript, locale = 'en_US') {
  code ??= readFileSync(join(buildSheetsProject(), 'Code.js'), 'utf8');
  const context = vm.createContext(fake.globals({ locale }));
  vm.runInContext(code, context, { filename: 'Code.js' });
  const executions: string[] = [];
  /** The request ids of dossierCommand calls, in order. */
  const commandIds: string[] = [];
  const run = (): ScriptRun => {
    let ok: (v: unknown) => void = () => undefined;
    let fail: (e: Error) => void = () => undefined;
    const runner = new Proxy({} as Record<string, unknown>, {
      get: (_, name: string) => {
        if (name === 'withSuccessHandler') return (h: (v: unknown) => void) => ((ok = h), runner);
        if (name === 'withFailureHandler') return (h: (e: Error) => void) => ((fail = h), runner);
        return (...args: unknown[]) => {
          setTimeout(() => {
            executions.push(name);
            if (name === 'dossierCommand') commandIds.push(String(args[0]));
            void (async () => {
              try {
                const value = await (vm.runInContext(name, context) as (...a: unknown[]) => unknown)(...(JSON.parse(JSON.stringify(args)) as unknown[]));
                ok(JSON.parse(JSON.stringify(value ?? null)));
              } catch (error) {
                fail(new Error(error instanceof Error ? error.message : String(error)));
              }
            })();
          }, 0);
        };
      },
    });
    return runner as unknown as ScriptRun;
  };
  /** Runs a server function now, as another execution would (e.g. from the fake's onCall, in the middle of a command). */
  const server = (fn: string, ...args: unknown[]): unknown => (vm.runInContext(fn, context) as (...a: unknown[]) => unknown)(...args);
  return { api: sidebarCommands(run, (ms) => new Promise((r) => setTimeout(r, ms))), executions, commandIds, server, context };
}
