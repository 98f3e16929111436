/**
 * The strings each consent-banner island receives (never the whole dictionary): the wrapper or the
 * parent island picks them with `labelsFor(locale, ...prefixes)`.
 */
import type { Labels } from '~/i18n';

/** What the fair banner says: its own strings and the category names and descriptions. */
export type FairBannerLabels = Labels<'consentBanner.banner.' | 'category.'>;

/** What the dark-pattern lesson says: every banner string and the category names. */
export type DarkPatternsLabels = Labels<'consentBanner.' | 'category.'>;
