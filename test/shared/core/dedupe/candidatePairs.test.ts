import fc from 'fast-check';
import type { CellValue } from '../../../../shared/core/cell';
import { BLOCK_LIMITS, type BlockKind } from '../../../../shared/core/dedupe/blockingKeys';
import { candidatePairs, crossPairs } from '../../../../shared/core/dedupe/candidatePairs';
import { matchProfiles, type MatchProfile } from '../../../../shared/core/dedupe/matchProfile';
import { MatchSpace, UNSHARED } from '../../../../shared/core/dedupe/matchSpace';
import { scorePair } from '../../../../shared/core/dedupe/scorePair';
import { soundex } from '../../../../shared/core/dedupe/soundex';
import { valueFrequencies } from '../../../../shared/core/dedupe/valueFrequencies';
import { readCustomerTable } from '../../../../shared/core/table/readCustomerTable';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';

const context = { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null };
const HEADER = ['Name', 'Phone', 'Email', 'Birthday', 'Province', 'City', 'Company', 'Address'];

/**
 * The keys as text, the way blockingKeys.ts documents them: the index
 * files rows by ids and numbers instead, and must form the same blocks.
 */
function textKeys(p: MatchProfile): Array<[BlockKind, string]> {
  const keys: Array<[BlockKind, string]> = [];
  for (const { field, values } of p.identifiers) for (const v of values) keys.push(['i', `${field}:${v}`]);
  if (p.name) {
    const { exact, sound } = p.name;
    keys.push(['n', exact], ['s', sound]);
    const place = p.location[p.location.length - 1]?.value;
    if (place) keys.push(['nl', `${sound}|${place}`]);
    if (p.birthday) keys.push(['nb', `${sound}|${p.birthday}`]);
    if (p.company) keys.push(['nc', `${sound}|${p.company}`]);
    if (p.name.script === 'latin') {
      const codes = p.name.tokens.map(soundex).filter((c) => c !== '').sort();
      if (codes.length > 0) keys.push(['x', codes.join('')]);
      if (p.birthday) for (const code of codes) keys.push(['xb', `${code}:${p.birthday.slice(0, 4)}`]);
      if (place) for (const code of codes) keys.push(['xl', `${code}|${place}`]);
    }
  }
  if (p.birthday) keys.push(['b', p.birthday]);
  if (p.address) keys.push(['a', p.address]);
  // Numbers that narrow an address down: a house number and a postcode, or one long number.
  if (/^\d+ \d+/.test(p.addressNumbers) ? p.addressNumbers.length >= 4 : p.addressNumbers.length >= 6) keys.push(['an', p.addressNumbers]);
  return keys;
}

function textBlocks(profiles: readonly MatchProfile[]): Map<string, { kind: BlockKind; rows: Set<number> }> {
  const blocks = new Map<string, { kind: BlockKind; rows: Set<number> }>();
  profiles.forEach((p, row) => {
    for (const [kind, key] of textKeys(p)) {
      const id = `${kind}\u0000${key}`;
      const block = blocks.get(id) ?? { kind, rows: new Set<number>() };
      block.rows.add(row);
      blocks.set(id, block);
    }
  });
  return blocks;
}

const pairKey = (i: number, j: number) => `${i},${j}`;

function referencePairs(profiles: readonly MatchProfile[], maxBlock: number): Set<string> {
  const pairs = new Set<string>();
  for (const { kind, rows } of textBlocks(profiles).values()) {
    const members = [...rows];
    if (members.length < 2 || members.length > Math.min(maxBlock, BLOCK_LIMITS[kind])) continue;
    for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) pairs.add(pairKey(Math.min(members[x]!, members[y]!), Math.max(members[x]!, members[y]!)));
  }
  return pairs;
}

// Small pools, so rows share names, sounds (王芳 / 王方, Fang Wang), places, birthdays and companies often.
const cell = (pool: CellValue[]) => fc.constantFrom<CellValue>(null, ...pool);
const row = fc.tuple(
  cell(['王芳', '王方', 'Fang Wang', '张伟', '張偉', 'Zhang Wei', 'Robert Smith', 'Bob Smith', 'Rupert Smyth', '欧阳娜', '!!']),
  cell(['13812345678', '+86 138 1234 5678', '13912345678', '+1 212 555 0123']),
  cell(['a@qq.com', 'A@QQ.com', 'b@163.com']),
  cell(['1990-01-02', '1990/1/2', '1985-07-08', '1990-02-01']),
  cell(['广东', '北京']),
  cell(['深圳', '广州', '北京', '...']),
  cell(['腾讯科技有限公司', '騰訊科技', 'Acme Inc.', 'ACME, LLC']),
  cell(['解放路282号', '解放路 282 号', '人民路1号', '—', '6 Max Henry Crescent, 3029', '6 max henry cresent, 3029', '200 Park Ave, 100166']),
);
const tableOf = (rows: CellValue[][]) => readCustomerTable(defaultTemplate, { name: 'Customers', values: [HEADER, ...rows.filter((r) => r.some((c) => c !== null))] }, context);

