/**
 * The runner's strings in the page's language: the paste box's and the category names. They
 * load with the runner, on first use, rather than ride in the page's HTML (4.7 KB gzip that
 * kept /decoder/ from fitting one round trip).
 */
import type { Locale } from '~/engine/locales';

const loaders = {
  en: () => Promise.all([import('~/i18n/en/decoder-tool'), import('~/i18n/en/categories')]),
  fr: () => Promise.all([import('~/i18n/fr/decoder-tool'), import('~/i18n/fr/categories')]),
} satisfies Record<Locale, unknown>;

/** The `decoderTool.*` and `category.*` strings of `locale`, placeholders unfilled. */
export async function runnerLabels(locale: Locale): Promise<Record<string, string>> {
  const [{ decoderTool }, { categories }] = await loaders[locale]();
  return { ...categories, ...decoderTool };
}
