import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { CommandApi, Settings } from '../../commands/commandApi';
import { settingsProblems, type SettingsField } from '../../commands/settingsProblems';
import { AutomationSettings } from '../components/AutomationSettings';
import { EraseCustomer } from '../components/EraseCustomer';
import { TemplateEditor } from '../components/TemplateEditor';
import { ViewHeader } from '../components/ViewHeader';
import { useStrings } from '../i18n/useStrings';
import type { ViewProps } from './viewProps';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/** The trigger commands, where the host has them (Google Sheets): their presence is the capability. */
function automationOf(api: CommandApi) {
  const { automationStatus, installAutomation, removeAutomation, saveAutomationSettings } = api;
  return automationStatus && installAutomation && removeAutomation && saveAutomationSettings ? { automationStatus, installAutomation, removeAutomation, saveAutomationSettings } : null;
}

type NumberField = 'staleDays' | 'followUpWindowDays' | 'keepSnapshots';

/**
 * Language, phone region, thresholds, snapshots kept, date order: stored in
 * the workbook; triggers and reminders where the host has them. Numbers are
 * kept as typed (an emptied box stays empty, never a silent 0) and each field
 * says what to enter before anything is saved.
 */
export function SettingsView({ api, runner, go, notify, onSaved }: ViewProps & { onSaved: (settings: Settings) => void }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [typed, setTyped] = useState<Record<NumberField, string>>({ staleDays: '', followUpWindowDays: '', keepSnapshots: '' });
  const [tried, setTried] = useState(false);
  const automation = useMemo(() => automationOf(api), [api]);
  const editor = useMemo(() => (api.getTemplate && api.saveTemplate ? { getTemplate: api.getTemplate, saveTemplate: api.saveTemplate } : null), [api]);
  useEffect(() => {
    void runner.run(() => api.getSettings()).then((s) => {
      if (!s) return;
      setSettings(s);
      setTyped({ staleDays: String(s.staleDays), followUpWindowDays: String(s.followUpWindowDays), keepSnapshots: String(s.keepSnapshots) });
    });
  }, [api, runner.run]);
  if (!settings) return <ViewHeader title={t('settingsTitle')} onBack={() => go('home')} />;
  const draft: Settings = { ...settings, staleDays: typed.staleDays.trim() === '' ? Number.NaN : Number(typed.staleDays), followUpWindowDays: typed.followUpWindowDays.trim() === '' ? Number.NaN : Number(typed.followUpWindowDays), keepSnapshots: typed.keepSnapshots.trim() === '' ? Number.NaN : Number(typed.keepSnapshots) };
  const problems = new Map(settingsProblems(draft).map((p) => [p.field, p.message[lang]]));
  const problem = (field: SettingsField) => (tried || field === 'region' ? problems.get(field) : undefined);
  const number = (key: NumberField, label: string) => (
    <Field label={label} validationMessage={problem(key)} validationState={problem(key) ? 'error' : 'none'}>
      <Input type="number" inputMode="numeric" min={key === 'followUpWindowDays' ? 0 : 1} value={typed[key]} onChange={(_, d) => setTyped({ ...typed, [key]: d.value })} />
    </Field>
  );
  const save = async () => {
    setTried(true);
    if (problems.size > 0) return;
    const saved = await runner.run(() => api.saveSettings(draft));
    if (!saved) return;
    onSaved(saved);
    // By key: shown in the language just chosen, not the one the pane had when saving.
    notify({ message: { key: 'saved' } });
    go('home');
  };
  const regionProblem = settings.region.length === 2 ? problem('region') : undefined;
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
      <Field label={t('region')} validationMessage={regionProblem ?? (tried ? problem('region') : undefined)} validationState={regionProblem || (tried && problem('region')) ? 'error' : 'none'}>
        <Input value={settings.region} maxLength={2} onChange={(_, d) => setSettings({ ...settings, region: d.value.toUpperCase() })} />
      </Field>
      {number('staleDays', t('staleDays'))}
      {number('followUpWindowDays', t('followUpWindow'))}
      {number('keepSnapshots', t('keepSnapshots'))}
      <Field label={t('dateOrder')}>
        <Select value={settings.dateOrder ?? ''} onChange={(_, d) => setSettings({ ...settings, dateOrder: d.value === 'MDY' || d.value === 'DMY' ? d.value : null })}>
          <option value="">{t('dateOrderNone')}</option>
          <option value="MDY">{t('dateOrderMDY')}</option>
          <option value="DMY">{t('dateOrderDMY')}</option>
        </Select>
      </Field>
      <Button appearance="primary" onClick={() => void save()} disabled={runner.busy}>{t('save')}</Button>
      {editor && <TemplateEditor api={editor} runner={runner} notify={notify} />}
      {automation && <AutomationSettings api={automation} runner={runner} notify={notify} />}
      <EraseCustomer api={api} runner={runner} notify={notify} />
    </div>
  );
}
