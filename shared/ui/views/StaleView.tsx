import { Body1, Button, Caption1, Checkbox, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { StaleEntry, StaleResult } from '../../commands/commandApi';
import { ViewHeader } from '../components/ViewHeader';
import { useStrings } from '../i18n/useStrings';
import type { ViewProps } from './viewProps';

const useStyles = makeStyles({
  owner: { marginTop: tokens.spacingVerticalM },
  entry: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

/** Grouped by owner: stale customers, follow-ups due, birthdays; select rows and mark them contacted today. */
export function StaleView({ api, runner, go, notify, onChanged }: ViewProps & { onChanged: () => void }) {
  const { t } = useStrings();
  const styles = useStyles();
  const [result, setResult] = useState<StaleResult | null>(null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const load = () => void runner.run(() => api.stale()).then((r) => r && setResult(r));
  useEffect(load, [api]);

  const toggle = (row: number, on: boolean) => setSelected((s) => {
    const next = new Set(s);
    if (on) next.add(row);
    else next.delete(row);
    return next;
  });
  const contacted = async () => {
    const r = await runner.run(() => api.markContacted([...selected]));
    if (!r) return;
    notify({ message: t('contactedN', { count: r.updated }), undoable: r.snapshotId !== null });
    setSelected(new Set());
    onChanged();
    load();
  };
  const entry = (e: StaleEntry, detail: string) => (
    <div key={`${e.row}-${detail}`} className={styles.entry}>
      <Checkbox aria-label={`${e.name} ${t('rowN', { row: e.row })}`} checked={selected.has(e.row)} onChange={(_, d) => toggle(e.row, Boolean(d.checked))} />
      <Button appearance="transparent" size="small" onClick={() => result && void api.selectCell(result.sheet, e.row, 1)} aria-label={t('goToRow', { row: e.row })}>{e.name || t('rowN', { row: e.row })}</Button>
      <Caption1>{detail}</Caption1>
    </div>
  );
  const empty = result && result.byOwner.every((g) => g.stale.length + g.followUpsDue.length + g.birthdays.length === 0);
  return (
    <div>
      <ViewHeader title={t('staleTitle')} onBack={() => go('home')} />
      {empty && <Body1>{t('nothingStale')}</Body1>}
      {result?.byOwner.map((g) => (
        <section key={g.owner} className={styles.owner}>
          <Subtitle2 as="h3">{g.owner || t('noOwner')}</Subtitle2>
          {g.stale.length > 0 && <Caption1 block>{t('staleSection', { count: g.stale.length })}</Caption1>}
          {g.stale.map((e) => entry(e, e.lastTouched ? t('lastTouched', { date: e.lastTouched, days: e.daysSince ?? '' }) : t('neverTouched')))}
          {g.followUpsDue.length > 0 && <Caption1 block>{t('followSection', { count: g.followUpsDue.length })}</Caption1>}
          {g.followUpsDue.map((e) => entry(e, t('dueOn', { date: e.nextFollowUp ?? '' })))}
          {g.birthdays.length > 0 && <Caption1 block>{t('birthdaySection', { count: g.birthdays.length })}</Caption1>}
          {g.birthdays.map((e) => entry(e, t('birthdayOn', { date: e.birthday ?? '' })))}
        </section>
      ))}
      {selected.size > 0 && <Button appearance="primary" onClick={() => void contacted()}>{t('markContacted', { count: selected.size })}</Button>}
    </div>
  );
}
