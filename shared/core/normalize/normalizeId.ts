import type { FieldNormalizer } from './normalized';
import { normalizeText } from './normalizeText';

/** Customer ids are compared as folded, trimmed text (`C0001`, ` Ｃ0001 `). */
export const normalizeId: FieldNormalizer = (value, field, context) => normalizeText(value, field, context);
