import { customerIdSequence } from '../../../../shared/core/validate/customerIdSequence';

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
});
