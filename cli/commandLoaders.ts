import type { Command } from 'commander';

type Register = (program: Command) => void;

/**
 * Each command's module by the name typed, loaded only when that command
 * runs: `dossier check` need not load (nor compile, nor run the start-up
 * code of) the duplicate finder's Chinese dictionaries or the report's
 * chart library. The bundle splits along these imports.
 */
export const COMMAND_LOADERS: Readonly<Record<string, () => Promise<Register>>> = {
  check: async () => (await import('./commands/check')).registerCheckCommand,
  fix: async () => (await import('./commands/fix')).registerFixCommand,
  template: async () => (await import('./commands/template')).registerTemplateCommand,
  dedupe: async () => (await import('./commands/dedupe')).registerDedupeCommand,
  stale: async () => (await import('./commands/stale')).registerStaleCommand,
  report: async () => (await import('./commands/report')).registerReportCommand,
  segment: async () => (await import('./commands/segment')).registerSegmentCommand,
  erase: async () => (await import('./commands/erase')).registerEraseCommand,
  export: async () => (await import('./commands/export')).registerExportCommand,
  import: async () => (await import('./commands/import')).registerImportCommand,
  snapshots: async () => (await import('./commands/snapshots')).registerSnapshotCommands,
  undo: async () => (await import('./commands/snapshots')).registerSnapshotCommands,
  restore: async () => (await import('./commands/snapshots')).registerSnapshotCommands,
};