describe('candidate pairs', () => {
  it('pairs exactly the rows that share a documented key, within each kind’s block limit', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 40 }), fc.constantFrom(3, 8, 60), (rows, maxBlock) => {
        const profiles = matchProfiles(tableOf(rows));
        const found = candidatePairs(profiles, maxBlock).map(([i, j]) => pairKey(i, j));
        expect(new Set(found).size).toBe(found.length);
        expect(new Set(found)).toEqual(referencePairs(profiles, maxBlock));
      }),
      { numRuns: 300 },
    );
  });

  it('pairs the two sides of an import as the same blocks over both would, and only across', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), fc.array(row, { minLength: 1, maxLength: 30 }), (leftRows, rightRows) => {
        const space = new MatchSpace();
        const left = matchProfiles(tableOf(leftRows), space);
        const right = matchProfiles(tableOf(rightRows), space);
        const visited: string[] = [];
        crossPairs(left, right, (i, j) => visited.push(pairKey(i, j)));
        // Reference: the blocks of both sides together, each within its limit counted over both.
        const expected = new Set<string>();
        const all = [...left, ...right];
        for (const { kind, rows } of textBlocks(all).values()) {
          if (rows.size > Math.min(60, BLOCK_LIMITS[kind])) continue;
          for (const i of rows) for (const j of rows) if (i < left.length && j >= left.length) expected.add(pairKey(i, j - left.length));
        }
        expect(new Set(visited).size).toBe(visited.length);
        expect(new Set(visited)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same cross pairs, with the same scores, when the space closes after the right-hand side', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), fc.array(row, { minLength: 1, maxLength: 30 }), (leftRows, rightRows) => {
        const crossScores = (close: boolean) => {
          const space = new MatchSpace();
          const right = matchProfiles(tableOf(rightRows), space);
          if (close) space.close();
          const left = matchProfiles(tableOf(leftRows), space);
          const freq = valueFrequencies([...left, ...right]);
          const scored: Array<[number, number, number, string[]]> = [];
          crossPairs(left, right, (i, j) => {
            const { weight, reasons } = scorePair(left[i]!, right[j]!, freq);
            scored.push([i, j, weight, reasons]);
          });
          return scored;
        };
        const closed = crossScores(true);
        expect(closed).toEqual(crossScores(false));
      }),
      { numRuns: 300 },
    );
  });

  it('gives values first met after closing no id, and files and counts nothing under them', () => {
    const space = new MatchSpace();
    const [known] = matchProfiles(tableOf([['王芳', '13812345678', null, '1990-01-02', null, '深圳', null, null]]), space);
    space.close();
    const [late] = matchProfiles(tableOf([['李雷', '13912345678', null, '1990-01-02', null, '深圳', null, '人民路1号']]), space);
    expect(late!.nameIds!.exactId).toBe(UNSHARED);
    expect(late!.identifiers[0]!.ids).toEqual([UNSHARED]);
    expect(late!.addressId).toBe(UNSHARED);
    expect(late!.birthdayId).toBe(known!.birthdayId);
    expect(late!.location[0]!.id).toBe(known!.location[0]!.id);
    const freq = valueFrequencies([known!, late!]);
    expect(freq.birthdays[known!.birthdayId]).toBe(2);
    expect(freq.names[known!.nameIds!.exactId]).toBe(1);
  });

  it('refuses profiles of two match spaces, whose ids mean nothing to each other', () => {
    const rows = [['王芳', '13812345678', null, null, null, '深圳', null, null]];
    const a = matchProfiles(tableOf(rows));
    const b = matchProfiles(tableOf(rows));
    expect(() => crossPairs(a, b, () => undefined)).toThrow(/different match spaces/);
    expect(() => candidatePairs([...a, ...b.map((p) => ({ ...p, index: 1 }))])).toThrow(/different match spaces/);
    expect(() => valueFrequencies([...a, ...b])).toThrow(/different match spaces/);
  });
});

describe('value frequencies', () => {
  it('counts each value by the rows holding it, a value listed twice in a row once', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const profiles = matchProfiles(tableOf(rows));
        const freq = valueFrequencies(profiles);
        for (const p of profiles) {
          if (p.name) expect(freq.names[p.nameIds!.exactId]).toBe(profiles.filter((q) => q.name?.exact === p.name!.exact).length);
          if (p.birthday) expect(freq.birthdays[p.birthdayId]).toBe(profiles.filter((q) => q.birthday === p.birthday).length);
          if (p.address) expect(freq.addresses[p.addressId]).toBe(profiles.filter((q) => q.address === p.address).length);
          if (p.company) expect(freq.companies[p.companyId]).toBe(profiles.filter((q) => q.company === p.company).length);
          for (const { slot, values, ids } of p.identifiers) {
            values.forEach((v, k) => expect(freq.identifiers[slot]![ids[k]!]).toBe(profiles.filter((q) => q.identifiers.some((e) => e.slot === slot && e.values.includes(v))).length));
          }
          for (const { field, value, id } of p.location) {
            if (value === '') expect(id).toBe(-1);
            else expect(freq.locations.get(field)![id]).toBe(profiles.filter((q) => q.location.some((l) => l.field === field && l.value === value)).length);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
