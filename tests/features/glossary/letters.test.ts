/** The glossary's A–Z jump list. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { glossaryLetters, initialOf } from '~/features/glossary/letters';

describe('glossary letters', () => {
  test('a term is filed under its first letter, in capitals and without accent', () => {
    expect(initialOf('cookie', 'en')).toBe('C');
    expect(initialOf('Évaluation d’impact', 'fr')).toBe('E');
    expect(initialOf('« Legitimate interest »', 'en')).toBe('L');
    expect(initialOf('3rd-party data', 'en')).toBe('3');
    expect(initialOf('…', 'en')).toBe('#');
  });

  test('each initial links to the first of its terms, in the order given', () => {
    const terms = [
      { id: 'ad-network', term: 'ad network' },
      { id: 'analytics', term: 'analytics' },
      { id: 'consent', term: 'consent' },
      { id: 'ecran', term: 'écran' },
      { id: 'editeur', term: 'éditeur' },
    ];
    expect(glossaryLetters(terms, 'fr')).toEqual([
      { letter: 'A', firstId: 'ad-network' },
      { letter: 'C', firstId: 'consent' },
      { letter: 'E', firstId: 'ecran' },
    ]);
  });

  test('every term’s initial is listed once, pointing at a term filed under it', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.uuid(), term: fc.string({ minLength: 1 }) })), (terms) => {
        const letters = glossaryLetters(terms, 'en');
        const initials = letters.map((entry) => entry.letter);
        expect(new Set(initials).size).toBe(initials.length);
        for (const { term } of terms) expect(initials).toContain(initialOf(term, 'en'));
        for (const { letter, firstId } of letters) {
          expect(initialOf(terms.find((entry) => entry.id === firstId)!.term, 'en')).toBe(letter);
        }
      }),
    );
  });
});
