import { Body1, Button, Caption1, Checkbox, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { StaleEntry, StaleResult } from '../../commands/commandApi';
import { ViewHeader } from '../components/ViewHeader';
import { useStrings } from '../i18n/useStrings';
import { localStalePages } from '../../commands/pages/stalePages';
import { usePagedItems } from '../lists/usePagedItems';
import { useSegmentWindow } from '../lists/useSegmentWindow';
import type { ViewProps } from './viewProps';
import type { StaleLine } from '../../commands/pages/staleLines';

/** Heights of the stale list's lines, by kind (fixed, so runs of lines place themselves). */
const STALE_HEIGHTS: Record<StaleLine['kind'], number> = { owner: 36, section: 24, entry: 48 };

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, paddingBlock: tokens.spacingVerticalS, position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  list: { height: 'max(240px, calc(100vh - 240px))', overflowY: 'auto', position: 'relative', contain: 'strict' },
  line: { position: 'absolute', left: 0, right: 0, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  name: { justifyContent: 'flex-start', textAlign: 'start', minWidth: 0, maxWidth: '100%', paddingInline: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', display: 'block' },
  detail: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
});

/**
 * Grouped by owner: stale customers (longest untouched first), follow-ups
 * due, birthdays; one virtualized list however many rows, with the actions
 * kept above it in view. Select rows and mark them contacted today, or jump to a row.
 * Only the lines in view are fetched (from the worker in the preview).
 */
export function StaleView({ api, runner, go, notify, onChanged }: ViewProps & { onChanged: () => void }) {
  const { t, date, number } = useStrings();
  const styles = useStyles();
  const [result, setResult] = useState<StaleResult | null>(null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const load = () => void runner.run(() => api.stale()).then((r) => r && setResult(r));
  useEffect(load, [api]);
  const pages = useMemo(() => (result ? (result.pages ?? localStalePages(result)) : null), [result]);
  const segments = useMemo(() => (pages?.runs ?? []).map((r) => ({ count: r.count, height: STALE_HEIGHTS[r.kind] })), [pages]);
  const parent = useRef<HTMLDivElement>(null);
  const { lines: shown, total } = useSegmentWindow(parent, segments);
  const listId = useMemo(() => `${Math.random()}`, [pages]);
  const lineAt = usePagedItems<StaleLine>(listId, (from, count) => pages!.window(from, count), shown.map((l) => l.index));
  const entries = pages?.entries ?? 0;
  const selectAll = async () => {
    if (pages) setSelected(new Set(await pages.entryRows()));
  };

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
  const detail = (line: Extract<StaleLine, { kind: 'entry' }>): string => {
    const e: StaleEntry = line.entry;
    if (line.section === 'followUps') return t('dueOn', { date: date(e.nextFollowUp ?? '') });
    if (line.section === 'birthdays') return t('birthdayOn', { date: date(e.birthday ?? '') });
    return e.lastTouched ? t('lastTouched', { date: date(e.lastTouched), days: e.daysSince ?? '' }) : t('neverTouched');
  };
  const empty = pages && segments.length === 0;
  return (
    <div>
      <ViewHeader title={t('staleTitle')} onBack={() => go('home')} />
      {empty && <Body1>{t('nothingStale')}</Body1>}
      {result && pages && !empty && (
        <>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={selected.size === 0 || runner.busy} onClick={() => void contacted()}>{t('markContacted', { count: selected.size })}</Button>
            <Button size="small" disabled={selected.size === entries} onClick={() => void selectAll()}>{t('selectAll', { count: entries })}</Button>
            {selected.size > 0 && <Button size="small" appearance="subtle" onClick={() => setSelected(new Set())}>{t('selectNone')}</Button>}
          </div>
          <div ref={parent} className={styles.list} role="list" aria-label={t('staleTitle')}>
            <div style={{ height: total }}>
              {shown.map((item) => {
                const line = lineAt(item.index);
                if (!line) return <div key={item.index} role="listitem" className={styles.line} style={{ top: item.top, height: item.height }} />;
                return (
                  <div key={item.index} role="listitem" className={styles.line} style={{ top: item.top, height: item.height }}>
                    {line.kind === 'owner' && <Subtitle2 as="h3">{line.owner || t('noOwner')}</Subtitle2>}
                    {line.kind === 'section' && <Caption1><Text weight="semibold">{t(line.section === 'stale' ? 'staleSection' : line.section === 'followUps' ? 'followSection' : 'birthdaySection', { count: line.count })}</Text></Caption1>}
                    {line.kind === 'entry' && (
                      <>
                        <Checkbox aria-label={`${line.entry.name || t('rowN', { row: line.entry.row })} · ${t('rowN', { row: line.entry.row })}`} checked={selected.has(line.entry.row)} onChange={(_, d) => toggle(line.entry.row, Boolean(d.checked))} />
                        <div className={styles.text}>
                          <Button appearance="transparent" size="small" className={styles.name} title={t('goToRow', { row: line.entry.row })} onClick={() => result && void api.selectCell(result.sheet, line.entry.row, 1)}>
                            {line.entry.name || t('rowN', { row: line.entry.row })}
                          </Button>
                          <Caption1 className={styles.detail}>{detail(line)}</Caption1>
                        </div>
                      </>
                    )}
                  </div>
                );
              })}
            </div>
          </div>
          <Caption1 block>{t('staleTotal', { count: number(entries) })}</Caption1>
        </>
      )}
    </div>
  );
}
