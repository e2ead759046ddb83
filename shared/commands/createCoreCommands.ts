import { DossierError, isDossierError } from '../core/errors';
import type { Lang } from '../core/i18n/lang';
import { planMerge } from '../core/dedupe/planMerge';
import { parseTemplate } from '../core/template/parseTemplate';
import { cellToText } from '../core/normalize/cellToText';
import { applySegments } from '../core/operations/applySegments';
import { applyTemplate } from '../core/operations/applyTemplate';
import { checkWorkbook, markFindings, normalizeContextFor, type CheckReport } from '../core/operations/check';
import { findWorkbookDuplicates, rememberNotDuplicates, type DedupeReport } from '../core/operations/dedupe';
import { fixWorkbook, planFix } from '../core/operations/fix';
import { importCustomers } from '../core/operations/importCustomers';
import { mergeDuplicates } from '../core/operations/merge';
import { buildWorkbookReport, writeReport } from '../core/operations/report';
import { findStale, markContacted, type StaleReport } from '../core/operations/stale';
import { eraseCustomer } from '../core/safety/erase';
import { listSnapshots, restoreSnapshot, undoLast, type Snapshot } from '../core/safety/snapshots';
import type { SheetData, WorkbookPort } from '../core/port/workbookPort';
import { readWorkbookState, writeWorkbookState } from '../core/state/workbookState';
import { findCustomerSheet } from '../core/table/findCustomerSheet';
import type { Template } from '../core/template/templateSchema';
import { readWorkbookTemplate, saveWorkbookTemplate } from '../core/template/workbookTemplate';
import { applyColumnMapping, candidateSheets, readColumnMapping } from './columnMapping';
import { qualityScore } from './qualityScore';
import { settingsProblems } from './settingsProblems';
import { staleHighlightArea } from '../core/output/staleHighlightArea';
import { templateEditOf, templateFromEdit } from './templateEdit';
import { templateProblems } from './templateProblems';
import type { CommandApi, Settings, SnapshotSummary, StaleEntry } from './commandApi';

export interface CommandEnvironment {
  /** Today in the user's time zone, YYYY-MM-DD. */
  today(): string;
  /** Now, ISO 8601, for the audit log and snapshots. */
  now(): string;
  /** The host's display language (a saved setting may override it). */
  readonly lang: Lang;
  /** Reads an imported file's first sheet (the pane has the file reader; Apps Script has none). */
  readFile?(name: string, bytes: Uint8Array): Promise<SheetData>;
  /** Told rows done of rows while a command checks the rows (status, check, fix), for a progress bar; hosts without one leave it out. */
  onRows?(done: number, total: number): void;
}

const SETTINGS_KEY = 'settings';
const QUALITY_KEY = 'lastQuality';
/** Where the core's dedupe keeps the pairs marked not duplicates (shared/core/operations/dedupe.ts). */
const NOT_DUPLICATES_KEY = 'notDuplicates';
/**
 * The pairs each "Not duplicates" added, newest last, for its Undo. Kept in the workbook, not in memory:
 * in Sheets every call is a new server execution, so a list held between calls would be gone.
 */
const REJECTED_UNDO_KEY = 'rejectedPairsAdded';
/** Undo goes back this many markings; older ones stay remembered. */
const REJECTED_UNDO_KEPT = 20;

/**
 * The command API implemented once, over any port, by running the core's
 * operations. It remembers the last check, duplicate search and stale list
 * so that Fix, Merge and "Mark contacted" act on exactly what the user saw;
 * the safety layer refuses if the sheet changed in between.
 */
