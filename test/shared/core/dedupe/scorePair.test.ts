import fc from 'fast-check';
import type { CellValue } from '../../../../shared/core/cell';
import { matchProfileBuilder, type MatchProfile } from '../../../../shared/core/dedupe/matchProfile';
import { MatchSpace } from '../../../../shared/core/dedupe/matchSpace';
import { scorePairAtLeast, WeightBound } from '../../../../shared/core/dedupe/scorePair';
import { valueFrequencies } from '../../../../shared/core/dedupe/valueFrequencies';
import type { CustomerTable } from '../../../../shared/core/table/customerTable';
import { readCustomerTable } from '../../../../shared/core/table/readCustomerTable';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';
import { generateCustomers, type GenerateOptions } from '../../../../bench/generate/generateCustomers';

const context = { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null };

/** Profiles of a table, the rows from `closeAt` on profiled after the space closed (their new values UNSHARED, as an import's are). */
function profilesOf(table: CustomerTable, closeAt: number): MatchProfile[] {
  const space = new MatchSpace(table.rows.length);
  const build = matchProfileBuilder(table, space);
  return table.rows.map((row, k) => {
    if (k === closeAt) space.close();
    return build(row, k);
  });
}

/** Every ordered pair the bound turns away must be one scorePairAtLeast turns away; returns how many it turned away. */
function checkBound(profiles: readonly MatchProfile[], minScore: number): number {
  const freq = valueFrequencies(profiles);
  const bound = new WeightBound(profiles, freq, minScore);
  let turnedAway = 0;
  for (let i = 0; i < profiles.length; i++) {
    for (let j = 0; j < profiles.length; j++) {
      if (i === j || bound.mayReach(i, j)) continue;
      turnedAway++;
      expect(scorePairAtLeast(profiles[i]!, profiles[j]!, freq, minScore)).toBeNull();
    }
  }
  return turnedAway;
}

const KINDS: Array<Partial<GenerateOptions>> = [{}, { englishNames: 1, headers: 'en' }, { englishNames: 0.5 }, { contactless: 1 / 3 }, { englishNames: 0 }];

describe('WeightBound', () => {
  it('never turns away a pair scorePairAtLeast keeps: generated customers of every kind, some profiled after the space closed', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom(...KINDS), fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.integer({ min: 40, max: 120 }), (seed, kind, minScore, closeAt) => {
      const { values } = generateCustomers({ rows: 120, seed, duplicateRate: 0.3, ...kind });
      const table = readCustomerTable(defaultTemplate, { name: 'C', values }, context);
      const turnedAway = checkBound(profilesOf(table, closeAt), minScore);
      // Not a bound that lets everything through.
      if (minScore >= 0.2) expect(turnedAway).toBeGreaterThan(0);
    }), { numRuns: 8 });
  });

  it('never turns away a pair scorePairAtLeast keeps: people, every field (phone and e-mail too) possibly one slip off', () => {
    const slip = (text: string, at: number, kind: number): string => {
      if (text.length < 2) return text;
      const k = at % (text.length - 1);
      if (kind === 0) return text.slice(0, k) + text[k + 1] + text[k] + text.slice(k + 2); // neighbours swapped
      if (kind === 1) return text.slice(0, k) + (/\d/.test(text[k]!) ? String((Number(text[k]) + 1) % 10) : 'x') + text.slice(k + 1); // one wrong
      if (kind === 2) return text.slice(0, k) + text.slice(k + 1); // one dropped
      return text;
    };
    const person = fc.record({
      given: fc.constantFrom('james', 'olivia', 'jack', 'mia', '伟', '芳', '小明'),
      surname: fc.constantFrom('smith', 'nguyen', 'ryan', '张', '王', '欧阳'),
      number: fc.integer({ min: 1, max: 40 }),
      street: fc.constantFrom('wallaby place', 'priddle street', 'banks st', '解放路'),
      postcode: fc.integer({ min: 2000, max: 2010 }),
      suburb: fc.constantFrom('graceville', 'marsden', 'ryde', 'ascot park', '北京'),
      state: fc.constantFrom('nsw', 'vic', null),
      birthday: fc.date({ min: new Date('1950-01-01'), max: new Date('1999-12-28'), noInvalidDate: true }),
      mobile: fc.option(fc.integer({ min: 10_000_000, max: 10_000_040 })),
      mail: fc.option(fc.integer({ min: 1, max: 5 })),
    });
    const copy = fc.record({ field: fc.integer({ min: 0, max: 7 }), at: fc.nat(20), kind: fc.integer({ min: 0, max: 4 }), swapDayMonth: fc.boolean() });
    fc.assert(fc.property(fc.array(fc.tuple(person, fc.array(copy, { maxLength: 2 })), { minLength: 20, maxLength: 60 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (people, minScore) => {
      const rows: CellValue[][] = [];
      for (const [p, copies] of people) {
        const iso = p.birthday.toISOString().slice(0, 10);
        const fields = [`${p.given} ${p.surname}`, `${p.number} ${p.street}, ${p.postcode}`, p.suburb, p.state, iso, p.mobile === null ? null : `+614${p.mobile}`, p.mail === null ? null : `${p.given}${p.mail}@mail.com`];
        rows.push(fields);
        for (const c of copies) {
          const changed = [...fields];
          if (c.field < 7 && typeof changed[c.field] === 'string') changed[c.field] = slip(changed[c.field] as string, c.at, c.kind);
          if (c.swapDayMonth) changed[4] = `${iso.slice(0, 4)}-${iso.slice(8, 10)}-${iso.slice(5, 7)}`;
          rows.push(changed);
        }
      }
      const table = readCustomerTable(defaultTemplate, { name: 'People', values: [['Name', 'Address', 'City', 'Province/State', 'Birthday', 'Phone', 'Email'], ...rows] }, { ...context, region: 'AU' });
      checkBound(profilesOf(table, rows.length), minScore);
    }), { numRuns: 25 });
  });
});
