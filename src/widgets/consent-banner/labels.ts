/**
 * The strings each consent-banner island receives (never the whole dictionary): the wrapper or the
 * parent island picks them with `labelsFor(locale, ...prefixes)`.
 */
import type { Locale } from '~/engine/locales';
import type { Scenario } from '~/engine/types';
import type { Labels } from '~/i18n';

/** What the fair banner says: its own strings and the category names and descriptions. */
export type FairBannerLabels = Labels<'consentBanner.banner.' | 'category.'>;

/** What the dark-pattern lesson says: every banner string and the category names. */
export type DarkPatternsLabels = Labels<'consentBanner.' | 'category.'>;

/** How a scenario's site describes some categories in its own banner (`shop.banner` in its YAML). */
type SiteBannerWords = Scenario['shop']['banner'];

/**
 * `labels` with the category descriptions `words` gives, in `locale`, in place of the
 * dictionary's, which speak of a shop: a news site's banner has no cart to mention.
 */
export function inSiteWords<L extends Partial<Labels<'category.'>>>(
  labels: L,
  words: SiteBannerWords,
  locale: Locale,
): L {
  const own = Object.entries(words ?? {}).map(([category, text]) => [`category.${category}.short`, text[locale]]);
  return { ...labels, ...(Object.fromEntries(own) as Partial<L>) };
}
