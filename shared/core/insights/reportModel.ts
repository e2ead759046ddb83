import type { Finding } from '../findings/finding';
import type { Lang } from '../i18n/lang';
import { daysBetween } from '../normalize/isoDate';
import type { CustomerRow, CustomerTable } from '../table/customerTable';
import { currencyOfRegion } from './currencyOfRegion';
import { lifecycleStages } from './lifecycle';
import { maskName } from './maskPii';
import type { ReportFormat } from './reportFormat';
import { reportHeadline, type ReportHeadline } from './reportHeadline';
import { followUpsDue, staleRows, upcomingBirthdays } from './staleness';
import { standardNumber, standardText } from './standardValue';

export type ReportCell = string | number | null;

export interface ReportTable {
  readonly header: string[];
  readonly rows: ReportCell[][];
  /** Index in `rows` of the totals row, when there is one. */
  readonly totalsRow?: number;
  /** How each column's values read (same length as header). */
  readonly formats: ReportFormat[];
  /** Per row, the format of its numbers where a row differs from its column (measure/value tables). */
  readonly rowFormats?: Array<ReportFormat | undefined>;
}

/** A chart of a section's table: the category column against value columns, host-neutral. */
export interface ReportChart {
  readonly kind: 'bar' | 'column' | 'line' | 'pie';
  readonly title: string;
  readonly categoryColumn: number;
  readonly valueColumns: number[];
  /** The value axis's fixed bounds where the measure has a scale (satisfaction 1–5, shares 0–1). */
  readonly domain?: readonly [number, number];
  /** The last category is the unfinished current period (drawn apart, and labelled so). */
  readonly partialLast?: boolean;
}

export interface ReportSection {
  readonly id: string;
  readonly title: string;
  readonly table: ReportTable;
  readonly chart?: ReportChart;
}

export interface GroupSummary {
  count: number;
  totalSpend: number;
}

/** cli.md's `report --format json` document. */
export interface ReportSummary {
  readonly rows: number;
  readonly today: string;
  readonly byOwner: Record<string, GroupSummary>;
  readonly byGrade: Record<string, GroupSummary>;
  readonly byStage: Record<string, GroupSummary>;
  readonly stale: number;
  readonly followUpsDue: number;
  readonly duplicateClusters: number | null;
  readonly quality: { errors: number; warnings: number; completeness: number };
}

export interface ReportModel {
  readonly title: string;
  readonly today: string;
  readonly lang: Lang;
  readonly masked: boolean;
  /** ISO 4217 code for amounts, from the workbook's region; null: amounts without a symbol. */
  readonly currency: string | null;
  readonly periodDays: number;
  /** The one-page answer shown first in every format. */
  readonly headline: ReportHeadline;
  readonly sections: ReportSection[];
  readonly summary: ReportSummary;
}

export interface ReportOptions {
  readonly today: string;
  readonly lang: Lang;
  /** Personal data masked (default): reports are made to be shared. */
  readonly mask?: boolean;
  /** The check's findings, for the data-quality section. */
  readonly findings?: readonly Finding[];
  /** Duplicate clusters found, when the duplicate engine ran. */
  readonly duplicateClusters?: number;
  readonly staleDays?: number;
  /** Days counted as "the period" for new customers (default 30). */
  readonly periodDays?: number;
  /** Section ids to include (default all). */
  readonly sections?: readonly string[];
  /** The workbook's region (phones default to it too): picks the currency of amounts. */
  readonly region?: string;
}

const BLANK = { en: '(blank)', zh: '（空白）' };
const TOTAL = { en: 'Total', zh: '合计' };

