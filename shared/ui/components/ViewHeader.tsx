import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useStrings } from '../i18n/useStrings';

const useStyles = makeStyles({ header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 }, title: { ...typographyStyles.subtitle2, margin: 0, outlineStyle: 'none', minWidth: 0, overflowWrap: 'anywhere' } });

/** A working view's title and Back; the title takes focus when the view opens, so a screen reader announces where the user is. */
export function ViewHeader({ title, onBack }: { title: string; onBack: () => void }) {
  const { t } = useStrings();
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  return (
    <div className={styles.header}>
      <Button appearance="subtle" onClick={onBack}>{`← ${t('back')}`}</Button>
      <h2 ref={heading} tabIndex={-1} className={styles.title}>{title}</h2>
    </div>
  );
}
