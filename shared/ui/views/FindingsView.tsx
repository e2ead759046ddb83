import { Badge, Body1, Button, Caption1, makeStyles, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import type { CheckResult } from '../../commands/commandApi';
import { ViewHeader } from '../components/ViewHeader';
import { useStrings } from '../i18n/useStrings';
import { localFindingsPages, shownIn, type FindingFilter } from '../../commands/pages/findingsPages';
import type { Segment } from '../lists/segmentWindow';
import { usePagedItems } from '../lists/usePagedItems';
import { useSegmentWindow } from '../lists/useSegmentWindow';
import type { ViewProps } from './viewProps';

/** Fixed line heights: the list places 300,000 findings by arithmetic, never by measuring them. */
const GROUP_HEIGHT = 32;
const FINDING_HEIGHT = 88;

const useStyles = makeStyles({
  // The pane's height less its header and buttons: no fixed box leaving empty space below.
  // Contained: scrolling it lays out and paints the list alone.
  list: { height: 'max(240px, calc(100vh - 250px))', overflowY: 'auto', position: 'relative', contain: 'strict' },
  item: { position: 'absolute', left: 0, right: 0, overflow: 'hidden', boxSizing: 'border-box', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  group: { fontWeight: tokens.fontWeightSemibold, display: 'block', paddingTop: tokens.spacingVerticalS },
  finding: { display: 'block', width: '100%', height: '100%', textAlign: 'start', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, overflow: 'hidden' },
  // Two lines of message at most; the full sentence is the cell's note and the button's title.
  message: { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' },
  oneLine: { display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
});

/**
 * Findings grouped by field, filtered by severity, virtualized; a click
 * selects the cell. Only the findings in view are fetched (from the worker
 * in the preview), so a check of 100,000 rows lists without stalling the page.
 */
export function FindingsView({ api, go, result }: Pick<ViewProps, 'api' | 'go'> & { result: CheckResult }) {
  const { t, number } = useStrings();
  const styles = useStyles();
  const [filter, setFilter] = useState<FindingFilter>('all');
  const pages = useMemo(() => result.pages ?? localFindingsPages(result.findings), [result]);
  // Each shown group: its heading line, then its findings; where each starts in the lines and in the filtered list.
  const blocks = useMemo(() => {
    let line = 0;
    let item = 0;
    const out: Array<{ field: string; count: number; line: number; item: number }> = [];
    for (const group of pages.groups) {
      const count = shownIn(group, filter);
      if (count === 0) continue;
      out.push({ field: group.field, count, line, item });
      line += 1 + count;
      item += count;
    }
    return out;
  }, [pages, filter]);
  const segments = useMemo<Segment[]>(() => blocks.flatMap((b) => [{ count: 1, height: GROUP_HEIGHT }, { count: b.count, height: FINDING_HEIGHT }]), [blocks]);
  const parent = useRef<HTMLDivElement>(null);
  const { lines, total } = useSegmentWindow(parent, segments);
  const placed = lines.map((line) => {
    let block = blocks[0]!;
    for (const b of blocks) if (b.line <= line.index) block = b;
    const k = line.index - block.line;
    return { line, block, item: k === 0 ? null : block.item + k - 1 };
  });
  const listId = useMemo(() => `${Math.random()}`, [pages]);
  const findingAt = usePagedItems(`${listId}:${filter}`, (from, count) => pages.window(filter, from, count), placed.flatMap((p) => (p.item === null ? [] : [p.item])));

  return (
    <div>
      <ViewHeader title={t('findingsTitle')} onBack={() => go('home')} />
      <TabList selectedValue={filter} onTabSelect={(_, d) => setFilter(d.value as FindingFilter)}>
        <Tab value="all">{`${t('allSeverities')} (${number(pages.total)})`}</Tab>
        <Tab value="error">{`${t('onlyErrors')} (${number(result.summary.errors)})`}</Tab>
        <Tab value="warning">{`${t('onlyWarnings')} (${number(result.summary.warnings)})`}</Tab>
      </TabList>
      {pages.total === 0 ? (
        <Body1>{t('noFindings')}</Body1>
      ) : (
        <div ref={parent} className={styles.list} role="list" aria-label={t('findingsTitle')}>
          <div style={{ height: total }}>
            {placed.map(({ line, block, item }) => {
              const style = { top: line.top, height: line.height };
              if (item === null) {
                return (
                  <div key={`g${line.index}`} role="listitem" className={styles.item} style={style}>
                    <Text className={styles.group}>{`${result.labels[block.field] ?? block.field} (${number(block.count)})`}</Text>
                  </div>
                );
              }
              const finding = findingAt(item);
              return (
                <div key={`f${line.index}`} role="listitem" className={styles.item} style={style}>
                  {finding && (
                    <Button appearance="subtle" className={styles.finding} title={finding.message} onClick={() => void api.selectCell(result.sheet, finding.row, result.columns[finding.field] ?? 1)}>
                      <Badge appearance="filled" color={finding.severity === 'error' ? 'danger' : 'warning'} size="small">{finding.severity === 'error' ? t('badgeError') : t('badgeWarning')}</Badge>{' '}
                      <Caption1>{t('rowN', { row: finding.row })}</Caption1>
                      <Body1 className={styles.message}>{finding.message}</Body1>
                      {finding.suggestion !== null && <Caption1 className={styles.oneLine}>{t('suggestion', { value: finding.suggestion })}</Caption1>}
                    </Button>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      )}
      {pages.suggestions > 0 && <Button appearance="primary" onClick={() => go('fix')}>{t('fixN', { count: pages.suggestions })}</Button>}
    </div>
  );
}