export function createCoreCommands(port: WorkbookPort, env: CommandEnvironment): CommandApi {
  let lastCheck: CheckReport | null = null;
  let lastDuplicates: DedupeReport | null = null;
  let lastStale: StaleReport | null = null;

  const settingsOf = async (): Promise<{ template: Template; settings: Settings; lang: Lang }> => {
    const template = await readWorkbookTemplate(port);
    const stored = ((await readWorkbookState(port))[SETTINGS_KEY] ?? {}) as Partial<Settings>;
    const settings: Settings = {
      lang: stored.lang ?? null,
      region: template.settings.defaultRegion,
      staleDays: template.settings.staleDays,
      followUpWindowDays: template.settings.followUpWindowDays,
      keepSnapshots: stored.keepSnapshots ?? 10,
      dateOrder: template.settings.ambiguousDateOrder,
    };
    return { template, settings, lang: settings.lang ?? env.lang };
  };
  const options = async () => {
    const { template, settings, lang } = await settingsOf();
    return { template, lang, today: env.today(), keepSnapshots: settings.keepSnapshots, onProgress: env.onRows && ((done: number, total: number) => env.onRows!(done, total)) };
  };
  const change = (keep: number) => ({ now: env.now(), keepSnapshots: keep });

  const api: CommandApi = {
    async status() {
      const o = await options();
      let report: CheckReport;
      try {
        report = await checkWorkbook(port, o);
      } catch (error) {
        if (isDossierError(error) && (error.code === 'sheet.noCustomerSheet' || error.code === 'header.notRecognized')) {
          // The core's message speaks to the command line (--sheet); the pane says what to do here.
          let withRows: string | null = null;
          for (const name of await candidateSheets(port)) if (withRows === null && (await port.readSheet(name)).values.length > 1) withRows = name;
          const hint = withRows === null ? null : o.lang === 'zh' ? `"${withRows}"的列还没有对应到模板。请用"对应列"逐列指定它们是什么。` : `The columns of "${withRows}" do not match the template yet. Use "Map columns" to say what each one holds.`;
          return { sheet: null, rows: 0, errors: 0, warnings: 0, duplicateClusters: null, stale: 0, followUpsDue: 0, qualityScore: 0, previousQualityScore: null, mapping: null, hint };
        }
        throw error;
      }
      lastCheck = report;
      const stale = await findStale(port, o);
      // The rows counted for the bar are the check's: the duplicates pass after it does not start the count again.
      const duplicates = await findWorkbookDuplicates(port, { ...o, onProgress: undefined });
      lastDuplicates = duplicates;
      const score = qualityScore(report);
      const state = await readWorkbookState(port);
      const previous = typeof state[QUALITY_KEY] === 'number' ? (state[QUALITY_KEY] as number) : null;
      if (previous !== score) await writeWorkbookState(port, QUALITY_KEY, score);
      return {
        sheet: report.sheet,
        rows: report.rows,
        errors: report.summary.errors,
        warnings: report.summary.warnings,
        duplicateClusters: duplicates.clusters.length,
        stale: stale.stale.length,
        followUpsDue: stale.followUpsDue.length,
        qualityScore: score,
        previousQualityScore: previous,
        mapping: {
          recognized: o.template.fields.filter((f) => f.key in report.mapping.columns).map((f) => ({ key: f.key, header: cellToText(report.table.header[report.mapping.columns[f.key]!] ?? null), col: report.mapping.columns[f.key]! + 1 })),
          unknown: report.mapping.unknown.map((u) => u.header),
          // By label in the user's language, as the mapping screen shows them (not internal keys).
          missing: report.mapping.missing.map((key) => o.template.fields.find((f) => f.key === key)?.label[o.lang] ?? key),
        },
        hint: null,
      };
    },

    async applyTemplate() {
      const o = await options();
      // A sheet with rows whose headers match nothing: a new empty customer sheet beside it would
      // leave the user's rows where they are and report a perfect score for none. Map its columns first.
      const customer = await findCustomerSheet(port, o.template).catch(() => null);
      if (!customer) {
        for (const name of await candidateSheets(port)) {
          const { values } = await port.readSheet(name);
          if (values.length > 1) {
            throw new DossierError('template.mapFirst', {
              en: `The columns of "${name}" do not match the template yet. Choose "Map columns" to say which column is which; nothing was changed.`,
              zh: `"${name}"的列还没有对应到模板。请选择"对应列"逐列指定；表格未被修改。`,
            }, name);
          }
        }
      }
      const result = await applyTemplate(port, { template: o.template, lang: o.lang, ...change(o.keepSnapshots) });
      return { sheet: result.sheet, created: result.created, mapped: result.mapped, added: result.added, unknown: result.unknown, snapshotId: result.snapshot?.id ?? null };
    },

    async check() {
      const o = await options();
      const report = await checkWorkbook(port, o);
      lastCheck = report;
      await markFindings(port, report);
      return {
        sheet: report.sheet,
        rows: report.rows,
        findings: report.findings,
        summary: report.summary,
        columns: Object.fromEntries(Object.entries(report.mapping.columns).map(([k, c]) => [k, c + 1])),
        labels: Object.fromEntries(o.template.fields.map((f) => [f.key, f.label[o.lang]])),
      };
    },

    async previewFix() {
      const report = lastCheck ?? (await checkWorkbook(port, await options()));
      lastCheck = report;
      return planFix(report);
    },

    async applyFix(changes) {
      const o = await options();
      const report = lastCheck ?? (await checkWorkbook(port, o));
      const { changed, snapshot } = await fixWorkbook(port, report, changes, change(o.keepSnapshots));
      lastCheck = null;
      return { changed, snapshotId: snapshot?.id ?? null };
    },

    async applyFixExcept(off) {
      const o = await options();
      const report = lastCheck ?? (await checkWorkbook(port, o));
      // The plan the preview listed, less the fields switched off: the changes need not travel back to be named.
      const skip = new Set(off);
      const { changed, snapshot } = await fixWorkbook(port, report, planFix(report).filter((c) => !skip.has(c.field)), change(o.keepSnapshots));
      lastCheck = null;
      return { changed, snapshotId: snapshot?.id ?? null };
    },

    async findDuplicates(threshold) {
      const o = await options();
      const report = await findWorkbookDuplicates(port, { ...o, threshold });
      lastDuplicates = report;
      const fields = o.template.fields.filter((f) => f.key in report.table.mapping.columns);
      return {
        sheet: report.sheet,
        rows: report.rows,
        fields: fields.map((f) => ({ key: f.key, label: f.label[o.lang] })),
        // The review tier follows the confident clusters, each pair marked as possible.
        clusters: [...report.clusters.map((c) => ({ ...c, possible: false })), ...report.possible.map((p) => ({ ...p, possible: true }))].map((c) => {
          const plan = planMerge(report.table, c.members);
          return {
            rows: c.rows,
            score: c.score,
            reasons: c.reasons,
            possible: c.possible,
            evidence: c.evidence,
            survivor: plan.survivor,
            conflicts: plan.conflicts.map((x) => ({ field: x.field, values: [...x.values], chosen: x.chosen })),
            members: c.members.map((m) => {
              const row = report.table.rows[m]!;
              return { row: row.rowNumber, values: Object.fromEntries(fields.map((f) => [f.key, cellToText(row.cells[report.table.mapping.columns[f.key]!] ?? null)])) };
            }),
          };
        }),
      };
    },

    async merge(decisions) {
      const o = await options();
      const report = lastDuplicates ?? (await findWorkbookDuplicates(port, o));
      const byRow = new Map(report.table.rows.map((r, i) => [r.rowNumber, i]));
      const plans = decisions.map((d) => planMerge(report.table, d.rows.map((r) => byRow.get(r)!).filter((i) => i !== undefined), { survivor: d.survivor, choices: d.choices }));
      const result = await mergeDuplicates(port, report, plans, { ...change(o.keepSnapshots), lang: o.lang });
      lastDuplicates = null;
      return { merged: result.merged, movedRows: result.movedRows, snapshotId: result.snapshot?.id ?? null };
    },

    async markNotDuplicates(rows) {
      const report = lastDuplicates ?? (await findWorkbookDuplicates(port, await options()));
      const before = new Set(pairsOf((await readWorkbookState(port))[NOT_DUPLICATES_KEY]));
      await rememberNotDuplicates(port, report.table, rows);
      const state = await readWorkbookState(port);
      const added = pairsOf(state[NOT_DUPLICATES_KEY]).filter((p) => !before.has(p));
      const stack = Array.isArray(state[REJECTED_UNDO_KEY]) ? (state[REJECTED_UNDO_KEY] as unknown[]) : [];
      await writeWorkbookState(port, REJECTED_UNDO_KEY, [...stack, added].slice(-REJECTED_UNDO_KEPT));
    },

    async columnMapping(sheet) {
      const o = await options();
      return readColumnMapping(port, o.template, o.lang, sheet);
    },

    async applyColumnMapping(sheet, choices) {
      const o = await options();
      const result = await applyColumnMapping(port, o.template, o.lang, sheet, choices, change(o.keepSnapshots));
      lastCheck = lastDuplicates = null;
      lastStale = null;
      return result;
    },

    async getTemplate() {
      return templateEditOf((await settingsOf()).template);
    },

    async saveTemplate(edit) {
      const { template } = await settingsOf();
      const problems = templateProblems(edit);
      if (problems.length > 0) {
        throw new DossierError('template.edit', { en: problems.map((p) => p.message.en).join(' '), zh: problems.map((p) => p.message.zh).join('') });
      }
      await saveWorkbookTemplate(port, templateFromEdit(template, edit));
      lastCheck = lastDuplicates = null;
      lastStale = null;
      return templateEditOf((await settingsOf()).template);
    },

    async forgetNotDuplicates() {
      const state = await readWorkbookState(port);
      const stack = Array.isArray(state[REJECTED_UNDO_KEY]) ? [...(state[REJECTED_UNDO_KEY] as unknown[])] : [];
      if (stack.length === 0) return;
      const added = new Set(pairsOf(stack.pop()));
      const kept = pairsOf(state[NOT_DUPLICATES_KEY]).filter((p) => !added.has(p));
      // The list first: should the second write fail, a repeated Undo removes the same pairs again, which changes nothing.
      await writeWorkbookState(port, NOT_DUPLICATES_KEY, kept.length > 0 ? kept : undefined);
      await writeWorkbookState(port, REJECTED_UNDO_KEY, stack.length > 0 ? stack : undefined);
    },

    async stale() {
      const o = await options();
      const report = await findStale(port, o);
      lastStale = report;
      const byNumber = new Map(report.table.rows.map((r) => [r.rowNumber, r]));
      const text = (row: number, key: string) => {
        const r = byNumber.get(row);
        const col = report.table.mapping.columns[key];
        return r && col !== undefined ? cellToText(r.cells[col] ?? null) : '';
      };
      const groups = new Map<string, { owner: string; stale: StaleEntry[]; followUpsDue: StaleEntry[]; birthdays: StaleEntry[] }>();
      const group = (row: number) => {
        const owner = text(row, 'owner').trim();
        let g = groups.get(owner);
        if (!g) groups.set(owner, (g = { owner, stale: [], followUpsDue: [], birthdays: [] }));
        return g;
      };
      for (const s of report.stale) group(s.row).stale.push({ row: s.row, name: text(s.row, 'name'), lastTouched: s.lastTouched, daysSince: s.daysSince });
      for (const f of report.followUpsDue) group(f.row).followUpsDue.push({ row: f.row, name: text(f.row, 'name'), lastTouched: null, daysSince: null, nextFollowUp: f.nextFollowUp });
      for (const b of report.birthdays) group(b.row).birthdays.push({ row: b.row, name: text(b.row, 'name'), lastTouched: null, daysSince: null, birthday: b.on });
      return { sheet: report.sheet, days: report.days, today: report.today, byOwner: [...groups.values()].sort((a, b) => a.owner.localeCompare(b.owner)), highlight: staleHighlightArea(report.table) };
    },

    async markContacted(rows) {
      const o = await options();
      const report = lastStale ?? (await findStale(port, o));
      const before = (await listSnapshots(port)).length;
      const updated = await markContacted(port, report, rows, { ...change(o.keepSnapshots), lang: o.lang });
      lastStale = null;
      const snapshots = await listSnapshots(port);
      return { updated, snapshotId: snapshots.length > before || updated > 0 ? (snapshots[snapshots.length - 1]?.id ?? null) : null };
    },

    async report(request) {
      const o = await options();
      const model = await buildWorkbookReport(port, { ...o, mask: request.mask, sections: request.sections, periodDays: request.periodDays });
      const sheet = await writeReport(port, model, change(o.keepSnapshots));
      const snapshots = await listSnapshots(port);
      return { sheet, summary: model.summary, snapshotId: snapshots[snapshots.length - 1]?.id ?? null };
    },

    async applySegments(request) {
      const o = await options();
      const result = await applySegments(port, { ...o, ...change(o.keepSnapshots), grade: request.grade, stage: request.stage });
      const snapshots = await listSnapshots(port);
      return { changed: result.changed, snapshotId: snapshots[snapshots.length - 1]?.id ?? null };
    },

    async importRows(source, request) {
      const o = await options();
      let data: SheetData;
      if (source.kind === 'sheet') data = await port.readSheet(source.name);
      else {
        if (!env.readFile) throw new DossierError('import.noFileReader', { en: 'Files cannot be read here; choose a sheet to import instead.', zh: '此处不能读取文件；请选择一个工作表导入。' });
        data = await env.readFile(source.name, source.kind === 'bytes' ? source.bytes : bytesOfBase64(source.base64));
      }
      const overrides = request.map ? new Map(Object.entries(request.map)) : undefined;
      const result = await importCustomers(port, data, { template: o.template, lang: o.lang, context: normalizeContextFor(o), overrides, source: request.source, keepUnmapped: request.keepUnmapped, dryRun: request.dryRun, onProgress: o.onProgress, ...change(o.keepSnapshots) });
      const snapshots = await listSnapshots(port);
      return {
        new: result.plan.newRows.length,
        updated: result.plan.updates.length,
        review: result.plan.review.length,
        rejected: result.plan.rejected.length,
        mapping: result.mapping.preview.map((p) => ({ header: p.header, key: p.key, how: p.how })),
        unmapped: result.mapping.unmapped.map((u) => u.header),
        fields: o.template.fields.map((f) => ({ key: f.key, label: f.label[o.lang], required: f.required })),
        snapshotId: result.written ? (snapshots[snapshots.length - 1]?.id ?? null) : null,
      };
    },

    async undo() {
      const undone = await undoLast(port);
      lastCheck = lastDuplicates = null;
      lastStale = null;
      return undone ? summary(undone) : null;
    },

    async listSnapshots() {
      return (await listSnapshots(port)).map(summary);
    },

    async restoreSnapshot(id) {
      const restored = await restoreSnapshot(port, id);
      lastCheck = lastDuplicates = null;
      lastStale = null;
      return summary(restored);
    },

    async erase(match) {
      const o = await options();
      const sheet = await findCustomerSheet(port, o.template);
      const report = await eraseCustomer(port, { template: o.template, sheet: sheet.name, match: match.field, value: match.value, context: normalizeContextFor(o), now: env.now() });
      lastCheck = lastDuplicates = null;
      lastStale = null;
      return { removed: [...report.removed], ids: [...report.ids], hash: report.hash };
    },

    async getSettings() {
      return (await settingsOf()).settings;
    },

    async saveSettings(next) {
      const { template } = await settingsOf();
      const problems = settingsProblems({ ...next, region: next.region.toUpperCase() });
      if (problems.length > 0) {
        throw new DossierError('settings.invalid', { en: problems.map((p) => p.message.en).join(' '), zh: problems.map((p) => p.message.zh).join('') }, problems.map((p) => p.field).join(','));
      }
      const updated = parseTemplate({
        ...template,
        settings: { ...template.settings, defaultRegion: next.region.toUpperCase(), staleDays: next.staleDays, followUpWindowDays: next.followUpWindowDays, ambiguousDateOrder: next.dateOrder },
      });
      await saveWorkbookTemplate(port, updated);
      await writeWorkbookState(port, SETTINGS_KEY, { lang: next.lang, keepSnapshots: next.keepSnapshots });
      return (await settingsOf()).settings;
    },

    async selectCell(sheet, row, col) {
      if (port.activateCell) await port.activateCell(sheet, row - 1, col - 1);
    },
  };
  return withUserFacingErrors(api, async () => (await settingsOf().catch(() => null))?.lang ?? env.lang);
}

