import fc from 'fast-check';
import { nameProfile } from '../../../../shared/core/dedupe/nameProfile';

describe('name profiles', () => {
  it('orders a name’s tokens and syllables as sort() would, however many there are', () => {
    const token = fc.stringMatching(/^[a-zA-Zéü]{1,6}$/);
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 12 }), (tokens) => {
        const profile = nameProfile(tokens.join(' '));
        if (profile === null) return;
        expect(profile.sortedTokens).toBe([...profile.tokens].sort().join(' '));
        expect(profile.joinedTokens).toBe([...profile.tokens].sort().join(''));
      }),
      { numRuns: 500 },
    );
    const han = nameProfile('欧阳娜娜');
    expect(han?.sound).toBe('na na ou yang');
    expect(han?.tokens).toEqual(['ou', 'yangnana']);
  });
});
