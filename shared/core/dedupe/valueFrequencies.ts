import type { MatchProfile } from './matchProfile';

/**
 * How often each value occurs in the file, per kind of evidence, so that
 * agreement on a rare value weighs more than on a common one (two 张伟 are
 * less telling than two 欧阳子墨; a switchboard number shared by ten rows
 * tells little).
 */
export interface ValueFrequencies {
  readonly rows: number;
  count(kind: string, value: string): number;
}

export function valueFrequencies(profiles: readonly MatchProfile[]): ValueFrequencies {
  // One map per kind: no key strings to build per value.
  const kinds = new Map<string, Map<string, number>>();
  const add = (kind: string, value: string | null | undefined) => {
    if (!value) return;
    let counts = kinds.get(kind);
    if (!counts) kinds.set(kind, (counts = new Map()));
    counts.set(value, (counts.get(value) ?? 0) + 1);
  };
  for (const p of profiles) {
    for (const { kind, values } of p.identifiers) {
      if (values.length === 1) add(kind, values[0]);
      else for (const v of new Set(values)) add(kind, v);
    }
    add('name', p.name?.exact);
    add('company', p.company);
    add('address', p.address);
    add('birthday', p.birthday);
    for (const { kind, value } of p.location) add(kind, value);
  }
  return { rows: profiles.length, count: (kind, value) => kinds.get(kind)?.get(value) ?? 0 };
}
