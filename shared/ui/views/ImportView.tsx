import { Body1, Button, Caption1, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ImportResultSummary, ImportSource } from '../../commands/commandApi';
import { ViewHeader } from '../components/ViewHeader';
import { useStrings } from '../i18n/useStrings';
import type { ViewProps } from './viewProps';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/** Pick a sheet (or a file where the host can read one), preview the mapping and counts, then import. */
export function ImportView({ api, runner, go, notify, onChanged, allowFiles }: ViewProps & { onChanged: () => void; allowFiles: boolean }) {
  const { t } = useStrings();
  const styles = useStyles();
  const [sheet, setSheet] = useState('');
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [channel, setChannel] = useState('');
  const [keepUnmapped, setKeepUnmapped] = useState(false);
  const [preview, setPreview] = useState<ImportResultSummary | null>(null);
  const source = (): ImportSource | null => (file ? { kind: 'file', ...file } : sheet.trim() ? { kind: 'sheet', name: sheet.trim() } : null);
  const run = async (dryRun: boolean) => {
    const s = source();
    if (!s) return;
    const r = await runner.run(() => api.importRows(s, { dryRun, source: channel.trim() || undefined, keepUnmapped }));
    if (!r) return;
    setPreview(r);
    if (!dryRun) {
      notify({ message: `${t('importDone')} ${t('importCounts', { new: r.new, updated: r.updated, review: r.review, rejected: r.rejected })}`, undoable: r.snapshotId !== null });
      onChanged();
      go('home');
    }
  };
  const pick = async (f: File | undefined) => {
    if (!f) return;
    const bytes = new Uint8Array(await f.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    setFile({ name: f.name, base64: btoa(binary) });
    setPreview(null);
  };
  return (
    <div className={styles.form}>
      <ViewHeader title={t('importTitle')} onBack={() => go('home')} />
      <Body1>{t('importIntro')}</Body1>
      <Field label={t('importSheet')}>
        <Input value={sheet} onChange={(_, d) => { setSheet(d.value); setFile(null); setPreview(null); }} />
      </Field>
      {allowFiles && (
        <Field label={t('importFile')}>
          <input type="file" accept=".xlsx,.csv,.txt" aria-label={t('importFile')} onChange={(e) => void pick(e.target.files?.[0])} />
        </Field>
      )}
      <Field label={t('importChannel')}>
        <Input value={channel} placeholder="Event / 展会活动" onChange={(_, d) => setChannel(d.value)} />
      </Field>
      <Checkbox label={t('keepUnmapped')} checked={keepUnmapped} onChange={(_, d) => setKeepUnmapped(Boolean(d.checked))} />
      <Button onClick={() => void run(true)} disabled={!source() || runner.busy}>{t('preview')}</Button>
      {preview && (
        <div>
          <Caption1 block>{t('mappingPreview')}: {preview.mapping.map((m) => `${m.header} → ${m.key}`).join(', ')}</Caption1>
          {preview.unmapped.length > 0 && <Caption1 block>{t('unmapped', { list: preview.unmapped.join(', ') })}</Caption1>}
          <Body1 block>{t('importCounts', { new: preview.new, updated: preview.updated, review: preview.review, rejected: preview.rejected })}</Body1>
          <Button appearance="primary" onClick={() => void run(false)} disabled={runner.busy}>{t('importApply')}</Button>
        </div>
      )}
    </div>
  );
}
