import { Body1, Button, Caption1, Card, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DuplicateClusterView, DuplicatesResult, MergeDecision } from '../../commands/commandApi';
import { ViewHeader } from '../components/ViewHeader';
import { useStrings } from '../i18n/useStrings';
import { clusterKey } from './clusterKey';
import type { ViewProps } from './viewProps';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginBlock: tokens.spacingVerticalS },
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalS },
  field: { display: 'flex', flexDirection: 'column', minWidth: 0, paddingBlock: tokens.spacingVerticalXXS },
  // A conflict is marked by a border and a word, not by colour alone: forced colours keep both.
  conflict: { borderInlineStartWidth: '3px', borderInlineStartStyle: 'solid', borderInlineStartColor: tokens.colorPaletteDarkOrangeBorder2, paddingInlineStart: tokens.spacingHorizontalS, '@media (forced-colors: active)': { borderInlineStartColor: 'Highlight' } },
  same: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  value: { overflowWrap: 'anywhere' },
  label: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'baseline', flexWrap: 'wrap' },
  possible: { color: tokens.colorPaletteMarigoldForeground2, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

/** The string key of each agreement level, for the row of evidence. */
const AGREEMENT_KEY = { agree: 'agreeAgree', near: 'agreeNear', partial: 'agreePartial', disagree: 'agreeDisagree', missing: 'agreeMissing' } as const;

/** Evidence read from several fields (given name + surname) is named by its role. */
const ROLE_KEY = { name: 'roleName', address: 'roleAddress', birthday: 'roleBirthday', company: 'roleCompany' } as const;

interface Tally { merged: number; rejected: number; skipped: number }

/**
 * One cluster at a time, as a card field by field (fits a 320 px pane):
 * equal values muted, differing ones marked with the candidates stacked and a
 * choice of the surviving value. Merge, Not duplicates (remembered, with
 * Undo), Skip; keys M, N, S and the arrows wherever focus is in the view.
 */
export function DuplicatesView({ api, runner, go, notify, onChanged }: ViewProps & { onChanged: () => void }) {
  const { t } = useStrings();
  const styles = useStyles();
  const root = useRef<HTMLDivElement>(null);
  const [result, setResult] = useState<DuplicatesResult | null>(null);
  const [index, setIndex] = useState(0);
  const [choices, setChoices] = useState<Record<string, number>>({});
  const [tally, setTally] = useState<Tally>({ merged: 0, rejected: 0, skipped: 0 });
  // Clusters decided or skipped in this visit, by identity: a fresh search after a merge must not bring them back.
  const [handled, setHandled] = useState<Set<string>>(new Set());

  const load = useCallback(async () => {
    const r = await runner.run(() => api.findDuplicates());
    if (r) setResult(r);
    return r;
  }, [api, runner.run]);
  useEffect(() => void load(), [load]);

  // Keys only when something was handled (thousands of clusters on a large file): the queue is the rest, in order.
  const queue: DuplicateClusterView[] = useMemo(() => (!result ? [] : handled.size === 0 ? result.clusters : result.clusters.filter((c) => !handled.has(clusterKey(c)))), [result, handled]);
  const at = Math.min(index, Math.max(0, queue.length - 1));
  const current = queue[at];
  const settle = (cluster: DuplicateClusterView, what: keyof Tally) => {
    setTally((x) => ({ ...x, [what]: x[what] + 1 }));
    setHandled((h) => new Set(h).add(clusterKey(cluster)));
    setChoices({});
  };
  const merge = async () => {
    if (!current) return;
    const decision: MergeDecision = { rows: current.rows, choices };
    const r = await runner.run(() => api.merge([decision]));
    if (!r) return;
    settle(current, 'merged');
    notify({ message: t('mergedN', { count: current.rows.length }), undoable: r.snapshotId !== null });
    onChanged();
    // Row numbers shift after a merge: search again for what is left.
    await load();
  };
  const reject = async () => {
    if (!current) return;
    const cluster = current;
    const ok = await runner.run(async () => {
      await api.markNotDuplicates(cluster.rows);
      return true;
    });
    if (!ok) return;
    settle(cluster, 'rejected');
    onChanged();
    const forget = api.forgetNotDuplicates;
    notify({
      message: t('dupNotDone'),
      undoable: Boolean(forget),
      undo: forget && (async () => {
        const undone = await runner.run(async () => {
          await forget();
          return true;
        });
        if (!undone) return;
        setHandled((h) => {
          const next = new Set(h);
          next.delete(clusterKey(cluster));
          return next;
        });
        setTally((x) => ({ ...x, rejected: x.rejected - 1 }));
        notify({ message: t('dupNotUndone') });
        onChanged();
      }),
    });
  };
  const skip = () => current && settle(current, 'skipped');

  const onKey = (e: KeyboardEvent | React.KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    const typing = target && (target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable || (target.tagName === 'INPUT' && !['radio', 'checkbox', 'button'].includes((target as HTMLInputElement).type)));
    if (!current || runner.busy || typing || e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.toLowerCase();
    const onRadio = target?.tagName === 'INPUT' && (target as HTMLInputElement).type === 'radio';
    if (key === 'm') void merge();
    else if (key === 'n') void reject();
    else if (key === 's') skip();
    else if (e.key === 'ArrowRight' && !onRadio) setIndex(Math.min(at + 1, queue.length - 1));
    else if (e.key === 'ArrowLeft' && !onRadio) setIndex(Math.max(at - 1, 0));
    else return;
    e.preventDefault();
  };
  // Keys also work when nothing in particular has focus (the page itself), as after a click on plain text.
  useEffect(() => {
    const onWindowKey = (e: KeyboardEvent) => {
      const target = e.target;
      if (!(target instanceof Element) || target === document.body || target === document.documentElement) onKey(e);
    };
    window.addEventListener('keydown', onWindowKey);
    return () => window.removeEventListener('keydown', onWindowKey);
  });

  const header = <ViewHeader title={t('dupTitle')} onBack={() => go('home')} />;
  if (!result) return header;
  if (!current) {
    const decided = tally.merged + tally.rejected + tally.skipped;
    return (
      <div>
        {header}
        <Body1>{result.clusters.length === 0 && decided === 0 ? t('dupEmpty') : t('dupDone', { ...tally })}</Body1>
      </div>
    );
  }
  const conflictOf = new Map(current.conflicts.map((c) => [c.field, c]));
  const shown = result.fields.filter((f) => current.members.some((m) => m.values[f.key]));
  return (
    <div ref={root} onKeyDown={onKey}>
      {header}
      <Caption1 block>{`${t('dupProgress', { index: at + 1, total: queue.length })} · ${t('score', { score: current.score.toFixed(2) })}`}</Caption1>
      {current.possible && <Caption1 block className={styles.possible}>{t('possibleDuplicate')}</Caption1>}
      <Caption1 block>{t('reasons', { list: current.reasons.map((r) => result.fields.find((f) => f.key === r)?.label ?? r).join(', ') })}</Caption1>
      {current.evidence && current.evidence.length > 0 && (
        <Caption1 block className={styles.muted}>
          {t('evidence', { list: current.evidence.map((e) => t('evidenceItem', { field: result.fields.find((f) => f.key === e.field)?.label ?? (e.field in ROLE_KEY ? t(ROLE_KEY[e.field as keyof typeof ROLE_KEY]) : e.field), agreement: t(AGREEMENT_KEY[e.agreement]), weight: `${e.weight > 0 ? '+' : ''}${e.weight}` })).join(' · ') })}
        </Caption1>
      )}
      <div className={styles.buttons} role="group" aria-label={t('dupActions')}>
        <Button appearance="primary" onClick={() => void merge()} disabled={runner.busy} aria-keyshortcuts="M">{t('merge')}</Button>
        <Button onClick={() => void reject()} disabled={runner.busy} aria-keyshortcuts="N">{t('notDuplicates')}</Button>
        <Button appearance="subtle" onClick={skip} disabled={runner.busy} aria-keyshortcuts="S">{t('skip')}</Button>
      </div>
      <Card className={styles.fields} aria-label={t('dupProgress', { index: at + 1, total: queue.length })}>
        <Caption1 block>{current.members.map((m) => `${t('rowN', { row: m.row })}${m.row === current.survivor ? ` · ${t('survivor')}` : ''}`).join(' / ')}</Caption1>
        {shown.map((field) => {
          const conflict = conflictOf.get(field.key);
          if (!conflict) {
            const value = current.members.map((m) => m.values[field.key]).find(Boolean) ?? '';
            return (
              <div key={field.key} className={styles.field}>
                <Caption1>{field.label}</Caption1>
                <Text className={styles.same}>{value}</Text>
              </div>
            );
          }
          const picked = String(choices[field.key] ?? conflict.values.find((v) => v.value === conflict.chosen)?.row ?? current.survivor);
          return (
            <div key={field.key} className={`${styles.field} ${styles.conflict}`}>
              <div className={styles.label}>
                <Caption1><Text weight="semibold">{field.label}</Text></Caption1>
                <Caption1>{`≠ ${t('differs')}`}</Caption1>
              </div>
              <RadioGroup value={picked} onChange={(_, d) => setChoices((c) => ({ ...c, [field.key]: Number(d.value) }))} aria-label={`${t('keep')} ${field.label}`}>
                {current.members.filter((m) => m.values[field.key]).map((m) => (
                  <Radio key={m.row} value={String(m.row)} label={<span className={styles.value}>{`${m.values[field.key]} (${t('candidateRow', { row: m.row })})`}</span>} />
                ))}
              </RadioGroup>
            </div>
          );
        })}
      </Card>
      <Caption1 block>{t('keysHint')}</Caption1>
    </div>
  );
}
