import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { CommandApi, Settings } from '../../commands/commandApi';
import { AutomationSettings } from '../components/AutomationSettings';
import { EraseCustomer } from '../components/EraseCustomer';
import { ViewHeader } from '../components/ViewHeader';
import { useStrings } from '../i18n/useStrings';
import type { ViewProps } from './viewProps';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/** The trigger commands, where the host has them (Google Sheets): their presence is the capability. */
function automationOf(api: CommandApi) {
  const { automationStatus, installAutomation, removeAutomation, saveAutomationSettings } = api;
  return automationStatus && installAutomation && removeAutomation && saveAutomationSettings ? { automationStatus, installAutomation, removeAutomation, saveAutomationSettings } : null;
}

/** Language, phone region, thresholds, snapshots kept, date order: stored in the workbook; triggers and reminders where the host has them. */
export function SettingsView({ api, runner, go, notify, onSaved }: ViewProps & { onSaved: (settings: Settings) => void }) {
  const { t } = useStrings();
  const styles = useStyles();
  const [settings, setSettings] = useState<Settings | null>(null);
  const automation = useMemo(() => automationOf(api), [api]);
  useEffect(() => {
    void runner.run(() => api.getSettings()).then((s) => s && setSettings(s));
  }, [api, runner.run]);
  if (!settings) return <ViewHeader title={t('settingsTitle')} onBack={() => go('home')} />;
  const number = (key: 'staleDays' | 'followUpWindowDays' | 'keepSnapshots') => (
    <Input type="number" min={key === 'followUpWindowDays' ? 0 : 1} value={String(settings[key])} onChange={(_, d) => setSettings({ ...settings, [key]: Number(d.value) })} />
  );
  const save = async () => {
    const saved = await runner.run(() => api.saveSettings(settings));
    if (!saved) return;
    onSaved(saved);
    notify({ message: t('saved') });
    go('home');
  };
  return (
    <div className={styles.form}>
      <ViewHeader title={t('settingsTitle')} onBack={() => go('home')} />
      <Field label={t('language')}>
        <Select value={settings.lang ?? ''} onChange={(_, d) => setSettings({ ...settings, lang: d.value === 'en' || d.value === 'zh' ? d.value : null })}>
          <option value="">{t('langFollow')}</option>
          <option value="en">English</option>
          <option value="zh">简体中文</option>
        </Select>
      </Field>
      <Field label={t('region')}>
        <Input value={settings.region} maxLength={2} onChange={(_, d) => setSettings({ ...settings, region: d.value.toUpperCase() })} />
      </Field>
      <Field label={t('staleDays')}>{number('staleDays')}</Field>
      <Field label={t('followUpWindow')}>{number('followUpWindowDays')}</Field>
      <Field label={t('keepSnapshots')}>{number('keepSnapshots')}</Field>
      <Field label={t('dateOrder')}>
        <Select value={settings.dateOrder ?? ''} onChange={(_, d) => setSettings({ ...settings, dateOrder: d.value === 'MDY' || d.value === 'DMY' ? d.value : null })}>
          <option value="">{t('dateOrderNone')}</option>
          <option value="MDY">{t('dateOrderMDY')}</option>
          <option value="DMY">{t('dateOrderDMY')}</option>
        </Select>
      </Field>
      <Button appearance="primary" onClick={() => void save()} disabled={runner.busy}>{t('save')}</Button>
      {automation && <AutomationSettings api={automation} runner={runner} notify={notify} />}
      <EraseCustomer api={api} runner={runner} notify={notify} />
    </div>
  );
}
