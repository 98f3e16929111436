/**
 * Dates in words, in each locale's own way (intl.ts has plurals and lists). Apart from intl.ts,
 * which the build puts in the chunk every island loads, because only the rights pages and the
 * decoder write dates.
 */
import type { Locale } from '~/engine/locales';
import { intlLocale } from './intl';

/**
 * A date in words, read in UTC, as a letter in that language writes it: "3 March 2027", "3 mars 2027".
 * French writes the first of the month as an ordinal, « 1er mars », which Intl does not.
 */
export function dateOf(locale: Locale, date: Date): string {
  const words = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  return locale === 'fr' ? words.replace(/^1 /, '1er ') : words;
}
