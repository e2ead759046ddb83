import { Body1, Button, Caption1, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ColumnMappingView } from '../../commands/commandApi';
import { MappingEditor } from '../components/MappingEditor';
import { ViewHeader } from '../components/ViewHeader';
import { useStrings } from '../i18n/useStrings';
import type { ViewProps } from './viewProps';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/**
 * The mapping screen: every column of the user's sheet with its first values
 * and what it is, pre-filled by the matcher (or the choice remembered last
 * time); Apply renames the headers in place, undoably, and moves no data.
 */
export function MappingView({ api, runner, go, notify, onChanged }: ViewProps & { onChanged: () => void }) {
  const { t } = useStrings();
  const styles = useStyles();
  const [view, setView] = useState<ColumnMappingView | null>(null);
  const [choices, setChoices] = useState<Map<number, string>>(new Map());
  const load = (sheet?: string) => {
    if (!api.columnMapping) return;
    const read = api.columnMapping;
    void runner.run(() => read(sheet)).then((v) => {
      if (!v) return;
      setView(v);
      setChoices(new Map(v.columns.map((c) => [c.col, c.choice])));
    });
  };
  useEffect(() => load(), [api]);
  const header = <ViewHeader title={t('mappingTitle')} onBack={() => go('home')} />;
  if (!view || !api.applyColumnMapping) return header;
  const apply = api.applyColumnMapping;
  const columns = view.columns.map((c) => ({ id: c.col, header: c.header, samples: c.samples, choice: choices.get(c.col) ?? c.choice }));
  const chosen = new Set(columns.map((c) => c.choice));
  const unmapped = view.fields.filter((f) => !chosen.has(f.key));
  const twice = view.fields.filter((f) => columns.filter((c) => c.choice === f.key).length > 1);
  const save = async () => {
    const r = await runner.run(() => apply(view.sheet, columns.map((c) => ({ col: c.id, choice: c.choice }))));
    if (!r) return;
    notify({ message: t('mappingDone', { count: r.renamed, sheet: view.sheet }), undoable: r.snapshotId !== null });
    onChanged();
    go('home');
  };
  return (
    <div className={styles.form}>
      {header}
      <Body1>{t('mappingIntro')}</Body1>
      {view.sheets.length > 1 && (
        <Field label={t('mappingSheet')}>
          <Select value={view.sheet} onChange={(_, d) => load(d.value)}>
            {view.sheets.map((s) => <option key={s} value={s}>{s}</option>)}
          </Select>
        </Field>
      )}
      <MappingEditor columns={columns} fields={view.fields} onChange={(id, choice) => setChoices((m) => new Map(m).set(Number(id), choice))} />
      {unmapped.length > 0 && <Caption1 block>{t('mappingUnmapped', { list: unmapped.map((f) => f.label).join('、') })}</Caption1>}
      {twice.length > 0 && <Caption1 block role="alert">{t('mappingTwice', { list: twice.map((f) => f.label).join('、') })}</Caption1>}
      <Button appearance="primary" disabled={runner.busy || twice.length > 0} onClick={() => void save()}>{t('mappingApply')}</Button>
    </div>
  );
}
