import { Body1, Button, Caption1, makeStyles, Radio, RadioGroup, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { DuplicatesResult, MergeDecision } from '../../commands/commandApi';
import { ViewHeader } from '../components/ViewHeader';
import { useStrings } from '../i18n/useStrings';
import type { ViewProps } from './viewProps';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
  possible: { color: tokens.colorPaletteMarigoldForeground2, fontWeight: tokens.fontWeightSemibold },
  conflict: { backgroundColor: tokens.colorPaletteYellowBackground2, fontWeight: tokens.fontWeightSemibold },
  scroll: { overflowX: 'auto' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

/** The string key of each agreement level, for the row of evidence. */
const AGREEMENT_KEY = { agree: 'agreeAgree', near: 'agreeNear', partial: 'agreePartial', disagree: 'agreeDisagree', missing: 'agreeMissing' } as const;

/** Evidence read from several fields (given name + surname) is named by its role. */
const ROLE_KEY = { name: 'roleName', address: 'roleAddress', birthday: 'roleBirthday', company: 'roleCompany' } as const;

interface Tally { merged: number; rejected: number; skipped: number }

/**
 * One cluster at a time, rows side by side: equal values muted, conflicting
 * ones highlighted with a choice of the surviving value. Merge, Not
 * duplicates (remembered), Skip; keys M, N, S and the arrows.
 */
export function DuplicatesView({ api, runner, go, notify, onChanged }: ViewProps & { onChanged: () => void }) {
  const { t } = useStrings();
  const styles = useStyles();
  const [result, setResult] = useState<DuplicatesResult | null>(null);
  const [index, setIndex] = useState(0);
  const [choices, setChoices] = useState<Record<string, number>>({});
  const [tally, setTally] = useState<Tally>({ merged: 0, rejected: 0, skipped: 0 });
  const [queue, setQueue] = useState<number[]>([]);

  useEffect(() => {
    void runner.run(() => api.findDuplicates()).then((r) => {
      if (!r) return;
      setResult(r);
      setQueue(r.clusters.map((_, i) => i));
    });
  }, [api, runner.run]);

  const current = result && queue.length > 0 ? result.clusters[queue[Math.min(index, queue.length - 1)]!] : undefined;
  const done = (what: keyof Tally) => {
    setTally((x) => ({ ...x, [what]: x[what] + 1 }));
    setQueue((q) => q.filter((_, i) => i !== Math.min(index, q.length - 1)));
    setChoices({});
  };
  const merge = useCallback(async () => {
    if (!current) return;
    const decision: MergeDecision = { rows: current.rows, choices };
    const r = await runner.run(() => api.merge([decision]));
    if (!r) return;
    notify({ message: t('mergedN', { count: current.rows.length }), undoable: r.snapshotId !== null });
    onChanged();
    // Row numbers shift after a merge: search again for what is left.
    const fresh = await runner.run(() => api.findDuplicates());
    setTally((x) => ({ ...x, merged: x.merged + 1 }));
    if (fresh) {
      setResult(fresh);
      setQueue(fresh.clusters.map((_, i) => i));
      setIndex(0);
      setChoices({});
    }
  }, [api, choices, current, notify, onChanged, runner, t]);
  const reject = useCallback(async () => {
    if (!current) return;
    await runner.run(() => api.markNotDuplicates(current.rows));
    done('rejected');
  }, [api, current, runner]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!current || runner.busy || (e.target as HTMLElement | null)?.tagName === 'INPUT') return;
      const key = e.key.toLowerCase();
      if (key === 'm') void merge();
      else if (key === 'n') void reject();
      else if (key === 's') done('skipped');
      else if (e.key === 'ArrowRight') setIndex((i) => Math.min(i + 1, queue.length - 1));
      else if (e.key === 'ArrowLeft') setIndex((i) => Math.max(i - 1, 0));
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!result) return <ViewHeader title={t('dupTitle')} onBack={() => go('home')} />;
  if (!current) {
    return (
      <div>
        <ViewHeader title={t('dupTitle')} onBack={() => go('home')} />
        <Body1>{result.clusters.length === 0 && tally.merged + tally.rejected + tally.skipped === 0 ? t('dupEmpty') : t('dupDone', { ...tally })}</Body1>
      </div>
    );
  }
  const conflictOf = new Map(current.conflicts.map((c) => [c.field, c]));
  return (
    <div>
      <ViewHeader title={t('dupTitle')} onBack={() => go('home')} />
      <Caption1 block>{`${t('dupProgress', { index: Math.min(index, queue.length - 1) + 1, total: queue.length })} · ${t('score', { score: current.score.toFixed(2) })}`}</Caption1>
      {current.possible && <Caption1 block className={styles.possible}>{t('possibleDuplicate')}</Caption1>}
      <Caption1 block>{t('reasons', { list: current.reasons.map((r) => result.fields.find((f) => f.key === r)?.label ?? r).join(', ') })}</Caption1>
      {current.evidence && current.evidence.length > 0 && (
        <Caption1 block className={styles.muted}>
          {t('evidence', { list: current.evidence.map((e) => t('evidenceItem', { field: result.fields.find((f) => f.key === e.field)?.label ?? (e.field in ROLE_KEY ? t(ROLE_KEY[e.field as keyof typeof ROLE_KEY]) : e.field), agreement: t(AGREEMENT_KEY[e.agreement]), weight: `${e.weight > 0 ? '+' : ''}${e.weight}` })).join(' · ') })}
        </Caption1>
      )}
      <div className={styles.scroll}>
        <Table size="small" aria-label={t('dupTitle')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell />
              {current.members.map((m) => <TableHeaderCell key={m.row}>{`${t('rowN', { row: m.row })}${m.row === current.survivor ? ` · ${t('survivor')}` : ''}`}</TableHeaderCell>)}
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.fields.map((field) => {
              const conflict = conflictOf.get(field.key);
              if (current.members.every((m) => !m.values[field.key])) return null;
              return (
                <TableRow key={field.key}>
                  <TableCell>{field.label}</TableCell>
                  {current.members.map((m) => (
                    <TableCell key={m.row} className={conflict ? styles.conflict : styles.muted}>
                      {conflict && m.values[field.key] ? (
                        <RadioGroup value={String(choices[field.key] ?? conflict.values.find((v) => v.value === conflict.chosen)?.row ?? current.survivor)} onChange={(_, d) => setChoices((c) => ({ ...c, [field.key]: Number(d.value) }))} aria-label={`${t('keep')} ${field.label}`}>
                          <Radio value={String(m.row)} label={m.values[field.key]} />
                        </RadioGroup>
                      ) : (
                        m.values[field.key]
                      )}
                    </TableCell>
                  ))}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={() => void merge()} disabled={runner.busy}>{t('merge')}</Button>
        <Button onClick={() => void reject()} disabled={runner.busy}>{t('notDuplicates')}</Button>
        <Button appearance="subtle" onClick={() => done('skipped')} disabled={runner.busy}>{t('skip')}</Button>
      </div>
      <Caption1 block>{t('keysHint')}</Caption1>
    </div>
  );
}
