import { Badge, Caption1, Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { StatusResult } from '../../commands/commandApi';
import { useStrings } from '../i18n/useStrings';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: '1fr 1fr', rowGap: tokens.spacingVerticalXS, columnGap: tokens.spacingHorizontalM },
  score: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  big: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
});

/** The active customer sheet at a glance: counts and the quality score with its trend. */
export function StatusCard({ status }: { status: StatusResult }) {
  const { t, number } = useStrings();
  const styles = useStyles();
  const delta = status.previousQualityScore === null ? null : status.qualityScore - status.previousQualityScore;
  const figures: Array<[string, number | null]> = [
    [t('rows'), status.rows],
    [t('errors'), status.errors],
    [t('warnings'), status.warnings],
    [t('duplicates'), status.duplicateClusters],
    [t('staleRows'), status.stale],
    [t('followUps'), status.followUpsDue],
  ];
  return (
    <Card aria-label={t('quality')}>
      <CardHeader header={<Text weight="semibold">{status.sheet ? t('sheetLabel', { sheet: status.sheet }) : t('noSheet')}</Text>} />
      <div className={styles.score}>
        {/* No rows, no score: an empty sheet is not "100". */}
        <span className={styles.big} aria-label={`${t('quality')} ${status.rows > 0 ? status.qualityScore : '–'}`}>{status.rows > 0 ? status.qualityScore : '–'}</span>
        <Caption1>{t('quality')}</Caption1>
        {status.rows > 0 && delta !== null && delta !== 0 && <Badge appearance="tint" color={delta > 0 ? 'success' : 'danger'}>{t('qualityTrend', { delta: `${delta > 0 ? '+' : ''}${delta}` })}</Badge>}
      </div>
      <dl className={styles.grid}>
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt><Caption1>{label}</Caption1></dt>
            <dd style={{ margin: 0 }}><Text weight="semibold">{value === null ? '–' : number(value)}</Text></dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
