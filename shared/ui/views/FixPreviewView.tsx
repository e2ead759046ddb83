import { Body1, Button, Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FixChange } from '../../core/operations/fix';
import { ViewHeader } from '../components/ViewHeader';
import { useStrings } from '../i18n/useStrings';
import { listedCount, localFixPlanPages, type FixPlanPages } from '../../commands/pages/fixPlanPages';
import { usePagedItems } from '../lists/usePagedItems';
import { useSegmentWindow } from '../lists/useSegmentWindow';
import type { ViewProps } from './viewProps';

const LINE_HEIGHT = 22;

const useStyles = makeStyles({
  toggles: { display: 'flex', flexDirection: 'column', gap: 0 },
  list: { height: 'max(200px, calc(100vh - 330px))', overflowY: 'auto', position: 'relative', contain: 'strict', margin: `${tokens.spacingVerticalS} 0`, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  item: { position: 'absolute', left: 0, right: 0, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  apply: { position: 'sticky', bottom: 0 },
});

type Plan = FixPlanPages & { chosen?: (off: readonly string[]) => readonly FixChange[] };

/**
 * Every change as `row · field: old → new` (all of them, in one virtualized
 * list, fetched as shown), a toggle per field with its count; Apply changes
 * exactly the listed changes and the button says how many.
 */
export function FixPreviewView({ api, runner, go, notify, labels, onApplied }: ViewProps & { labels: Record<string, string>; onApplied: () => void }) {
  const { t } = useStrings();
  const styles = useStyles();
  const [plan, setPlan] = useState<Plan | null>(null);
  const [off, setOff] = useState<Set<string>>(new Set());
  useEffect(() => {
    // Where the host keeps the plan (the preview's worker), only its counts come here; otherwise the whole plan.
    const load = api.previewFixPages ? () => api.previewFixPages!() : async () => localFixPlanPages(await api.previewFix());
    void runner.run(load).then((p) => p && setPlan(p));
  }, [api, runner.run]);
  const offList = useMemo(() => [...off].sort(), [off]);
  const listed = plan ? listedCount(plan, off) : 0;
  const segments = useMemo(() => [{ count: listed, height: LINE_HEIGHT }], [listed]);
  const parent = useRef<HTMLDivElement>(null);
  const { lines, total } = useSegmentWindow(parent, segments);
  const planId = useMemo(() => `${Math.random()}`, [plan]);
  const changeAt = usePagedItems(`${planId}:${offList.join('\u0001')}`, (from, count) => plan!.window(offList, from, count), lines.map((l) => l.index));
  const apply = async () => {
    if (!plan) return;
    const result = await runner.run(() => (plan.chosen ? api.applyFix([...plan.chosen(offList)]) : api.applyFixExcept!(offList)));
    if (!result) return;
    notify({ message: t('changedN', { count: result.changed.length }), undoable: result.snapshotId !== null });
    onApplied();
    go('home');
  };
  return (
    <div>
      <ViewHeader title={t('fixTitle')} onBack={() => go('home')} />
      {plan && plan.total === 0 && <Body1>{t('fixNothing')}</Body1>}
      {plan && plan.total > 0 && (
        <>
          <div className={styles.toggles} role="group" aria-label={t('fixFields')}>
            {plan.fields.map(({ field, count }) => (
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
          <Caption1 block>{t('fixListed', { count: listed, total: plan.total })}</Caption1>
          <div ref={parent} className={styles.list} role="list" aria-label={t('fixTitle')}>
            <div style={{ height: total, position: 'relative' }}>
              {lines.map((line) => {
                const c = changeAt(line.index);
                return (
                  <div key={line.index} role="listitem" className={styles.item} style={{ top: line.top, height: line.height }}>
                    {c && <Caption1 title={`${c.from || '∅'} → ${c.to}`}>{`${t('rowN', { row: c.row })} · ${labels[c.field] ?? c.field}: ${c.from || '∅'} → ${c.to}`}</Caption1>}
                  </div>
                );
              })}
            </div>
          </div>
          <Button className={styles.apply} appearance="primary" disabled={listed === 0 || runner.busy} onClick={() => void apply()}>{t('applyN', { count: listed })}</Button>
        </>
      )}
    </div>
  );
}
