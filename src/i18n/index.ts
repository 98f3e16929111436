import { defaultLocale, locales, type Locale } from '~/engine/locales';
import { en, type UiKey } from './en/index';
import { fr } from './fr/index';
import { fill } from './fill';

export { defaultLocale, locales, type Locale };

const dictionaries: Record<Locale, Partial<Record<UiKey, string>>> = { en, fr };

/** The UI string `key` in `locale` (English when a translation is missing), with placeholders filled. */
export function t(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  return fill(dictionaries[locale][key] ?? en[key], params);
}

/** A `t` bound to one locale, for pages and components. */
export function useTranslations(locale: Locale) {
  return (key: UiKey, params?: Record<string, string | number>) => t(locale, key, params);
}

/** Narrows a route parameter (`undefined` for English, `fr`) to a locale. */
export function localeFromParam(param: string | undefined): Locale {
  return param === 'fr' ? 'fr' : 'en';
}

/** `getStaticPaths` entries for a route that exists in every published locale. */
export function localeStaticPaths() {
  return locales.map((locale) => ({ params: { locale: locale === defaultLocale ? undefined : locale } }));
}

/** The URL of a locale-neutral path (`/learn/`) in `locale` (`/fr/learn/`). */
export function localePath(locale: Locale, path: string): string {
  return locale === defaultLocale ? path : `/${locale}${path}`;
}

/** Strips the locale prefix from a URL path: `/fr/learn/` gives `/learn/`. */
export function neutralPath(pathname: string): string {
  return pathname.replace(/^\/fr(?=\/|$)/, '') || '/';
}

/**
 * The UI strings whose keys start with one of `prefixes` (`'cookieJar.'`, `'category.'`),
 * placeholders unfilled: what a widget island receives instead of the whole dictionary.
 */
export function labelsFor<P extends string>(locale: Locale, ...prefixes: P[]): Labels<P> {
  const labels: Record<string, string> = {};
  for (const key of Object.keys(en) as UiKey[]) {
    if (prefixes.some((prefix) => key.startsWith(prefix))) labels[key] = dictionaries[locale][key] ?? en[key];
  }
  return labels as Labels<P>;
}

/** The strings a widget receives: every UI key that starts with one of the prefixes. */
export type Labels<P extends string> = { [K in UiKey as K extends `${P}${string}` ? K : never]: string };

export { fill };
export type { UiKey };
