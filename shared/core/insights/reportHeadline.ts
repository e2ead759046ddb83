import type { Finding } from '../findings/finding';
import type { Lang } from '../i18n/lang';
import { dateFromIso, isoDateOf } from '../normalize/isoDate';
import type { CustomerTable } from '../table/customerTable';
import { dataQualityScore } from './dataQualityScore';
import { followUpsDue } from './staleness';
import { kpisAsOf } from './kpisAsOf';
import type { ReportFormat } from './reportFormat';
import { standardNumber } from './standardValue';

export type KpiId = 'customers' | 'newInPeriod' | 'active' | 'atRisk' | 'churned' | 'retention' | 'totalSpend' | 'averageSpend' | 'followUpsDue' | 'staleShare' | 'qualityScore';

export interface HeadlineKpi {
  readonly id: KpiId;
  readonly label: string;
  readonly format: ReportFormat;
  readonly value: number | null;
  /** The same figure at the end of the previous period of the same length; null where the file keeps no history of it. */
  readonly previous: number | null;
  /** (value − previous) / previous; null without a previous figure or from zero. */
  readonly change: number | null;
  /** Whether a rise is good news (colours the arrow; the arrow alone carries the direction). */
  readonly higherIsBetter: boolean;
}

export interface ReportHeadline {
  readonly title: string;
  /** "2026-10-24 – 2026-11-22, compared with 2026-09-24 – 2026-10-23". */
  readonly period: string;
  readonly kpis: HeadlineKpi[];
  readonly verdict: string;
  readonly verdictLevel: 'good' | 'fair' | 'poor';
  /** How the previous period's figures were reached, one line. */
  readonly footnote: string;
}

const LABELS: Record<KpiId, { en: string; zh: string }> = {
  customers: { en: 'Customers', zh: '客户数' },
  newInPeriod: { en: 'New this period', zh: '本期新增' },
  active: { en: 'Active', zh: '活跃客户' },
  atRisk: { en: 'At risk', zh: '流失风险' },
  churned: { en: 'Churned', zh: '已流失' },
  retention: { en: 'Retention', zh: '留存率' },
  totalSpend: { en: 'Total spend', zh: '累计消费' },
  averageSpend: { en: 'Average spend', zh: '平均消费' },
  followUpsDue: { en: 'Follow-ups due', zh: '待回访' },
  staleShare: { en: 'Not contacted lately', zh: '长期未联系占比' },
  qualityScore: { en: 'Data quality', zh: '数据质量' },
};

/**
 * The one-page answer at the top of every report format: the figures a
 * manager asks for first, for the period ending today, each against the
 * previous period of the same length, and a one-line data-quality verdict.
 */
export function reportHeadline(
  table: CustomerTable,
  options: { today: string; lang: Lang; periodDays: number; staleDays: number; findings: readonly Finding[] },
): ReportHeadline {
  const { today, lang, periodDays } = options;
  const z = lang === 'zh';
  const previousEnd = shiftDays(today, -periodDays);
  const asOf = { periodDays, staleDays: options.staleDays, touchedFields: table.template.settings.touchedFields };
  const now = kpisAsOf(table, today, asOf);
  const before = kpisAsOf(table, previousEnd, asOf);
  const has = (key: string) => key in table.mapping.columns;
  let spend = 0;
  let spenders = 0;
  for (const row of table.rows) {
    const value = standardNumber(row, 'total_spend');
    if (value === undefined) continue;
    spend += value;
    spenders++;
  }
  const score = dataQualityScore(table, options.findings);
  const kpi = (id: KpiId, format: ReportFormat, value: number | null, previous: number | null, higherIsBetter = true): HeadlineKpi => ({
    id,
    label: LABELS[id][lang],
    format,
    value,
    previous: value === null ? null : previous,
    change: value !== null && previous !== null && previous !== 0 ? (value - previous) / Math.abs(previous) : null,
    higherIsBetter,
  });
  const kpis = [
    kpi('customers', 'count', now.customers, before.customers),
    kpi('newInPeriod', 'count', now.newInPeriod, before.newInPeriod),
    kpi('active', 'count', now.active, before.active),
    kpi('atRisk', 'count', now.atRisk, before.atRisk, false),
    kpi('churned', 'count', now.churned, before.churned, false),
    kpi('retention', 'percent', now.retention, before.retention),
    // The file keeps only today's totals and follow-up dates: no earlier figure to compare with.
    kpi('totalSpend', 'money', has('total_spend') ? round2(spend) : null, null),
    kpi('averageSpend', 'money', spenders > 0 ? round2(spend / spenders) : null, null),
    kpi('followUpsDue', 'count', has('next_follow_up') ? followUpsDue(table, { today }).length : null, null, false),
    kpi('staleShare', 'percent', now.staleShare, before.staleShare, false),
    kpi('qualityScore', 'count', score, null),
  ];
  const errors = options.findings.filter((f) => f.severity === 'error').length;
  const level = score >= 90 ? 'good' : score >= 75 ? 'fair' : 'poor';
  const worst = worstFields(table, options.findings, lang);
  const verdictWord = { good: z ? '良好' : 'good', fair: z ? '尚可' : 'fair', poor: z ? '需要整理' : 'needs work' }[level];
  const verdict = z
    ? `数据质量 ${score}/100，${verdictWord}：${errors} 个错误${worst ? `，主要在${worst}` : ''}。`
    : `Data quality ${score}/100, ${verdictWord}: ${errors} error${errors === 1 ? '' : 's'}${worst ? `, mostly in ${worst}` : ''}.`;
  const period = `${shiftDays(today, 1 - periodDays)} – ${today}`;
  const previous = `${shiftDays(today, 1 - 2 * periodDays)} – ${previousEnd}`;
  return {
    title: z ? `概览：近 ${periodDays} 天` : `At a glance: the last ${periodDays} days`,
    period: z ? `${period}，对比 ${previous}` : `${period}, compared with ${previous}`,
    kpis,
    verdict,
    verdictLevel: level,
    footnote: z
      ? '上期数字由表中日期推算（此后新建的客户不计；此后的购买或联系按上期末计）；累计消费、待回访与数据质量表中无历史，不作对比。'
      : 'Previous figures are rebuilt from the dates in the file (customers created since left out; purchases or contacts since counted as of then); spend, follow-ups and data quality have no history in the file and are not compared.',
  };
}

/** The two fields with the most errors, in the reader's language. */
function worstFields(table: CustomerTable, findings: readonly Finding[], lang: Lang): string {
  const counts = new Map<string, number>();
  for (const f of findings) if (f.severity === 'error' && f.field) counts.set(f.field, (counts.get(f.field) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 2)
    .map(([key]) => table.template.fields.find((f) => f.key === key)?.label[lang] ?? key)
    .join(lang === 'zh' ? '、' : ', ');
}

function shiftDays(iso: string, days: number): string {
  const date = dateFromIso(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDateOf(date);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