const T = {
  title: { en: 'Customer report', zh: '客户报表' },
  count: { en: 'Customers', zh: '客户数' },
  totalSpend: { en: 'Total spend', zh: '累计消费' },
  share: { en: 'Share of spend', zh: '消费占比' },
  orders: { en: 'Orders', zh: '订单数' },
  aov: { en: 'Average order value', zh: '客单价' },
  newInPeriod: { en: 'New in period', zh: '本期新增' },
  avgSatisfaction: { en: 'Average satisfaction', zh: '平均满意度' },
  satisfied: { en: 'Share scoring 4–5', zh: '4–5 分占比' },
  rated: { en: 'Rated', zh: '已评分' },
  month: { en: 'Month', zh: '月份' },
  newCustomers: { en: 'New customers', zh: '新增客户' },
  measure: { en: 'Measure', zh: '指标' },
  value: { en: 'Value', zh: '数值' },
  dueFollowUps: { en: 'Follow-ups due', zh: '待回访' },
  birthdays: { en: 'Birthdays in 7 days', zh: '7 天内生日' },
  customersList: { en: 'Customers', zh: '客户' },
  field: { en: 'Field', zh: '字段' },
  completeness: { en: 'Filled in', zh: '填写率' },
  errors: { en: 'Errors', zh: '错误' },
  warnings: { en: 'Warnings', zh: '警告' },
} as const;

// Horizontal bars wherever categories are names: their labels read level, never rotated.
const GROUPS: Array<{ key: string; id: string; title: { en: string; zh: string }; chart: ReportChart['kind'] }> = [
  { key: 'owner', id: 'byOwner', title: { en: 'Customers and spend by owner', zh: '按负责人：客户数与消费' }, chart: 'bar' },
  { key: 'grade', id: 'byGrade', title: { en: 'By grade', zh: '按客户等级' }, chart: 'bar' },
  { key: 'stage', id: 'byStage', title: { en: 'By stage', zh: '按客户阶段' }, chart: 'bar' },
  { key: 'source', id: 'bySource', title: { en: 'By source', zh: '按来源' }, chart: 'pie' },
  { key: 'province', id: 'byProvince', title: { en: 'By province', zh: '按省份' }, chart: 'bar' },
  { key: 'city', id: 'byCity', title: { en: 'By city', zh: '按城市' }, chart: 'bar' },
];

/** Every section a report can have, in order, for the pane's and the command line's choice of sections. */
export const REPORT_SECTIONS: ReadonlyArray<{ id: string; label: { en: string; zh: string } }> = [
  ...GROUPS.map((g) => ({ id: g.id, label: g.title })),
  { id: 'salesByOwner', label: { en: 'Sales performance by owner', zh: '销售业绩' } },
  { id: 'satisfactionByOwner', label: { en: 'Satisfaction by owner', zh: '满意度（按负责人）' } },
  { id: 'satisfactionByGrade', label: { en: 'Satisfaction by grade', zh: '满意度（按等级）' } },
  { id: 'newByMonth', label: { en: 'New customers by month', zh: '每月新增客户' } },
  { id: 'retention', label: { en: 'Churn and retention', zh: '流失与留存' } },
  { id: 'followUps', label: { en: 'Follow-ups and birthdays', zh: '待回访与生日' } },
  { id: 'quality', label: { en: 'Data quality by field', zh: '数据质量（按字段）' } },
  { id: 'qualitySummary', label: { en: 'Data quality at a glance', zh: '数据质量概要' } },
];

/**
 * The manager's report as data: pivot-style sections (each a table and a
 * chart), and the summary cli.md prints. Hosts render it (Excel and Sheets
 * as a report sheet with native charts, the command line as .xlsx or HTML).
 */