/** The pairs in a stored "not duplicates" list (anything else reads as none). */
function pairsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : [];
}

function summary(s: Snapshot): SnapshotSummary {
  return { id: s.id, time: s.time, operation: s.operation, sheets: s.sheets.map((x) => ({ name: x.name, rows: x.rows })) };
}

function bytesOfBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Every method rejects with an Error whose message is a sentence in the
 * user's language (DossierError), or a plain sentence with the technical
 * detail kept apart for support: never a stack in the pane.
 */
export function withUserFacingErrors<Methods extends object>(api: Methods, lang: () => Promise<Lang>): Methods {
  const wrapped = {} as Record<string, unknown>;
  for (const [name, method] of Object.entries(api) as Array<[string, (...args: unknown[]) => Promise<unknown>]>) {
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await method(...args);
      } catch (error) {
        // Already a sentence (a wrapped method called by another): passed on as it is.
        if (!isDossierError(error) && error instanceof Error && 'detail' in error) throw error;
        const l = await lang();
        if (isDossierError(error)) {
          const e = new Error(error.messageIn(l));
          e.name = 'DossierError';
          throw Object.assign(e, { detail: error.detail ?? error.code });
        }
        const detail = error instanceof Error ? error.message : String(error);
        throw Object.assign(new Error(l === 'zh' ? '操作未完成，表格未被修改。详情可复制给技术支持。' : 'The action did not finish and the sheet was not changed. The detail can be copied for support.'), { detail });
      }
    };
  }
  return wrapped as Methods;
}
