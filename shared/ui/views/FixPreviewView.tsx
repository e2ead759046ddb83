import { Body1, Button, Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { FixChange } from '../../core/operations/fix';
import { ViewHeader } from '../components/ViewHeader';
import { useStrings } from '../i18n/useStrings';
import type { ViewProps } from './viewProps';

const useStyles = makeStyles({
  toggles: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { maxHeight: '360px', overflowY: 'auto', margin: `${tokens.spacingVerticalS} 0`, paddingInlineStart: 0, listStyle: 'none' },
});

/** Every change as `row · field: old → new`, with a toggle per field; Apply changes exactly what is listed. */
export function FixPreviewView({ api, runner, go, notify, labels, onApplied }: ViewProps & { labels: Record<string, string>; onApplied: () => void }) {
  const { t } = useStrings();
  const styles = useStyles();
  const [changes, setChanges] = useState<FixChange[] | null>(null);
  const [off, setOff] = useState<Set<string>>(new Set());
  useEffect(() => {
    void runner.run(() => api.previewFix()).then((c) => c && setChanges(c));
  }, [api, runner.run]);
  const fields = useMemo(() => {
    const counts = new Map<string, number>();
    for (const c of changes ?? []) counts.set(c.field, (counts.get(c.field) ?? 0) + 1);
    return [...counts];
  }, [changes]);
  const chosen = (changes ?? []).filter((c) => !off.has(c.field));
  const apply = async () => {
    const result = await runner.run(() => api.applyFix(chosen));
    if (!result) return;
    notify({ message: t('changedN', { count: result.changed.length }), undoable: result.snapshotId !== null });
    onApplied();
    go('home');
  };
  return (
    <div>
      <ViewHeader title={t('fixTitle')} onBack={() => go('home')} />
      {changes && changes.length === 0 && <Body1>{t('fixNothing')}</Body1>}
      {changes && changes.length > 0 && (
        <>
          <div className={styles.toggles}>
            {fields.map(([field, count]) => (
              <Checkbox
                key={field}
                label={t('fieldToggle', { field: labels[field] ?? field, count })}
                checked={!off.has(field)}
                onChange={(_, d) => setOff((prev) => {
                  const next = new Set(prev);
                  if (d.checked) next.delete(field);
                  else next.add(field);
                  return next;
                })}
              />
            ))}
          </div>
          <ul className={styles.list} aria-label={t('fixTitle')}>
            {chosen.slice(0, 500).map((c) => (
              <li key={`${c.row}:${c.field}`}><Caption1>{`${t('rowN', { row: c.row })} · ${labels[c.field] ?? c.field}: ${c.from || '∅'} → ${c.to}`}</Caption1></li>
            ))}
          </ul>
          <Button appearance="primary" disabled={chosen.length === 0 || runner.busy} onClick={() => void apply()}>{t('applyN', { count: chosen.length })}</Button>
        </>
      )}
    </div>
  );
}
