/**
 * Plural forms and lists in the locale's own way, for sentences built in the browser from UI strings.
 * Both banner widgets and the shop simulator use them (the simulator already depends on the banner).
 */
import type { Locale } from '~/engine/types';

/** `one` or `other`, as the locale's plural rules pick for `n` (French says "0 clic", English "0 clicks"). */
export function pluralOf(locale: Locale, n: number): 'one' | 'other' {
  return new Intl.PluralRules(locale).select(n) === 'one' ? 'one' : 'other';
}

/** "A, B and C" in English (British: no comma before "and"), "A, B et C" in French. */
export function listOf(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { style: 'long', type: 'conjunction' }).format(items);
}
