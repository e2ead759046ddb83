import { Button, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { CommandProgress } from '../../commands/commandApi';
import { useStrings } from '../i18n/useStrings';

const useStyles = makeStyles({ bar: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS }, field: { flexGrow: 1, minWidth: 0 } });

/**
 * Shown while a command runs: one progress bar (determinate where the host
 * reports progress: the phase and its rows), and Cancel beside it, not inside.
 */
export function BusyBar({ progress, onCancel }: { progress: CommandProgress | null; onCancel: () => void }) {
  const { t, number } = useStrings();
  const styles = useStyles();
  const label = !progress ? t('working') : progress.phase === 'read' ? t('phaseRead') : progress.phase === 'write' ? t('phaseWrite') : progress.done !== undefined && progress.total ? t('phaseWorkRowsOf', { done: number(progress.done), total: number(progress.total) }) : progress.rows > 0 ? t('phaseWorkRows', { rows: number(progress.rows) }) : t('working');
  return (
    <div className={styles.bar}>
      <Field className={styles.field} label={label}>
        {/* Determinate from the start (0 until the host reports): an endless animation costs the page a paint every frame. */}
        <ProgressBar value={progress ? progress.fraction : 0} max={1} aria-label={label} aria-valuetext={`${Math.round((progress?.fraction ?? 0) * 100)}%`} />
      </Field>
      <Button size="small" onClick={onCancel}>{t('cancel')}</Button>
    </div>
  );
}
