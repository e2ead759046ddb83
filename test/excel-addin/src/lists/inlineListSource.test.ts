import fc from 'fast-check';
import { INLINE_LIST_LIMIT, inlineListSource } from '../../../../excel-addin/src/lists/inlineListSource';

describe('inlineListSource', () => {
  it('is the items joined by commas when that fits 255 characters and no item has a comma', () => {
    expect(inlineListSource(['Male', 'Female', '其他'])).toBe('Male,Female,其他');
    expect(inlineListSource(['a, b', 'c'])).toBeNull();
    expect(inlineListSource(['x'.repeat(256)])).toBeNull();
    expect(inlineListSource(['x'.repeat(255)])).toBe('x'.repeat(255));
  });

  it('never cuts an item: either every item comes back from the source, or there is no inline source', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 30 }), (items) => {
        const source = inlineListSource(items);
        if (source === null) return;
        expect(source.length).toBeLessThanOrEqual(INLINE_LIST_LIMIT);
        expect(source.split(',')).toEqual(items);
      }),
    );
  });
});
