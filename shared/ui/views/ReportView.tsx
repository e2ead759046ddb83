import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Button, Checkbox, Field, Input, Subtitle2, Switch } from '@fluentui/react-components';
import { REPORT_SECTIONS } from '../../core/insights/reportModel';
import { useState } from 'react';
import type { ReportResult } from '../../commands/commandApi';
import { ViewHeader } from '../components/ViewHeader';
import { useStrings } from '../i18n/useStrings';
import type { ViewProps } from './viewProps';

/** One button for managers; options folded away. */
export function ReportView({ api, runner, go, notify }: ViewProps) {
  const { t, lang } = useStrings();
  const [mask, setMask] = useState(true);
  const [period, setPeriod] = useState('30');
  // Every section by default; the headline always comes first.
  const [sections, setSections] = useState<ReadonlySet<string>>(() => new Set(REPORT_SECTIONS.map((s) => s.id)));
  const [result, setResult] = useState<ReportResult | null>(null);
  const [segments, setSegments] = useState({ grade: true, stage: true });
  const writeSegments = async () => {
    const r = await runner.run(() => api.applySegments(segments));
    if (r) notify({ message: t('segmentsDone', { count: r.changed }), undoable: r.snapshotId !== null });
  };
  const generate = async () => {
    const r = await runner.run(() => api.report({ mask, periodDays: Number(period) > 0 ? Number(period) : undefined, sections: sections.size === REPORT_SECTIONS.length ? undefined : [...sections] }));
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
            <Field label={t('reportSections')}>
              {REPORT_SECTIONS.map((s) => (
                <Checkbox
                  key={s.id}
                  label={s.label[lang]}
                  checked={sections.has(s.id)}
                  onChange={(_, d) => {
                    const next = new Set(sections);
                    if (d.checked) next.add(s.id);
                    else next.delete(s.id);
                    setSections(next);
                  }}
                />
              ))}
            </Field>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <Button appearance="primary" onClick={() => void generate()} disabled={runner.busy}>{t('generate')}</Button>
      {result && <Button appearance="transparent" onClick={() => void api.selectCell(result.sheet, 1, 1)}>{t('openReport')}</Button>}
      <Subtitle2 as="h3" block>{t('segmentsTitle')}</Subtitle2>
      <Body1 block>{t('segmentsIntro')}</Body1>
      <Checkbox label={t('segmentGrade')} checked={segments.grade} onChange={(_, d) => setSegments({ ...segments, grade: Boolean(d.checked) })} />
      <Checkbox label={t('segmentStage')} checked={segments.stage} onChange={(_, d) => setSegments({ ...segments, stage: Boolean(d.checked) })} />
      <Button onClick={() => void writeSegments()} disabled={runner.busy || (!segments.grade && !segments.stage)}>{t('writeSegments')}</Button>
    </div>
  );
}
