import type { StandardValue } from './normalized';

/** A standard value as a user would type it (the `suggestion` of a finding). */
export function standardToText(value: StandardValue): string {
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}
