import fc from 'fast-check';
import { compareNames } from '../../../../shared/core/dedupe/compareNames';
import { jaroWinkler } from '../../../../shared/core/dedupe/jaroWinkler';
import { nameProfile } from '../../../../shared/core/dedupe/nameProfile';

const level = (a: string, b: string) => compareNames(nameProfile(a)!, nameProfile(b)!);

describe('compareNames, Latin names', () => {
  it('pairs each part of one name with one part of the other', () => {
    // "john" is near "johnson", but "johnson" is taken by the other johnson: another first name, one part shared.
    expect(level('John Johnson', 'James Johnson')).toBe('oneToken');
    expect(level('Robert Johnson', 'John Johnson')).toBe('oneToken');
    expect(level('Will Williams', 'Mary Williams')).toBe('oneToken');
    expect(level('John John', 'John Smith')).toBe('oneToken');
    // Typos and swapped parts stay close.
    expect(level('Johnson, John', 'John Jonhson')).toBe('close');
    expect(level('lachlan berry', 'berry lachlna')).toBe('close');
  });

  it('counts a shared part with a slip in it as a shared part, either way round', () => {
    // FEBRL 3: a duplicate with another first name and a mistyped surname had -8 bits (different) where the surname spelt right gives -2.
    for (const [a, b] of [['Xavier David', 'Chloe Davdi'], ['Andrew Warneke', 'Malakai Warndke'], ['Grace George', 'Tia Georfe']]) {
      expect(level(a!, b!)).toBe('oneToken');
      expect(level(b!, a!)).toBe('oneToken');
    }
    expect(level('Xavier David', 'Chloe Jones')).toBe('different');
  });

  const part = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 2, maxLength: 8 });

  it('grades two names the same whichever comes first', () => {
    // Few letters, so that parts often nearly agree.
    const near = fc.string({ unit: fc.constantFrom(...'abcde'), minLength: 1, maxLength: 6 });
    const name = fc.array(near, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
    fc.assert(fc.property(name, name, (a, b) => {
      expect(level(a, b)).toBe(level(b, a));
    }), { numRuns: 2000 });
  });

  it('never calls two first names that are not alike close because one resembles the shared surname', () => {
    // A surname that begins with one of the first names (John Johnson, Will Williams) is where a part was matched twice.
    fc.assert(fc.property(part, part, fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 4 }), (first, other, ending) => {
      const surname = first + ending;
      fc.pre(first !== other && other !== surname && jaroWinkler(first, other) < 0.8);
      const a = nameProfile(`${first} ${surname}`)!;
      const b = nameProfile(`${other} ${surname}`)!;
      fc.pre(jaroWinkler(a.joinedTokens, b.joinedTokens) < 0.93);
      expect(['exact', 'close']).not.toContain(compareNames(a, b));
      expect(['exact', 'close']).not.toContain(compareNames(b, a));
    }));
  });
});
