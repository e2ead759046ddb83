import { Button, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { CommandProgress } from '../../commands/commandApi';
import { useStrings } from '../i18n/useStrings';

const useStyles = makeStyles({ bar: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS }, field: { flexGrow: 1, minWidth: 0 } });

/**
 * Shown while a command runs: one progress bar (determinate where the host
 * reports progress: the phase and its rows done of rows), and Cancel beside
 * it, not inside. Once asked, Cancel waits for the host to put things back;
 * past the point of return it is offered no more, and the bar says why.
 */
export function BusyBar({ progress, onCancel, cancelling = false }: { progress: CommandProgress | null; onCancel: () => void; cancelling?: boolean }) {
  const { t, number } = useStrings();
  const styles = useStyles();
  const rows = progress && progress.rows > 0 && progress.done !== undefined ? { done: number(progress.done), rows: number(progress.rows) } : null;
  const label = cancelling
    ? t('cancelling')
    : !progress
      ? t('working')
      : progress.phase === 'read'
        ? rows ? t('phaseReadRows', rows) : t('phaseRead')
        : progress.phase === 'write'
          ? rows ? t('phaseWriteRows', rows) : t('phaseWrite')
          : rows ? t('phaseWorkRowsOf', rows) : progress.rows > 0 ? t('phaseWorkRows', { rows: number(progress.rows) }) : t('working');
  const committed = Boolean(progress?.committed) && !cancelling;
  return (
    <div className={styles.bar}>
      <Field className={styles.field} label={label} hint={committed ? t('pastCancel') : undefined}>
        {/* Determinate from the start (0 until the host reports): an endless animation costs the page a paint every frame. */}
        <ProgressBar value={progress ? progress.fraction : 0} max={1} aria-label={label} aria-valuetext={`${Math.round((progress?.fraction ?? 0) * 100)}%`} />
      </Field>
      <Button size="small" onClick={onCancel} disabled={cancelling || committed}>{t('cancel')}</Button>
    </div>
  );
}
