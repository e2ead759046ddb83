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

  const part = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 2, maxLength: 8 });

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
