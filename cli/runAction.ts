import { isDossierError } from '../shared/core/errors';
import type { Lang } from '../shared/core/i18n/lang';
import { cliLang } from './cliLang';
import { visibleControls } from './visibleControls';

/**
 * Runs a command's action and turns its outcome into the exit code of
 * cli.md: the action's own code (0 or 1), or 2 with one line on stderr for
 * bad usage and unreadable input. No stack trace ever reaches a user; the
 * technical detail is printed only with DOSSIER_DEBUG=1. Messages follow
 * `--lang` (passed as `langFlag`), else the terminal's locale.
 */
export async function runAction(action: () => Promise<number>, langFlag?: string): Promise<void> {
  const lang: Lang = cliLang(langFlag);
  try {
    process.exitCode = await action();
  } catch (error) {
    process.exitCode = 2;
    process.stderr.write(`dossier: ${oneLine(messageOf(error, lang))}\n`);
    if (process.env.DOSSIER_DEBUG === '1') process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  }
}

function messageOf(error: unknown, lang: Lang): string {
  if (isDossierError(error)) return error.messageIn(lang);
  const detail = error instanceof Error ? error.message : String(error);
  return lang === 'zh' ? `意外错误：${detail}` : `unexpected error: ${detail}`;
}

function oneLine(text: string): string {
  // Messages quote names and values from files: their control characters are shown, not obeyed.
  return visibleControls(text.replace(/\s*\n\s*/g, ' ').trim());
}
