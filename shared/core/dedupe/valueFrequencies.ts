import type { MatchProfile } from './matchProfile';
import { MatchSpace } from './matchSpace';

/**
 * How often each value occurs in the file, per kind of evidence, so that
 * agreement on a rare value weighs more than on a common one (two 张伟 are
 * less telling than two 欧阳子墨; a switchboard number shared by ten rows
 * tells little). Counts are by the values' ids in the profiles' space.
 */
export interface ValueFrequencies {
  readonly rows: number;
  readonly names: Int32Array;
  readonly companies: Int32Array;
  readonly addresses: Int32Array;
  readonly birthdays: Int32Array;
  /** By identifier slot (see MatchSpace.identifiers). */
  readonly identifiers: readonly Int32Array[];
  /** By location field, indexed by place id. */
  readonly locations: ReadonlyMap<string, Int32Array>;
}

export function valueFrequencies(profiles: readonly MatchProfile[]): ValueFrequencies {
  const space: MatchSpace = profiles[0]?.space ?? new MatchSpace();
  const counts = (size: number) => new Int32Array(size);
  const names = counts(space.names.size);
  const companies = counts(space.companies.size);
  const addresses = counts(space.addresses.size);
  const birthdays = counts(space.birthdays.size);
  const identifiers: Int32Array[] = [];
  const locations = new Map<string, Int32Array>();
  for (const p of profiles) {
    if (p.space !== space) throw new Error('Profiles from different match spaces cannot be counted together.');
    for (const { slot, ids } of p.identifiers) {
      const byId = (identifiers[slot] ??= counts(space.identifierCount(slot)));
      // A value listed twice in one row counts once; negative ids (met after the space closed) are not counted.
      if (ids.length === 1) {
        if (ids[0]! >= 0) byId[ids[0]!]!++;
      } else for (const id of new Set(ids)) if (id >= 0) byId[id]!++;
    }
    if (p.nameIds && p.nameIds.exactId >= 0) names[p.nameIds.exactId]!++;
    if (p.companyId >= 0) companies[p.companyId]!++;
    if (p.addressId >= 0) addresses[p.addressId]!++;
    if (p.birthdayId >= 0) birthdays[p.birthdayId]!++;
    for (const { field, id } of p.location) {
      if (id < 0) continue;
      let byPlace = locations.get(field);
      if (byPlace === undefined) locations.set(field, (byPlace = counts(space.places.size)));
      byPlace[id]!++;
    }
  }
  return { rows: profiles.length, names, companies, addresses, birthdays, identifiers, locations };
}
