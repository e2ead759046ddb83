import type { Finding } from '../core/findings/finding';
import type { Lang } from '../core/i18n/lang';
import type { ReportSummary } from '../core/insights/reportModel';
import type { FixChange } from '../core/operations/fix';
import type { StaleHighlightArea } from '../core/output/staleHighlightArea';
import type { FindingsPages } from './pages/findingsPages';
import type { FixPlanPages } from './pages/fixPlanPages';
import type { StalePages } from './pages/stalePages';

/**
 * The async command API the pane calls: one interface for the Excel task
 * pane (the core runs in the pane against the Office.js port), the Sheets
 * sidebar (google.script.run to server functions running the same core
 * against the SpreadsheetApp port) and the browser preview (memory port).
 * Arguments and results are plain JSON: no Date, no class instances, so
 * they cross google.script.run unchanged. Failures reject with an Error
 * whose message is a sentence in the user's language.
 */
export interface CommandApi {
  status(): Promise<StatusResult>;
  applyTemplate(): Promise<ApplyTemplateSummary>;
  /** Validates the sheet and marks every finding's cell. */
  check(): Promise<CheckResult>;
  /** The changes "Fix" would make (the check's suggestions). */
  previewFix(): Promise<FixChange[]>;
  /** Applies exactly the given changes, under a snapshot. */
  applyFix(changes: FixChange[]): Promise<ChangeSummary & { changed: FixChange[] }>;
  /** Applies the last fix plan shown less the changes to `off` fields (what the fix preview lists), under a snapshot. */
  applyFixExcept?(off: string[]): Promise<ChangeSummary & { changed: FixChange[] }>;
  /**
   * The fix plan kept where it was computed (the preview's worker), the pane
   * fetching the part it shows; with it, Apply goes through `applyFixExcept`.
   * Hosts whose results cross a JSON bridge return the plan whole (`previewFix`).
   */
  previewFixPages?(): Promise<FixPlanPages>;
  findDuplicates(threshold?: number): Promise<DuplicatesResult>;
  merge(decisions: MergeDecision[]): Promise<ChangeSummary & { merged: number; movedRows: number }>;
  markNotDuplicates(rows: number[]): Promise<void>;
  /** A sheet's columns (header and first values) with the template field each is taken for: the mapping screen. */
  columnMapping?(sheet?: string): Promise<ColumnMappingView>;
  /** Renames header cells in place to the chosen fields' labels (under a snapshot); never moves data. Remembers the choice in the workbook. */
  applyColumnMapping?(sheet: string, choices: ColumnChoice[]): Promise<ChangeSummary & { renamed: number }>;
  /** The template's fields as the editor shows them. */
  getTemplate?(): Promise<TemplateEdit>;
  /** Saves the edited fields into the workbook's template; refused with sentences while any field has a problem. */
  saveTemplate?(edit: TemplateEdit): Promise<TemplateEdit>;
  /** Takes back the last "Not duplicates": the remembered list is as it was before it. */
  forgetNotDuplicates?(): Promise<void>;
  stale(): Promise<StaleResult>;
  markContacted(rows: number[]): Promise<ChangeSummary & { updated: number }>;
  report(options: ReportRequest): Promise<ReportResult>;
  /** Writes computed segments (ABC tier into grade, lifecycle into stage), only when the user asks. */
  applySegments(request: { grade: boolean; stage: boolean }): Promise<ChangeSummary & { changed: number }>;
  importRows(source: ImportSource, options: ImportRequest): Promise<ImportResultSummary>;
  undo(): Promise<SnapshotSummary | null>;
  listSnapshots(): Promise<SnapshotSummary[]>;
  restoreSnapshot(id: number): Promise<SnapshotSummary>;
  erase(match: EraseRequest): Promise<EraseSummary>;
  getSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<Settings>;
  /** Selects a cell in the sheet (a finding's, a duplicate's row). Row and column are 1-based, as the user sees them. */
  selectCell(sheet: string, row: number, col: number): Promise<void>;

  // Triggers and reminders: only hosts that have them (Google Sheets) implement
  // these; their presence is the capability, and Settings shows the section only then.
  /** Which Dossier triggers are installed, their settings, the owners in the sheet, the last daily run. */
  automationStatus?(): Promise<AutomationStatus>;
  /** Installs one trigger; refused unless the user agreed to what it does (`consent: true`). Never installs a second copy. */
  installAutomation?(kind: AutomationKind, consent: AutomationConsent): Promise<AutomationStatus>;
  removeAutomation?(kind: AutomationKind): Promise<AutomationStatus>;
  saveAutomationSettings?(settings: AutomationSettings): Promise<AutomationStatus>;

  // Long work: hosts that run the core away from the page (the preview's worker) or in
  // chunks (Sheets) report progress and can stop; their presence is the capability.
  /** Listens to the running command's progress; returns the way to stop listening. */
  onProgress?(listener: (progress: CommandProgress) => void): () => void;
  /** Stops the running command; resolves once the workbook is exactly as it was before it. */
  cancel?(): Promise<void>;
}

