/**
 * The strings the rights islands receive (never the whole dictionary), picked by their wrappers with
 * `labelsFor(locale, ...prefixes)`.
 */
import type { Labels } from '~/i18n';

/** Prefixes of every string the letter builder reads. */
export const letterBuilderLabelPrefixes = [
  'rights.builder.',
  'rights.ask.',
  'rights.notes.',
  'languageSwitch.',
  'progress.label',
] as const;

/** What the letter builder says: its form, its actions, the dated notes, the requests' short names, the language names and the name of the progress switch. */
export type LetterBuilderLabels = Labels<(typeof letterBuilderLabelPrefixes)[number]>;

/** Prefixes of every string the withdrawal drill reads: its own, the fair banner's and the category names. */
export const withdrawalDrillLabelPrefixes = ['withdrawalDrill.', 'consentBanner.banner.', 'category.'] as const;

/** What the withdrawal drill says. */
export type WithdrawalDrillLabels = Labels<(typeof withdrawalDrillLabelPrefixes)[number]>;