export function buildReportModel(table: CustomerTable, options: ReportOptions): ReportModel {
  const { lang, today } = options;
  const mask = options.mask ?? true;
  const label = (key: string) => table.template.fields.find((f) => f.key === key)?.label[lang] ?? key;
  const has = (key: string) => key in table.mapping.columns;
  const blank = BLANK[lang];
  const sections: ReportSection[] = [];
  const summaryGroups: Record<string, Record<string, GroupSummary>> = {};

  for (const group of GROUPS) {
    const stats = groupBy(table.rows, (row) => standardText(row, group.key) ?? '');
    summaryGroups[group.id] = Object.fromEntries([...stats].map(([k, v]) => [k, { count: v.count, totalSpend: round2(v.totalSpend) }]));
    if (!has(group.key)) continue;
    const total = [...stats.values()].reduce((s, v) => s + v.totalSpend, 0);
    const ordered = orderGroups(table, group.key, stats);
    const rows: ReportCell[][] = ordered.map(([k, v]) => [k === '' ? blank : displayEnum(table, group.key, k, lang), v.count, round2(v.totalSpend), total > 0 ? round4(v.totalSpend / total) : null]);
    rows.push([TOTAL[lang], table.rows.length, round2(total), total > 0 ? 1 : null]);
    sections.push({
      id: group.id,
      title: group.title[lang],
      table: { header: [label(group.key), T.count[lang], T.totalSpend[lang], T.share[lang]], rows, totalsRow: rows.length - 1, formats: ['text', 'count', 'money', 'percent'] },
      // One measure per chart: customers and amounts differ by orders of magnitude on one axis (spend for owners, who are judged by it).
      chart: { kind: group.chart, title: group.key === 'owner' ? T.totalSpend[lang] : T.count[lang], categoryColumn: 0, valueColumns: group.key === 'owner' ? [2] : [1] },
    });
  }

  // Sales performance by owner.
  const period = options.periodDays ?? 30;
  if (has('owner')) {
    const perOwner = new Map<string, { customers: number; orders: number; spend: number; newCustomers: number }>();
    for (const row of table.rows) {
      const owner = standardText(row, 'owner') ?? '';
      const entry = perOwner.get(owner) ?? { customers: 0, orders: 0, spend: 0, newCustomers: 0 };
      entry.customers++;
      entry.orders += standardNumber(row, 'orders') ?? 0;
      entry.spend += standardNumber(row, 'total_spend') ?? 0;
      const created = standardText(row, 'created');
      if (created !== undefined && daysBetween(created, today) >= 0 && daysBetween(created, today) < period) entry.newCustomers++;
      perOwner.set(owner, entry);
    }
    const rows: ReportCell[][] = [...perOwner].sort((a, b) => b[1].spend - a[1].spend).map(([owner, e]) => [owner || blank, e.customers, e.orders, round2(e.spend), e.orders > 0 ? round2(e.spend / e.orders) : null, e.newCustomers]);
    const t = [...perOwner.values()].reduce((s, e) => ({ customers: s.customers + e.customers, orders: s.orders + e.orders, spend: s.spend + e.spend, newCustomers: s.newCustomers + e.newCustomers }), { customers: 0, orders: 0, spend: 0, newCustomers: 0 });
    rows.push([TOTAL[lang], t.customers, t.orders, round2(t.spend), t.orders > 0 ? round2(t.spend / t.orders) : null, t.newCustomers]);
    sections.push({
      id: 'salesByOwner',
      title: lang === 'zh' ? `销售业绩（本期：近 ${period} 天）` : `Sales performance by owner (period: last ${period} days)`,
      table: { header: [label('owner'), T.count[lang], T.orders[lang], T.totalSpend[lang], T.aov[lang], T.newInPeriod[lang]], rows, totalsRow: rows.length - 1, formats: ['text', 'count', 'count', 'money', 'money', 'count'] },
      chart: { kind: 'bar', title: T.totalSpend[lang], categoryColumn: 0, valueColumns: [3] },
    });
  }

  // Satisfaction by owner and by grade.
  if (has('satisfaction')) {
    for (const key of ['owner', 'grade'].filter(has)) {
      const per = new Map<string, { rated: number; sum: number; high: number }>();
      for (const row of table.rows) {
        const score = standardNumber(row, 'satisfaction');
        if (score === undefined) continue;
        const k = standardText(row, key) ?? '';
        const e = per.get(k) ?? { rated: 0, sum: 0, high: 0 };
        e.rated++;
        e.sum += score;
        if (score >= 4) e.high++;
        per.set(k, e);
      }
      const all = [...per.values()].reduce((s, e) => ({ rated: s.rated + e.rated, sum: s.sum + e.sum, high: s.high + e.high }), { rated: 0, sum: 0, high: 0 });
      const rows: ReportCell[][] = [...per].sort((a, b) => a[0].localeCompare(b[0])).map(([k, e]) => [k === '' ? blank : displayEnum(table, key, k, lang), e.rated, round2(e.sum / e.rated), round4(e.high / e.rated)]);
      rows.push([TOTAL[lang], all.rated, all.rated ? round2(all.sum / all.rated) : null, all.rated ? round4(all.high / all.rated) : null]);
      sections.push({
        id: `satisfactionBy${key === 'owner' ? 'Owner' : 'Grade'}`,
        title: lang === 'zh' ? `满意度（按${label(key)}）` : `Satisfaction by ${label(key).toLowerCase()}`,
        table: { header: [label(key), T.rated[lang], T.avgSatisfaction[lang], T.satisfied[lang]], rows, totalsRow: rows.length - 1, formats: ['text', 'count', 'score', 'percent'] },
        // The axis spans the whole 1–5 scale, so a 3.2 reads as middling, not as a full bar.
        chart: { kind: 'bar', title: T.avgSatisfaction[lang], categoryColumn: 0, valueColumns: [2], domain: [1, 5] },
      });
    }
  }

  // New customers by month of `created`, the last 12 months.
  if (has('created')) {
    const months = lastMonths(today, 12);
    const counts = new Map(months.map((m) => [m, 0]));
    for (const row of table.rows) {
      const created = standardText(row, 'created');
      if (created !== undefined && counts.has(created.slice(0, 7))) counts.set(created.slice(0, 7), counts.get(created.slice(0, 7))! + 1);
    }
    // The current month is not over: its label says so in every format, and charts draw it apart.
    const partial = today.slice(0, 7);
    const rows: ReportCell[][] = months.map((m) => [m === partial ? (lang === 'zh' ? `${m}（至今）` : `${m} (to date)`) : m, counts.get(m)!]);
    rows.push([TOTAL[lang], [...counts.values()].reduce((a, b) => a + b, 0)]);
    sections.push({
      id: 'newByMonth',
      title: lang === 'zh' ? '每月新增客户（近 12 个月）' : 'New customers by month (last 12 months)',
      table: { header: [T.month[lang], T.newCustomers[lang]], rows, totalsRow: rows.length - 1, formats: ['month', 'count'] },
      chart: { kind: 'column', title: T.newCustomers[lang], categoryColumn: 0, valueColumns: [1], partialLast: true },
    });
  }

  // Churn and retention: of the customers who had bought before a year ago, how many bought again within the year.
  if (has('last_purchase')) {
    const stages = lifecycleStages(table, { today });
    let cohort = 0;
    let retained = 0;
    for (const row of table.rows) {
      const first = standardText(row, 'first_purchase') ?? standardText(row, 'last_purchase');
      const last = standardText(row, 'last_purchase');
      if (first === undefined || last === undefined || daysBetween(first, today) <= 365) continue;
      cohort++;
      if (daysBetween(last, today) <= 365) retained++;
    }
    const churned = [...stages.values()].filter((s) => s === 'Churned').length;
    const atRisk = [...stages.values()].filter((s) => s === 'At risk').length;
    const z = lang === 'zh';
    sections.push({
      id: 'retention',
      title: z ? '流失与留存' : 'Churn and retention',
      table: {
        header: [T.measure[lang], T.value[lang]],
        rows: [
          [z ? '一年前已购买的客户' : 'Customers who had bought by a year ago', cohort],
          [z ? '其中近一年再次购买' : '…of whom bought again in the last year', retained],
          [z ? '留存率' : 'Retention rate', cohort ? round4(retained / cohort) : null],
          [z ? '已流失（一年未购买）' : 'Churned (no purchase for a year)', churned],
          [z ? '流失风险（半年未购买）' : 'At risk (no purchase for six months)', atRisk],
        ],
        formats: ['text', 'count'],
        rowFormats: [undefined, undefined, 'percent', undefined, undefined],
      },
    });
  }

  // Follow-ups due and birthdays in the next 7 days, by owner.
  const due = followUpsDue(table, { today });
  const birthdays = has('birthday') ? upcomingBirthdays(table, { today, days: 7 }) : [];
  const byNumber = new Map(table.rows.map((r) => [r.rowNumber, r]));
  const who = (rowNumber: number) => {
    const row = byNumber.get(rowNumber)!;
    const name = standardText(row, 'name') ?? '';
    const id = standardText(row, 'id');
    return `${id ? `${id} ` : ''}${mask ? maskName(name) : name}`.trim();
  };
  if (has('next_follow_up') || has('birthday')) {
    const per = new Map<string, { due: number[]; birthdays: number[] }>();
    const entry = (rowNumber: number) => {
      const owner = standardText(byNumber.get(rowNumber)!, 'owner') ?? '';
      const e = per.get(owner) ?? { due: [], birthdays: [] };
      per.set(owner, e);
      return e;
    };
    for (const d of due) entry(d.row).due.push(d.row);
    for (const b of birthdays) entry(b.row).birthdays.push(b.row);
    const rows: ReportCell[][] = [...per].sort((a, b) => a[0].localeCompare(b[0])).map(([owner, e]) => [owner || blank, e.due.length, e.birthdays.length, [...new Set([...e.due, ...e.birthdays])].slice(0, 10).map(who).join(', ')]);
    rows.push([TOTAL[lang], due.length, birthdays.length, '']);
    sections.push({
      id: 'followUps',
      title: lang === 'zh' ? '待回访与 7 天内生日（按负责人）' : 'Follow-ups due and birthdays in the next 7 days, by owner',
      table: { header: [label('owner'), T.dueFollowUps[lang], T.birthdays[lang], T.customersList[lang]], rows, totalsRow: rows.length - 1, formats: ['text', 'count', 'count', 'text'] },
    });
  }

  // Data quality: completeness, errors and warnings per field, duplicates, stale share.
  const stale = staleRows(table, { today, days: options.staleDays });
  const findingsByField = new Map<string, { errors: number; warnings: number }>();
  for (const f of options.findings ?? []) {
    const e = findingsByField.get(f.field) ?? { errors: 0, warnings: 0 };
    if (f.severity === 'error') e.errors++;
    else e.warnings++;
    findingsByField.set(f.field, e);
  }
  const mapped = table.template.fields.filter((f) => has(f.key));
  // One pass over the rows for every field's filled count.
  const presentByField = new Map(mapped.map((f) => [f.key, 0]));
  // A placeholder (`无`, `N/A`) fills no field.
  for (const row of table.rows) {
    for (const field of mapped) {
      const status = row.values[field.key]?.status;
      if (status !== 'empty' && status !== 'placeholder') presentByField.set(field.key, presentByField.get(field.key)! + 1);
    }
  }
  let filled = 0;
  const qualityRows: ReportCell[][] = mapped.map((field) => {
    const present = presentByField.get(field.key)!;
    filled += present;
    const e = findingsByField.get(field.key) ?? { errors: 0, warnings: 0 };
    return [field.label[lang], table.rows.length ? round4(present / table.rows.length) : null, e.errors, e.warnings];
  });
  const completeness = table.rows.length && mapped.length ? round4(filled / (table.rows.length * mapped.length)) : 1;
  const errors = (options.findings ?? []).filter((f) => f.severity === 'error').length;
  const warnings = (options.findings ?? []).length - errors;
  qualityRows.push([TOTAL[lang], completeness, errors, warnings]);
  sections.push({
    id: 'quality',
    title: lang === 'zh' ? '数据质量' : 'Data quality',
    table: { header: [T.field[lang], T.completeness[lang], T.errors[lang], T.warnings[lang]], rows: qualityRows, totalsRow: qualityRows.length - 1, formats: ['text', 'percent', 'count', 'count'] },
    chart: { kind: 'bar', title: T.completeness[lang], categoryColumn: 0, valueColumns: [1], domain: [0, 1] },
  });
  const z = lang === 'zh';
  sections.push({
    id: 'qualitySummary',
    title: z ? '数据质量概要' : 'Data quality at a glance',
    table: {
      header: [T.measure[lang], T.value[lang]],
      rows: [
        [z ? '客户行数' : 'Customer rows', table.rows.length],
        [z ? '重复客户组' : 'Duplicate clusters', options.duplicateClusters ?? null],
        [z ? '长期未联系' : 'Stale rows', stale.length],
        [z ? '长期未联系占比' : 'Stale share', table.rows.length ? round4(stale.length / table.rows.length) : null],
        [z ? '错误' : 'Errors', errors],
        [z ? '警告' : 'Warnings', warnings],
      ],
      formats: ['text', 'count'],
      rowFormats: [undefined, undefined, undefined, 'percent', undefined, undefined],
    },
  });

  const wanted = options.sections ? new Set(options.sections) : null;
  return {
    title: `${T.title[lang]} ${today}`,
    today,
    lang,
    masked: mask,
    currency: currencyOfRegion(options.region ?? table.template.settings.defaultRegion),
    periodDays: period,
    headline: reportHeadline(table, { today, lang, periodDays: period, staleDays: options.staleDays ?? table.template.settings.staleDays, findings: options.findings ?? [] }),
    sections: wanted ? sections.filter((s) => wanted.has(s.id)) : sections,
    summary: {
      rows: table.rows.length,
      today,
      byOwner: summaryGroups.byOwner ?? {},
      byGrade: summaryGroups.byGrade ?? {},
      byStage: summaryGroups.byStage ?? {},
      stale: stale.length,
      followUpsDue: due.length,
      duplicateClusters: options.duplicateClusters ?? null,
      quality: { errors, warnings, completeness },
    },
  };
}

