/**
 * The languages of the site, in one place: the engine's texts, the UI dictionaries, the routes
 * (English at the root, French under `/fr/`), Astro's i18n settings and the link helpers all
 * read this list. Adding a language starts here.
 */
export const locales = ['en', 'fr'] as const;

/** A locale of the site. English first, French second. */
export type Locale = (typeof locales)[number];

/** The locale served at the root of the site. */
export const defaultLocale: Locale = 'en';