/** How far the running command is: `done` of `total` in its current phase, and the phase's place among all. */
export interface CommandProgress {
  readonly phase: 'read' | 'work' | 'write';
  /** Rows the phase is about (0 when not known yet). */
  readonly rows: number;
  /** Rows of `rows` done so far, where the host can tell (Excel between requests, Sheets between service calls). */
  readonly done?: number;
  /** 0–1, never going back while one command runs. */
  readonly fraction: number;
  /** Past the point where Cancel could leave the workbook as it was: the command runs to its end. */
  readonly committed?: boolean;
}

/** The triggers Dossier can install: on edit (check edited rows), on form submit (merge the response), daily (digest mails, backup). */
export type AutomationKind = 'edit' | 'formSubmit' | 'daily';

/** What the user agreed to on the consent step; nothing is installed without it. */
export interface AutomationConsent {
  readonly consent: true;
}

export interface AutomationSettings {
  /** Hour of the daily run, 0–23, in the spreadsheet's time zone. */
  readonly dailyHour: number;
  /** Owner (as written in the Owner column) → the address their digest goes to. */
  readonly ownerEmails: ReadonlyArray<{ readonly owner: string; readonly email: string }>;
  /** A dated copy of the spreadsheet in a Drive folder on each daily run, the last `keep` kept. */
  readonly backup: { readonly enabled: boolean; readonly keep: number; readonly folderId: string | null };
}

export interface DailyRunSummary {
  /** ISO time of the run. */
  readonly time: string;
  readonly sent: number;
  /** Owners with something to hear about but no address in the table. */
  readonly ownersWithoutAddress: number;
  /** Digests held back because the day's mail quota (or the run's time) ran out. */
  readonly notSent: number;
  /** Name of the backup copy made, or null. */
  readonly backup: string | null;
  /** Older Dossier backups moved to the trash. */
  readonly trashedBackups: number;
  /** A sentence when part of the run failed (e.g. the backup folder is gone). */
  readonly problem: string | null;
}

export interface AutomationStatus {
  readonly installed: AutomationKind[];
  readonly settings: AutomationSettings;
  /** Owners named in the customer sheet, for the address table. */
  readonly owners: string[];
  readonly lastDaily: DailyRunSummary | null;
  /** Who the triggers run as (their mail is sent from this account), where the domain shows it. */
  readonly runsAs: string | null;
}

export interface MappingSummary {
  readonly recognized: Array<{ key: string; header: string; col: number }>;
  readonly unknown: string[];
  readonly missing: string[];
}

/** What one column becomes: a template field's key, kept as it is (its own header), or ignored by Dossier. */
export interface ColumnChoice {
  /** 0-based column. */
  readonly col: number;
  readonly choice: string | 'keep' | 'ignore';
}

/** One field in the template editor: its names, whether it must be filled, and its dropdown list (values, one each). */
export interface TemplateFieldEdit {
  readonly key: string;
  readonly label: { readonly en: string; readonly zh: string };
  readonly required: boolean;
  readonly type: string;
  /** The dropdown list's values, for a choice field; absent for other fields. */
  readonly options?: string[];
  /** Added in the editor (a text field), not yet in the template. */
  readonly added?: boolean;
}

export interface TemplateEdit {
  readonly fields: TemplateFieldEdit[];
}

export interface ColumnMappingView {
  readonly sheet: string;
  /** Sheets that could hold customers (visible, not Dossier's own). */
  readonly sheets: string[];
  readonly columns: Array<{ col: number; header: string; samples: string[]; choice: string }>;
  /** Template fields in template order, labelled in the user's language. */
  readonly fields: Array<{ key: string; label: string; required: boolean }>;
}

export interface StatusResult {
  /** The customer sheet, or null when none maps to the template yet. */
  readonly sheet: string | null;
  readonly rows: number;
  readonly errors: number;
  readonly warnings: number;
  readonly duplicateClusters: number | null;
  readonly stale: number;
  readonly followUpsDue: number;
  /** 0–100: completeness and validity together. */
  readonly qualityScore: number;
  /** The score at the previous status, for the trend. */
  readonly previousQualityScore: number | null;
  readonly mapping: MappingSummary | null;
  /** What to do when there is no customer sheet, in the user's language. */
  readonly hint: string | null;
}

export interface ApplyTemplateSummary extends ChangeSummary {
  readonly sheet: string;
  readonly created: boolean;
  readonly mapped: string[];
  readonly added: string[];
  readonly unknown: string[];
}

