import type { Normalized, StandardValue } from './normalized';

/** The standard value of a standardized cell, or undefined when it is blank or invalid. */
export function standardOf(result: Normalized | undefined): StandardValue | undefined {
  return result !== undefined && (result.status === 'ok' || result.status === 'reformat') ? result.value : undefined;
}
