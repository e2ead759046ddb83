import { Body1, Button, Caption1, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ImportResultSummary, ImportSource } from '../../commands/commandApi';
import { MappingEditor } from '../components/MappingEditor';
import { ViewHeader } from '../components/ViewHeader';
import { useStrings } from '../i18n/useStrings';
import type { ViewProps } from './viewProps';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/** Pick a sheet (or a file where the host can read one), preview the mapping and counts, then import. */
export function ImportView({ api, runner, go, notify, onChanged, allowFiles }: ViewProps & { onChanged: () => void; allowFiles: boolean }) {
  const { t } = useStrings();
  const styles = useStyles();
  const [sheet, setSheet] = useState('');
  const [file, setFile] = useState<Extract<ImportSource, { kind: 'bytes' }> | null>(null);
  const [channel, setChannel] = useState('');
  const [keepUnmapped, setKeepUnmapped] = useState(false);
  const [preview, setPreview] = useState<ImportResultSummary | null>(null);
  // The user's corrections to the automatic mapping: source header → field key, or null to leave the column out.
  const [map, setMap] = useState<Record<string, string | null>>({});
  // A mapping changed since the counts were shown: preview again before importing.
  const [outdated, setOutdated] = useState(false);
  const source = (): ImportSource | null => (file ? file : sheet.trim() ? { kind: 'sheet', name: sheet.trim() } : null);
  const run = async (dryRun: boolean) => {
    const s = source();
    if (!s) return;
    const r = await runner.run(() => api.importRows(s, { dryRun, source: channel.trim() || undefined, keepUnmapped, map: Object.keys(map).length > 0 ? map : undefined }));
    if (!r) return;
    setPreview(r);
    setOutdated(false);
    if (!dryRun) {
      notify({ message: `${t('importDone')} ${t('importCounts', { new: r.new, updated: r.updated, review: r.review, rejected: r.rejected })}`, undoable: r.snapshotId !== null });
      onChanged();
      go('home');
    }
  };
  const pick = async (f: File | undefined) => {
    if (!f) return;
    // The bytes as they are (no base64 on the page: a 100,000-row file would be one long task).
    setFile({ kind: 'bytes', name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
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
          <Caption1 block>{t('mappingPreview')}</Caption1>
          {preview.fields ? (
            <MappingEditor
              allowKeep={false}
              fields={preview.fields}
              columns={[...preview.mapping.map((m) => ({ id: m.header, header: m.header, choice: m.key })), ...preview.unmapped.map((h) => ({ id: h, header: h, choice: 'ignore' }))]}
              onChange={(header, choice) => {
                setMap((m) => ({ ...m, [String(header)]: choice === 'ignore' ? null : choice }));
                setOutdated(true);
              }}
            />
          ) : (
            <Caption1 block>{preview.mapping.map((m) => `${m.header} → ${m.key}`).join(', ')}</Caption1>
          )}
          <Body1 block>{t('importCounts', { new: preview.new, updated: preview.updated, review: preview.review, rejected: preview.rejected })}</Body1>
          <Button appearance="primary" onClick={() => void run(false)} disabled={runner.busy || outdated}>{t('importApply')}</Button>
        </div>
      )}
    </div>
  );
}
