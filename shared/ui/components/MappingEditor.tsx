import { Caption1, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/useStrings';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, paddingBlock: tokens.spacingVerticalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  samples: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  select: { minWidth: 0, maxWidth: '100%' },
});

export interface MappingColumn {
  readonly id: string | number;
  readonly header: string;
  readonly samples?: readonly string[];
  /** A field key, 'keep' or 'ignore'. */
  readonly choice: string;
}

/**
 * One column per line: its header, its first values, and a picker of what it
 * is (a template field by its label, "keep as is", "ignore"). Serves the
 * sheet's mapping screen and Import's mapping alike. Fields already taken by
 * another column are marked so, not hidden, so a choice can be moved.
 */
export function MappingEditor({ columns, fields, onChange, allowKeep = true }: { columns: readonly MappingColumn[]; fields: ReadonlyArray<{ key: string; label: string; required: boolean }>; onChange: (id: MappingColumn['id'], choice: string) => void; allowKeep?: boolean }) {
  const { t } = useStrings();
  const styles = useStyles();
  const takenBy = new Map(columns.filter((c) => c.choice !== 'keep' && c.choice !== 'ignore').map((c) => [c.choice, c.id]));
  return (
    <ul className={styles.list} aria-label={t('mappingColumns')}>
      {columns.map((c) => (
        <li key={c.id} className={styles.column}>
          <Field label={<Text weight="semibold">{c.header || t('mappingNoHeader')}</Text>}>
            <Select className={styles.select} value={c.choice} onChange={(_, d) => onChange(c.id, d.value)}>
              {allowKeep && <option value="keep">{t('mappingKeep')}</option>}
              <option value="ignore">{t('mappingIgnore')}</option>
              {fields.map((f) => (
                <option key={f.key} value={f.key}>{`${f.label}${f.required ? ' *' : ''}${takenBy.has(f.key) && takenBy.get(f.key) !== c.id ? ` (${t('mappingTaken')})` : ''}`}</option>
              ))}
            </Select>
          </Field>
          {c.samples && c.samples.length > 0 && <Caption1 className={styles.samples}>{t('mappingSamples', { list: c.samples.join(' · ') })}</Caption1>}
        </li>
      ))}
    </ul>
  );
}