function groupBy(rows: readonly CustomerRow[], keyOf: (row: CustomerRow) => string): Map<string, GroupSummary> {
  const groups = new Map<string, GroupSummary>();
  for (const row of rows) {
    const key = keyOf(row);
    const g = groups.get(key) ?? { count: 0, totalSpend: 0 };
    g.count++;
    g.totalSpend += standardNumber(row, 'total_spend') ?? 0;
    groups.set(key, g);
  }
  return groups;
}

/** Choices in the template's order (A, B, C, D), other groups by spend; blank last. */
function orderGroups(table: CustomerTable, key: string, stats: Map<string, GroupSummary>): Array<[string, GroupSummary]> {
  const options = table.template.fields.find((f) => f.key === key)?.options;
  const entries = [...stats];
  const rank = (k: string) => (k === '' ? Infinity : options ? options.findIndex((o) => o.value === k) : -1);
  return entries.sort((a, b) => (options ? rank(a[0]) - rank(b[0]) : (a[0] === '' ? 1 : 0) - (b[0] === '' ? 1 : 0) || b[1].totalSpend - a[1].totalSpend || a[0].localeCompare(b[0])));
}

/** Tables show a choice in the reader's language; JSON keeps the canonical value. */
function displayEnum(table: CustomerTable, key: string, value: string, lang: Lang): string {
  const option = table.template.fields.find((f) => f.key === key)?.options?.find((o) => o.value === value);
  return option ? (lang === 'zh' ? option.label.zh : option.value) : value;
}

function lastMonths(today: string, count: number): string[] {
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7));
  const months: string[] = [];
  for (let k = 0; k < count; k++) {
    months.unshift(`${y}-${String(m).padStart(2, '0')}`);
    m--;
    if (m === 0) {
      m = 12;
      y--;
    }
  }
  return months;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function round4(n: number): number {
  return Math.round(n * 10000) / 10000;
}
