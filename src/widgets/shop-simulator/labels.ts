/**
 * The strings the shop simulator island receives (never the whole dictionary), picked by its wrapper
 * with `labelsFor(locale, ...shopSimulatorLabelPrefixes)`.
 */
import type { Labels } from '~/i18n';

/** Prefixes of every string the simulator and the panels inside it read. */
export const shopSimulatorLabelPrefixes = [
  'shopSimulator.',
  'linkParams.',
  'consentBanner.banner.',
  'category.',
  'party.',
  'legalBasis.',
  'cookieJar.',
  'dataFlow.',
  'stepScreen.',
  'punctuation.',
] as const;

/**
 * What the shop simulator says: its own strings, the fair banner's, the cookie jar's and data flow's
 * (panels inside it), the drawn screens', and the shared category and party names.
 */
export type ShopSimulatorLabels = Labels<(typeof shopSimulatorLabelPrefixes)[number]>;
