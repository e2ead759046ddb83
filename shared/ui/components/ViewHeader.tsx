import { Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/useStrings';

const useStyles = makeStyles({ header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS } });

export function ViewHeader({ title, onBack }: { title: string; onBack: () => void }) {
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.header}>
      <Button appearance="subtle" onClick={onBack}>{`← ${t('back')}`}</Button>
      <Subtitle2 as="h2">{title}</Subtitle2>
    </div>
  );
}
