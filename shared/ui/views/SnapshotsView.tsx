import { Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { SnapshotSummary } from '../../commands/commandApi';
import { ViewHeader } from '../components/ViewHeader';
import { operationLabel } from '../i18n/operationLabel';
import { useStrings } from '../i18n/useStrings';
import type { ViewProps } from './viewProps';

const useStyles = makeStyles({ item: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS } });

/** The kept snapshots with time, operation and rows; any can be restored. */
export function SnapshotsView({ api, runner, go, notify, onChanged }: ViewProps & { onChanged: () => void }) {
  const { t, lang, number } = useStrings();
  const styles = useStyles();
  const [list, setList] = useState<SnapshotSummary[] | null>(null);
  useEffect(() => {
    void runner.run(() => api.listSnapshots()).then((l) => l && setList(l));
  }, [api, runner.run]);
  const restore = async (id: number) => {
    const r = await runner.run(() => api.restoreSnapshot(id));
    if (!r) return;
    notify({ message: t('restoredN', { id }) });
    onChanged();
    go('home');
  };
  return (
    <div>
      <ViewHeader title={t('snapshotsTitle')} onBack={() => go('home')} />
      {list?.length === 0 && <Body1>{t('snapshotsEmpty')}</Body1>}
      {[...(list ?? [])].reverse().map((s) => (
        <div key={s.id} className={styles.item}>
          <Caption1>{`#${s.id} · ${new Date(s.time).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')} · ${operationLabel(s.operation, lang)} · ${s.sheets.map((x) => `${x.name} (${number(x.rows)})`).join(', ')}`}</Caption1>
          <Button size="small" onClick={() => void restore(s.id)}>{t('restore')}</Button>
        </div>
      ))}
    </div>
  );
}
