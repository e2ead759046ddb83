import fc from 'fast-check';
import type { Normalized } from '../../../../shared/core/normalize/normalized';
import { customerIdSequence, customerIdSequenceOf } from '../../../../shared/core/validate/customerIdSequence';

describe('customerIdSequence', () => {
  it('continues the most common numbering of the file', () => {
    const next = customerIdSequence(['C000007', 'C000123', 'VIP-9', 'C000010']);
    expect([next(), next()]).toEqual(['C000124', 'C000125']);
  });

  it('starts at C000001 in a file without numbered ids', () => {
    const next = customerIdSequence(['alice', 'bob']);
    expect(next()).toBe('C000001');
  });

  it('never hands out an id that exists', () => {
    const next = customerIdSequence(['K1', 'K3', 'K2']);
    const issued = [next(), next(), next()];
    expect(issued).toEqual(['K4', 'K5', 'K6']);
    const gap = customerIdSequence(['A9', 'A10', 'A011']);
    expect(gap()).toBe('A012');
  });

  it('counts past the exact range of a double', () => {
    const next = customerIdSequence(['N9007199254740993', 'N9007199254740992', 'N12']);
    expect([next(), next()]).toEqual(['N9007199254740994', 'N9007199254740995']);
  });
});

describe('customerIdSequenceOf', () => {
  it('continues the standard ids of a column, leaving blank and invalid cells out', () => {
    const next = customerIdSequenceOf([{ status: 'ok', value: 'C000041' }, { status: 'empty' }, { status: 'reformat', value: 'C000042', suggestion: 'C000042', written: ' C000042' }, { status: 'invalid', code: 'cell.error' }]);
    expect(next()).toBe('C000043');
  });
});

describe('customerIdSequence, any existing ids', () => {
  const idLike = fc.oneof(
    fc.tuple(fc.constantFrom('', 'C', 'VIP-', 'K', 'c'), fc.stringMatching(/^[0-9]{1,20}$/)).map(([prefix, digits]) => prefix + digits),
    fc.string({ maxLength: 8 }),
  );

  it('hands out distinct ids none of which already exists', () => {
    fc.assert(
      fc.property(fc.array(idLike, { maxLength: 40 }), fc.integer({ min: 1, max: 30 }), (existing, count) => {
        const next = customerIdSequence(existing);
        const issued = Array.from({ length: count }, () => next());
        expect(new Set(issued).size).toBe(count);
        for (const id of issued) expect(existing).not.toContain(id);
      }),
    );
  });

  it('continues a standardized column as it continues the column\'s ids', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(idLike, fc.constant(null)), { maxLength: 40 }), (cells) => {
        const column = cells.map((id): Normalized => (id === null ? { status: 'empty' } : { status: 'ok', value: id }));
        const fromColumn = customerIdSequenceOf(column);
        const fromIds = customerIdSequence(cells.filter((id): id is string => id !== null));
        expect([fromColumn(), fromColumn()]).toEqual([fromIds(), fromIds()]);
      }),
    );
  });
});
