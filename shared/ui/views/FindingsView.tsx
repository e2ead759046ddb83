import { Badge, Body1, Button, Caption1, makeStyles, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { CheckResult } from '../../commands/commandApi';
import type { Finding } from '../../core/findings/finding';
import { ViewHeader } from '../components/ViewHeader';
import { useStrings } from '../i18n/useStrings';
import type { ViewProps } from './viewProps';

const useStyles = makeStyles({
  // The pane's height less its header and buttons: no fixed box leaving empty space below.
  list: { height: 'max(240px, calc(100vh - 250px))', overflowY: 'auto', position: 'relative' },
  item: { position: 'absolute', left: 0, right: 0, padding: `${tokens.spacingVerticalXS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  group: { fontWeight: tokens.fontWeightSemibold, paddingTop: tokens.spacingVerticalS },
  finding: { display: 'block', width: '100%', textAlign: 'start', height: 'auto', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
});

type Filter = 'all' | 'error' | 'warning';
type Line = { kind: 'group'; field: string; count: number } | { kind: 'finding'; finding: Finding };

/** Findings grouped by field, filtered by severity, virtualized; a click selects the cell. */
export function FindingsView({ api, go, result }: Pick<ViewProps, 'api' | 'go'> & { result: CheckResult }) {
  const { t, number } = useStrings();
  const styles = useStyles();
  const [filter, setFilter] = useState<Filter>('all');
  const lines = useMemo(() => {
    const shown = result.findings.filter((f) => filter === 'all' || f.severity === filter);
    const byField = new Map<string, Finding[]>();
    for (const f of shown) {
      const list = byField.get(f.field);
      if (list) list.push(f);
      else byField.set(f.field, [f]);
    }
    const out: Line[] = [];
    for (const [field, list] of byField) {
      out.push({ kind: 'group', field, count: list.length });
      for (const finding of list) out.push({ kind: 'finding', finding });
    }
    return out;
  }, [result, filter]);
  const parent = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: lines.length, getScrollElement: () => parent.current, estimateSize: (i) => (lines[i]!.kind === 'group' ? 32 : 72), overscan: 8 });
  const suggestions = useMemo(() => result.findings.reduce((n, f) => (f.suggestion !== null ? n + 1 : n), 0), [result]);

  return (
    <div>
      <ViewHeader title={t('findingsTitle')} onBack={() => go('home')} />
      <TabList selectedValue={filter} onTabSelect={(_, d) => setFilter(d.value as Filter)}>
        <Tab value="all">{`${t('allSeverities')} (${number(result.findings.length)})`}</Tab>
        <Tab value="error">{`${t('onlyErrors')} (${number(result.summary.errors)})`}</Tab>
        <Tab value="warning">{`${t('onlyWarnings')} (${number(result.summary.warnings)})`}</Tab>
      </TabList>
      {result.findings.length === 0 ? (
        <Body1>{t('noFindings')}</Body1>
      ) : (
        <div ref={parent} className={styles.list} role="list" aria-label={t('findingsTitle')}>
          <div style={{ height: virtual.getTotalSize() }}>
            {virtual.getVirtualItems().map((item) => {
              const line = lines[item.index]!;
              return (
                <div key={item.key} role="listitem" className={styles.item} style={{ transform: `translateY(${item.start}px)` }} ref={virtual.measureElement} data-index={item.index}>
                  {line.kind === 'group' ? (
                    <Text className={styles.group}>{`${result.labels[line.field] ?? line.field} (${number(line.count)})`}</Text>
                  ) : (
                    <Button appearance="subtle" className={styles.finding} onClick={() => void api.selectCell(result.sheet, line.finding.row, result.columns[line.finding.field] ?? 1)}>
                      <Badge appearance="filled" color={line.finding.severity === 'error' ? 'danger' : 'warning'} size="small">{line.finding.severity === 'error' ? t('badgeError') : t('badgeWarning')}</Badge>{' '}
                      <Caption1>{t('rowN', { row: line.finding.row })}</Caption1>
                      <Body1 block>{line.finding.message}</Body1>
                      {line.finding.suggestion !== null && <Caption1 block>{t('suggestion', { value: line.finding.suggestion })}</Caption1>}
                    </Button>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      )}
      {suggestions > 0 && <Button appearance="primary" onClick={() => go('fix')}>{t('fixN', { count: suggestions })}</Button>}
    </div>
  );
}
