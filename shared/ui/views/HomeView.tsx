import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { StatusResult } from '../../commands/commandApi';
import { StatusCard } from '../components/StatusCard';
import { useStrings } from '../i18n/useStrings';
import type { ViewName, ViewProps } from './viewProps';

const useStyles = makeStyles({
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Status card, the actions, and what to do when the sheet does not map to the template. */
export function HomeView({ status, onApplyTemplate, onCheck, go, canMap = false }: Pick<ViewProps, 'go'> & { status: StatusResult | null; onApplyTemplate: () => void; onCheck: () => void; canMap?: boolean }) {
  const { t } = useStrings();
  const styles = useStyles();
  const ready = Boolean(status?.sheet);
  const actions: Array<{ label: string; view?: ViewName; onClick?: () => void; needsSheet: boolean }> = [
    { label: t('actionApplyTemplate'), onClick: onApplyTemplate, needsSheet: false },
    { label: t('actionCheck'), onClick: onCheck, needsSheet: true },
    { label: t('actionFix'), view: 'fix', needsSheet: true },
    { label: t('actionDuplicates'), view: 'duplicates', needsSheet: true },
    { label: t('actionStale'), view: 'stale', needsSheet: true },
    { label: t('actionImport'), view: 'import', needsSheet: true },
    { label: t('actionReport'), view: 'report', needsSheet: true },
    { label: t('actionSnapshots'), view: 'snapshots', needsSheet: false },
    { label: t('actionSettings'), view: 'settings', needsSheet: false },
  ];
  return (
    <div className={styles.stack}>
      {status && <StatusCard status={status} />}
      {status && !ready && (
        <MessageBar intent="info"><MessageBarBody>{status.hint ?? t('needSheet')}</MessageBarBody></MessageBar>
      )}
      {status && !ready && canMap && <Button appearance="primary" onClick={() => go('mapping')}>{t('mapColumns')}</Button>}
      {status?.mapping && (status.mapping.unknown.length > 0 || status.mapping.missing.length > 0) && (
        <div>
          <Caption1 block>{t('recognized', { list: status.mapping.recognized.map((r) => r.header).join(', ') })}</Caption1>
          {status.mapping.unknown.length > 0 && <Caption1 block>{t('unknownColumns', { list: status.mapping.unknown.join(', ') })}</Caption1>}
          {status.mapping.missing.length > 0 && <Caption1 block>{t('missingColumns', { list: status.mapping.missing.join(', ') })}</Caption1>}
          <Button size="small" onClick={canMap ? () => go('mapping') : onApplyTemplate}>{t('mapColumns')}</Button>
        </div>
      )}
      <div className={styles.actions}>
        {actions.map((a) => (
          <Button
            key={a.label}
            appearance={a.label === t('actionCheck') ? 'primary' : 'secondary'}
            disabled={a.needsSheet && !ready}
            title={a.needsSheet && !ready ? t('needSheet') : undefined}
            onClick={() => (a.onClick ? a.onClick() : go(a.view!))}
          >
            {a.label}
          </Button>
        ))}
      </div>
    </div>
  );
}