export interface CheckResult {
  readonly sheet: string;
  readonly rows: number;
  /** Every finding; empty when `pages` is there (the host kept them, see FindingsPages). */
  readonly findings: Finding[];
  /** The findings kept where they were computed (the preview's worker: 300,000 on 100,000 rows), fetched as shown. Not JSON: never crosses a bridge. */
  readonly pages?: FindingsPages;
  readonly summary: { errors: number; warnings: number };
  /** Template key → 1-based column, to select a finding's cell. */
  readonly columns: Record<string, number>;
  /** Template key → label in the user's language. */
  readonly labels: Record<string, string>;
}

/** What every change reports: how to take it back. */
export interface ChangeSummary {
  /** The snapshot taken first; "Undo" restores it. Null where no snapshot was needed. */
  readonly snapshotId: number | null;
}

export interface DuplicateRowView {
  readonly row: number;
  /** Template key → the cell as typed. */
  readonly values: Record<string, string>;
}

export interface DuplicateClusterView {
  readonly rows: number[];
  readonly score: number;
  readonly reasons: string[];
  readonly members: DuplicateRowView[];
  /** The default survivor and the fields whose values differ (with the value a merge would keep). */
  readonly survivor: number;
  readonly conflicts: Array<{ field: string; values: Array<{ row: number; value: string }>; chosen: string }>;
  /** A pair of the review tier: shown after the clusters, merged only if a person says so. */
  readonly possible?: boolean;
  /** How each field of the (weakest) pair compared and the bits it added to the score. */
  readonly evidence?: ReadonlyArray<{ field: string; agreement: 'agree' | 'near' | 'partial' | 'disagree' | 'missing'; weight: number }>;
}

export interface DuplicatesResult {
  readonly sheet: string;
  readonly rows: number;
  readonly clusters: DuplicateClusterView[];
  /** Field keys shown side by side, in template order, with labels. */
  readonly fields: Array<{ key: string; label: string }>;
}

export interface MergeDecision {
  readonly rows: number[];
  readonly survivor?: number;
  /** Field → the row whose value wins. */
  readonly choices?: Record<string, number>;
}

export interface StaleEntry {
  readonly row: number;
  readonly name: string;
  readonly lastTouched: string | null;
  readonly daysSince: number | null;
  readonly nextFollowUp?: string;
  readonly birthday?: string;
}

export interface StaleResult {
  readonly sheet: string;
  readonly days: number;
  readonly today: string;
  /** Empty when `pages` is there (the host kept the lists, see StalePages). */
  readonly byOwner: Array<{ owner: string; stale: StaleEntry[]; followUpsDue: StaleEntry[]; birthdays: StaleEntry[] }>;
  /** Where the hosts' stale-rows highlight goes (under the header, above a totals row); the pane does not use it. */
  readonly highlight?: StaleHighlightArea;
  /** The list's lines kept where they were computed (the preview's worker), fetched as shown. Not JSON: never crosses a bridge. */
  readonly pages?: StalePages;
}

export interface ReportRequest {
  /** Personal data masked (on by default in the UI). */
  readonly mask: boolean;
  readonly sections?: string[];
  readonly periodDays?: number;
}

export interface ReportResult extends ChangeSummary {
  readonly sheet: string;
  readonly summary: ReportSummary;
}

export type ImportSource =
  | { readonly kind: 'sheet'; readonly name: string }
  | { readonly kind: 'file'; readonly name: string; readonly base64: string }
  /** The file's bytes as they are, where no JSON bridge lies between pane and core (Excel pane, preview). */
  | { readonly kind: 'bytes'; readonly name: string; readonly bytes: Uint8Array };

export interface ImportRequest {
  readonly map?: Record<string, string | null>;
  readonly source?: string;
  readonly keepUnmapped?: boolean;
  readonly dryRun: boolean;
}

export interface ImportResultSummary extends ChangeSummary {
  readonly new: number;
  readonly updated: number;
  readonly review: number;
  readonly rejected: number;
  readonly mapping: Array<{ header: string; key: string; how: string }>;
  readonly unmapped: string[];
  /** The template's fields labelled in the user's language, for the mapping screen. */
  readonly fields?: Array<{ key: string; label: string; required: boolean }>;
  // No list of changes: the pane shows counts, and the list reaches the host page through
  // google.script.run in the sidebar (27 MiB of JSON for 50,000 rows into 100,000).
  // The CLI's --format json lists every change; the audit log keeps each cell updated and each new customer.
}

export interface SnapshotSummary {
  readonly id: number;
  readonly time: string;
  readonly operation: string;
  readonly sheets: Array<{ name: string; rows: number }>;
}

export interface EraseRequest {
  readonly field: 'email' | 'phone' | 'id';
  readonly value: string;
}

export interface EraseSummary {
  readonly removed: Array<{ sheet: string; rows: number }>;
  readonly ids: string[];
  readonly hash: string;
}

export interface Settings {
  /** null: follow the host's display language. */
  readonly lang: Lang | null;
  readonly region: string;
  readonly staleDays: number;
  readonly followUpWindowDays: number;
  readonly keepSnapshots: number;
  readonly dateOrder: 'MDY' | 'DMY' | null;
}
