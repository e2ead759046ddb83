import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Checkbox, Field, Input, makeStyles, Subtitle2, Textarea, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CommandApi, TemplateEdit, TemplateFieldEdit } from '../../commands/commandApi';
import { templateProblems } from '../../commands/templateProblems';
import { useStrings } from '../i18n/useStrings';
import type { Runner } from '../useRunner';
import type { Notice } from './NoticeBar';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
});

type Api = Required<Pick<CommandApi, 'getTemplate' | 'saveTemplate'>>;

/**
 * Settings → the template: each field folded away under its name, with its
 * English and Chinese names, whether it must be filled, and its dropdown list
 * (one choice a line); a text field can be added. Problems are shown on the
 * field they concern, in the pane's language, and nothing is saved while any remains.
 */
export function TemplateEditor({ api, runner, notify }: { api: Api; runner: Runner; notify: (notice: Notice) => void }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const [edit, setEdit] = useState<TemplateEdit | null>(null);
  const [tried, setTried] = useState(false);
  useEffect(() => {
    void api.getTemplate().then(setEdit, () => undefined);
  }, [api]);
  if (!edit) return null;
  const problems = templateProblems(edit);
  const problemOf = (i: number) => (tried ? problems.filter((p) => p.field === i).map((p) => p.message[lang]).join(' ') : '');
  const change = (i: number, next: Partial<TemplateFieldEdit>) => setEdit({ fields: edit.fields.map((f, j) => (j === i ? { ...f, ...next } : f)) });
  const add = () => setEdit({ fields: [...edit.fields, { key: '', label: { en: '', zh: '' }, required: false, type: 'text', added: true }] });
  const save = async () => {
    setTried(true);
    if (problems.length > 0) return;
    const saved = await runner.run(() => api.saveTemplate(edit));
    if (!saved) return;
    setEdit(saved);
    setTried(false);
    notify({ message: { key: 'templateSaved' } });
  };
  return (
    <section className={styles.section} aria-labelledby="dossier-template">
      <Subtitle2 as="h3" id="dossier-template" block>{t('templateTitle')}</Subtitle2>
      <Accordion collapsible multiple>
        {edit.fields.map((f, i) => {
          const problem = problemOf(i);
          return (
            <AccordionItem key={f.added ? `new-${i}` : f.key} value={i}>
              <AccordionHeader size="small">{`${f.label[lang] || t('templateNewField')}${f.required ? ' *' : ''}${problem ? ' ⚠' : ''}`}</AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <Field label={t('templateLabelEn')} validationMessage={problem || undefined} validationState={problem ? 'error' : 'none'}>
                  <Input value={f.label.en} onChange={(_, d) => change(i, { label: { ...f.label, en: d.value } })} />
                </Field>
                <Field label={t('templateLabelZh')}>
                  <Input value={f.label.zh} onChange={(_, d) => change(i, { label: { ...f.label, zh: d.value } })} />
                </Field>
                <Checkbox label={t('templateRequired')} checked={f.required} onChange={(_, d) => change(i, { required: Boolean(d.checked) })} />
                {f.options !== undefined && (
                  <Field label={t('templateOptions')} hint={t('templateOptionsHint')}>
                    <Textarea resize="vertical" value={f.options.join('\n')} onChange={(_, d) => change(i, { options: d.value.split('\n') })} />
                  </Field>
                )}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      {tried && problems.length > 0 && <Field validationMessage={t('templateProblems', { count: problems.length })} validationState="error" />}
      <Button onClick={add}>{t('templateAdd')}</Button>
      <Button appearance="primary" onClick={() => void save()} disabled={runner.busy}>{t('templateSave')}</Button>
    </section>
  );
}
