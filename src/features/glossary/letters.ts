/**
 * The glossary's A–Z jump list: for each initial that starts at least one term, the term to
 * jump to. Pure, so it is tested in Node.
 */

/** One entry of the jump list. */
export interface GlossaryLetter {
  /** The initial as shown: a capital without accent (É is filed under E, as French dictionaries do). */
  letter: string;
  /** The id of the first term under it, in the order given. */
  firstId: string;
}

/** The initial a term is filed under: its first letter or digit, without accent, in capitals. */
export function initialOf(term: string, locale: string): string {
  const first = [...term.normalize('NFD').replace(/\p{Mn}/gu, '')].find((char) => /[\p{L}\p{N}]/u.test(char));
  return (first ?? '#').toLocaleUpperCase(locale);
}

/**
 * The initials of terms already sorted for reading, each with its first term. Terms under one
 * initial stay together when the list is sorted by the locale's collation, which files accented
 * letters with their base letter.
 */
export function glossaryLetters(terms: { id: string; term: string }[], locale: string): GlossaryLetter[] {
  const letters: GlossaryLetter[] = [];
  for (const { id, term } of terms) {
    const letter = initialOf(term, locale);
    if (!letters.some((entry) => entry.letter === letter)) letters.push({ letter, firstId: id });
  }
  return letters;
}
