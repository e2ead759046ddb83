import { Body1, Button, Field, Input, Select, Subtitle2 } from '@fluentui/react-components';
import { useState } from 'react';
import type { CommandApi, EraseRequest } from '../../commands/commandApi';
import type { Notice } from './NoticeBar';
import type { Runner } from '../useRunner';
import { useStrings } from '../i18n/useStrings';

/** The right to be forgotten, in the pane: two steps, because it cannot be undone. */
export function EraseCustomer({ api, runner, notify }: { api: CommandApi; runner: Runner; notify: (notice: Notice) => void }) {
  const { t } = useStrings();
  const [field, setField] = useState<EraseRequest['field']>('email');
  const [value, setValue] = useState('');
  const [confirming, setConfirming] = useState(false);
  const erase = async () => {
    const r = await runner.run(() => api.erase({ field, value: value.trim() }));
    setConfirming(false);
    if (!r) return;
    const rows = r.removed.reduce((n, x) => n + x.rows, 0);
    notify({ message: rows === 0 ? t('erasedNone') : t('erasedN', { ids: r.ids.join(', ') || '—', rows }) });
    setValue('');
  };
  return (
    <section>
      <Subtitle2 as="h3" block>{t('eraseTitle')}</Subtitle2>
      <Body1 block>{t('eraseIntro')}</Body1>
      <Field label={t('eraseBy')}>
        <Select value={field} onChange={(_, d) => setField(d.value as EraseRequest['field'])}>
          <option value="email">{t('eraseByEmail')}</option>
          <option value="phone">{t('eraseByPhone')}</option>
          <option value="id">{t('eraseById')}</option>
        </Select>
      </Field>
      <Field label={t('eraseValue')}>
        <Input value={value} onChange={(_, d) => { setValue(d.value); setConfirming(false); }} />
      </Field>
      {confirming ? (
        <Button appearance="primary" onClick={() => void erase()} disabled={runner.busy}>{t('eraseConfirm')}</Button>
      ) : (
        <Button onClick={() => setConfirming(true)} disabled={value.trim() === ''}>{t('eraseButton')}</Button>
      )}
    </section>
  );
}
