/**
 * Numbers, plurals and lists in each locale's own way (dates are in intl-dates.ts), for every
 * sentence built from UI strings, in the browser and on the server alike (browser-safe: no
 * dictionary, no engine).
 *
 * One regional variant per locale, so that two widgets on one page never disagree: British
 * English (the site's spelling: "a, b and c") and the French of France.
 *
 * The build puts this module in the engine's chunk, which every island loads (`astro.config.mjs`),
 * so it imports nothing: a small element that fills placeholders does not load the engine.
 */
import type { Locale } from '~/engine/locales';

/** The `Intl` locale of each site locale. */
const intlLocales: Readonly<Record<Locale, string>> = { en: 'en-GB', fr: 'fr-FR' };

/** The `Intl` locale tag for a site locale: `en-GB`, `fr-FR`. */
export function intlLocale(locale: Locale): string {
  return intlLocales[locale];
}

/** `one` or `other`, as the locale's plural rules pick for `n` (French says "0 clic", English "0 clicks"). */
export function pluralOf(locale: Locale, n: number): 'one' | 'other' {
  return new Intl.PluralRules(intlLocale(locale)).select(n) === 'one' ? 'one' : 'other';
}

/**
 * `{n} item` or `{n} items` with `n` filled in, the form chosen by the language's plural rules:
 * French puts 0 and 1 in the singular, English only 1.
 */
export function countText(locale: Locale, one: string, other: string, n: number): string {
  return (pluralOf(locale, n) === 'one' ? one : other).replaceAll('{n}', String(n));
}

/** "A, B and C" in English (British: no comma before "and"), "A, B et C" in French. */
export function listOf(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' }).format(items);
}
