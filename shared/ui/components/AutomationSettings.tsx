import { Badge, Body1, Button, Caption1, Card, Checkbox, Field, Input, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AutomationKind, AutomationSettings as Settings, AutomationStatus, CommandApi } from '../../commands/commandApi';
import type { StringKey } from '../i18n/strings';
import { useStrings } from '../i18n/useStrings';
import type { Runner } from '../useRunner';
import type { Notice } from './NoticeBar';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  trigger: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingBlock: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const KINDS: ReadonlyArray<{ kind: AutomationKind; name: StringKey; what: StringKey }> = [
  { kind: 'edit', name: 'triggerEdit', what: 'triggerEditWhat' },
  { kind: 'formSubmit', name: 'triggerFormSubmit', what: 'triggerFormSubmitWhat' },
  { kind: 'daily', name: 'triggerDaily', what: 'triggerDailyWhat' },
];

type Api = Required<Pick<CommandApi, 'automationStatus' | 'installAutomation' | 'removeAutomation' | 'saveAutomationSettings'>>;

/**
 * Settings → triggers and reminders (only where the host has triggers):
 * each trigger says what it will do and is installed only after the user
 * agrees on a consent step; the daily run's hour, the owners' addresses and
 * the Drive backup; the outcome of the last daily run.
 */
export function AutomationSettings({ api, runner, notify }: { api: Api; runner: Runner; notify: (notice: Notice) => void }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const [status, setStatus] = useState<AutomationStatus | null>(null);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [consenting, setConsenting] = useState<AutomationKind | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const show = (next: AutomationStatus) => {
    setStatus(next);
    setDraft(next.settings);
  };
  useEffect(() => {
    // Not through the runner: Settings loads its own part at the same time, and the runner keeps only the latest call.
    void api.automationStatus().then(show, (e: Error) => setLoadError(e.message));
  }, [api]);
  if (loadError) return <Body1 role="alert">{loadError}</Body1>;
  if (!status || !draft) return null;
  const user = status.runsAs ?? t('yourAccount');
  const installed = new Set(status.installed);

  const install = async (kind: AutomationKind, name: string) => {
    const next = await runner.run(() => api.installAutomation(kind, { consent: true }));
    setConsenting(null);
    if (!next) return;
    show(next);
    notify({ message: t('triggerInstalled', { name }) });
  };
  const remove = async (kind: AutomationKind, name: string) => {
    const next = await runner.run(() => api.removeAutomation(kind));
    if (!next) return;
    show(next);
    notify({ message: t('triggerRemoved', { name }) });
  };
  const save = async () => {
    const next = await runner.run(() => api.saveAutomationSettings(draft));
    if (!next) return;
    show(next);
    notify({ message: t('triggersSaved') });
  };
  const owners = [...new Set([...status.owners, ...draft.ownerEmails.map((e) => e.owner)])];
  const emailOf = (owner: string) => draft.ownerEmails.find((e) => e.owner === owner)?.email ?? '';
  const setEmail = (owner: string, email: string) => setDraft({ ...draft, ownerEmails: [...draft.ownerEmails.filter((e) => e.owner !== owner), { owner, email }] });
  const last = status.lastDaily;

  return (
    <section className={styles.section} aria-labelledby="dossier-automation">
      <Subtitle2 as="h3" id="dossier-automation" block>{t('automationTitle')}</Subtitle2>
      <Body1 block>{t('automationIntro', { user })}</Body1>
      {KINDS.map(({ kind, name, what }) => {
        const label = t(name);
        return (
          <div key={kind} className={styles.trigger}>
            <div className={styles.row}>
              <Body1><strong>{label}</strong></Body1>
              <Badge appearance={installed.has(kind) ? 'filled' : 'outline'}>{installed.has(kind) ? t('installed') : t('notInstalled')}</Badge>
            </div>
            <Caption1 block>{t(what, { user })}</Caption1>
            {installed.has(kind) ? (
              <Button onClick={() => void remove(kind, label)} disabled={runner.busy}>{t('removeKind', { name: label })}</Button>
            ) : consenting === kind ? (
              <Card role="group" aria-label={t('consentTitle', { name: label })}>
                <Body1 block><strong>{t('consentTitle', { name: label })}</strong></Body1>
                <Body1 block>{t(what, { user })}</Body1>
                <Body1 block>{t('automationIntro', { user })}</Body1>
                <div className={styles.row}>
                  <Button appearance="primary" onClick={() => void install(kind, label)} disabled={runner.busy}>{t('consentAgree')}</Button>
                  <Button onClick={() => setConsenting(null)}>{t('cancel')}</Button>
                </div>
              </Card>
            ) : (
              <Button onClick={() => setConsenting(kind)} disabled={runner.busy}>{t('installKind', { name: label })}</Button>
            )}
          </div>
        );
      })}
      <Field label={t('dailyHour')}>
        <Input type="number" min={0} max={23} value={String(draft.dailyHour)} onChange={(_, d) => setDraft({ ...draft, dailyHour: Number(d.value) })} />
      </Field>
      <Subtitle2 as="h4" block>{t('ownerEmailsTitle')}</Subtitle2>
      <Caption1 block>{t('ownerEmailsIntro')}</Caption1>
      {owners.map((owner) => (
        <Field key={owner} label={t('ownerEmailFor', { owner })}>
          <Input type="email" value={emailOf(owner)} onChange={(_, d) => setEmail(owner, d.value)} />
        </Field>
      ))}
      <Checkbox label={t('backupEnabled')} checked={draft.backup.enabled} onChange={(_, d) => setDraft({ ...draft, backup: { ...draft.backup, enabled: Boolean(d.checked) } })} />
      <Field label={t('backupFolder')}>
        <Input value={draft.backup.folderId ?? ''} onChange={(_, d) => setDraft({ ...draft, backup: { ...draft.backup, folderId: d.value || null } })} />
      </Field>
      <Field label={t('backupKeep')}>
        <Input type="number" min={1} max={100} value={String(draft.backup.keep)} onChange={(_, d) => setDraft({ ...draft, backup: { ...draft.backup, keep: Number(d.value) } })} />
      </Field>
      <Button onClick={() => void save()} disabled={runner.busy}>{t('saveTriggers')}</Button>
      {last && (
        <Caption1 block role="status">
          {t('lastDaily', { time: new Date(last.time).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en'), sent: last.sent, notSent: last.notSent, noAddress: last.ownersWithoutAddress })}
          {last.backup ? ` ${t('lastBackup', { name: last.backup })}` : ''}
          {last.problem ? ` ${last.problem}` : ''}
        </Caption1>
      )}
    </section>
  );
}
