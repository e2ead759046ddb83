import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Button, Field, Input, Switch } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReportResult } from '../../commands/commandApi';
import { ViewHeader } from '../components/ViewHeader';
import { useStrings } from '../i18n/useStrings';
import type { ViewProps } from './viewProps';

/** One button for managers; options folded away. */
export function ReportView({ api, runner, go, notify }: ViewProps) {
  const { t } = useStrings();
  const [mask, setMask] = useState(true);
  const [period, setPeriod] = useState('30');
  const [result, setResult] = useState<ReportResult | null>(null);
  const generate = async () => {
    const r = await runner.run(() => api.report({ mask, periodDays: Number(period) > 0 ? Number(period) : undefined }));
    if (!r) return;
    setResult(r);
    notify({ message: t('reportDone', { sheet: r.sheet }), undoable: r.snapshotId !== null });
  };
  return (
    <div>
      <ViewHeader title={t('reportTitle')} onBack={() => go('home')} />
      <Body1 block>{t('reportIntro')}</Body1>
      <Accordion collapsible>
        <AccordionItem value="options">
          <AccordionHeader>{t('reportOptions')}</AccordionHeader>
          <AccordionPanel>
            <Switch label={t('maskPii')} checked={mask} onChange={(_, d) => setMask(d.checked)} />
            <Field label={t('periodDays')}>
              <Input type="number" min={1} value={period} onChange={(_, d) => setPeriod(d.value)} />
            </Field>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <Button appearance="primary" onClick={() => void generate()} disabled={runner.busy}>{t('generate')}</Button>
      {result && <Button appearance="transparent" onClick={() => void api.selectCell(result.sheet, 1, 1)}>{t('openReport')}</Button>}
    </div>
  );
}
