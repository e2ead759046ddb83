import { z } from 'zod';

// Before any schema exists or parses: zod 4 otherwise probes `new Function` once to
// compile fast parsers, which a Content-Security-Policy without 'unsafe-eval' (the
// pane's, the preview's) reports as a violation on every load, drowning real errors.
// Every zod schema in the code base is built in this module, so this is the one place.
z.config({ jitless: true });

/**
 * The template's shape, as data. Every template type in the code base is
 * derived from these schemas (zod-style), so the JSON document and the types
 * cannot drift apart, and a user's `--template FILE` is validated by the same
 * schema that types the default one.
 */
export const bilingualSchema = z.object({ en: z.string().min(1), zh: z.string().min(1) });

export const fieldTypeSchema = z.enum([
  'id', 'text', 'phone', 'email', 'enum', 'date', 'integer', 'number', 'list',
]);

/**
 * How a merge combines a field's values across duplicate rows: keep the
 * surviving row's (its blanks filled from the others), the earliest or
 * latest date, the union of list items, all texts joined, or the largest number.
 */
export const mergeRuleSchema = z.enum(['survivor', 'earliest', 'latest', 'union', 'join', 'max']);

/** What a field contributes to duplicate detection. */
export const matchRoleSchema = z.enum([
  'identifier', 'name', 'company', 'address', 'birthday', 'location', 'none',
]);

export const enumOptionSchema = z.object({
  /** Canonical value, always English; what cells hold after "fix". */
  value: z.string().min(1),
  label: bilingualSchema,
  /** Further spellings accepted as input (case- and width-insensitive). */
  accept: z.array(z.string()).default([]),
});

export const fieldSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/, 'field keys are lower_snake_case'),
  label: bilingualSchema,
  synonyms: z.array(z.string()).default([]),
  type: fieldTypeSchema,
  match: matchRoleSchema.default('none'),
  merge: mergeRuleSchema.optional(),
  required: z.boolean().default(false),
  unique: z.boolean().default(false),
  options: z.array(enumOptionSchema).optional(),
  separators: z.array(z.string()).optional(),
  notFuture: z.boolean().optional(),
  maxYearsBack: z.number().int().positive().optional(),
  /** Key of a date field this date may not precede. */
  notBefore: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
});

export const ruleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('atLeastOne'), fields: z.array(z.string()).min(1), code: z.string() }),
]);

export const settingsSchema = z.object({
  defaultRegion: z.string().length(2).default('CN'),
  staleDays: z.number().int().positive().default(180),
  followUpWindowDays: z.number().int().nonnegative().default(7),
  touchedFields: z.array(z.string()).default(['updated', 'last_contact']),
  /** How to read `03/05/2024`: never guessed unless the file says so. */
  ambiguousDateOrder: z.enum(['MDY', 'DMY']).nullable().default(null),
});

export const templateSchema = z.object({
  version: z.literal(1),
  name: bilingualSchema,
  sheetName: bilingualSchema,
  settings: settingsSchema,
  rules: z.array(ruleSchema).default([]),
  fields: z.array(fieldSchema).min(1),
});

export type Bilingual = z.infer<typeof bilingualSchema>;
export type FieldType = z.infer<typeof fieldTypeSchema>;
export type MatchRole = z.infer<typeof matchRoleSchema>;
export type MergeRule = z.infer<typeof mergeRuleSchema>;
export type EnumOption = z.infer<typeof enumOptionSchema>;
export type TemplateField = z.infer<typeof fieldSchema>;
export type TemplateRule = z.infer<typeof ruleSchema>;
export type TemplateSettings = z.infer<typeof settingsSchema>;
export type Template = z.infer<typeof templateSchema>;
/** The raw JSON a user writes (defaults not yet applied). */
export type TemplateInput = z.input<typeof templateSchema>;
