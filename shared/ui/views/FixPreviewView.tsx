import { Body1, Button, Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FixChange } from '../../core/operations/fix';
import { ViewHeader } from '../components/ViewHeader';
import { useStrings } from '../i18n/useStrings';
import type { ViewProps } from './viewProps';

const useStyles = makeStyles({
  toggles: { display: 'flex', flexDirection: 'column', gap: 0 },
  list: { height: 'max(200px, calc(100vh - 330px))', overflowY: 'auto', position: 'relative', margin: `${tokens.spacingVerticalS} 0`, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  item: { position: 'absolute', left: 0, right: 0, paddingBlock: '2px', overflowWrap: 'anywhere' },
  apply: { position: 'sticky', bottom: 0 },
});

/**
 * Every change as `row · field: old → new` (all of them, in one virtualized
 * list), a toggle per field with its count; Apply changes exactly the listed
 * changes and the button says how many.
 */
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
  const chosen = useMemo(() => (changes ?? []).filter((c) => !off.has(c.field)), [changes, off]);
  const parent = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: chosen.length, getScrollElement: () => parent.current, estimateSize: () => 22, overscan: 12 });
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
          <div className={styles.toggles} role="group" aria-label={t('fixFields')}>
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
          <Caption1 block>{t('fixListed', { count: chosen.length, total: changes.length })}</Caption1>
          <div ref={parent} className={styles.list} role="list" aria-label={t('fixTitle')}>
            <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
              {virtual.getVirtualItems().map((item) => {
                const c = chosen[item.index]!;
                return (
                  <div key={`${c.row}:${c.field}`} role="listitem" className={styles.item} data-index={item.index} ref={virtual.measureElement} style={{ transform: `translateY(${item.start}px)` }}>
                    <Caption1>{`${t('rowN', { row: c.row })} · ${labels[c.field] ?? c.field}: ${c.from || '∅'} → ${c.to}`}</Caption1>
                  </div>
                );
              })}
            </div>
          </div>
          <Button className={styles.apply} appearance="primary" disabled={chosen.length === 0 || runner.busy} onClick={() => void apply()}>{t('applyN', { count: chosen.length })}</Button>
        </>
      )}
    </div>
  );
}
