/**
 * Loads the words of one language on demand: the island gets the page's language with its props,
 * and fetches another (a small file from this site, cached with the rest when offline use is on)
 * only when the visitor picks it.
 */
import type { Locale } from '~/i18n';
import type { LetterWords } from './types';

/** The words of the letters in `locale`. */
export async function loadLetterWords(locale: Locale): Promise<LetterWords> {
  return locale === 'fr' ? (await import('./fr')).fr : (await import('./en')).en;
}
