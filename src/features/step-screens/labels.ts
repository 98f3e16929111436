/**
 * The strings a drawn mock screen receives (never the whole dictionary), picked with
 * `labelsFor(locale, ...stepScreenLabelPrefixes)` by whoever renders it.
 */
import type { Labels } from '~/i18n';

/** Prefixes of every string a mock screen reads: its own, and the category names. */
export const stepScreenLabelPrefixes = ['stepScreen.', 'category.'] as const;

/** What a drawn mock screen says. */
export type StepScreenLabels = Labels<(typeof stepScreenLabelPrefixes)[number]>;
