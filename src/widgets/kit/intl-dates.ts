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

/**
 * A source's date as its list writes it, to the precision given: `2022-06-14` is "14 June 2022"
 * (« 14 juin 2022 »), `2011-04` is "April 2011" (« avril 2011 »), `2018` stays 2018.
 */
export function sourceDateOf(locale: Locale, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!month) return String(year);
  if (!day) {
    const date = new Date(Date.UTC(year, month - 1, 1));
    return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      date,
    );
  }
  return dateOf(locale, new Date(Date.UTC(year, month - 1, day)));
}
