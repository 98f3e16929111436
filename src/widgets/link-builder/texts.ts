/**
 * The strings the snippets need, in every locale, resolved from the UI dictionaries.
 * Server-side only (it imports every dictionary): the `.astro` wrapper passes the result
 * to the island, which must not import `~/i18n` itself.
 */
import { categoryIds } from '~/engine/categories';
import type { Category } from '~/engine/types';
import { locales, t, type Locale } from '~/i18n';
import type { SnippetTexts } from './links';

/** The snippet strings of one language. `{brand}` stays for the island to fill. */
export function snippetTexts(language: Locale): SnippetTexts {
  return {
    linkText: t(language, 'linkBuilder.snippet.linkText'),
    linkTextBrand: t(language, 'linkBuilder.snippet.linkTextBrand', { brand: '{brand}' }),
    learnMore: t(language, 'linkBuilder.snippet.learnMore'),
    moreTitle: t(language, 'linkBuilder.snippet.moreTitle'),
    categoryNames: Object.fromEntries(categoryIds.map((id) => [id, t(language, `category.${id}`)])) as Record<
      Category,
      string
    >,
  };
}

/** The snippet strings of every language a brand can pick for its links. */
export function allSnippetTexts(): Record<Locale, SnippetTexts> {
  return Object.fromEntries(locales.map((language) => [language, snippetTexts(language)])) as Record<
    Locale,
    SnippetTexts
  >;
}
