/**
 * Which consent profiles the compare widget sets side by side when nobody chose: the two
 * ends and, between them, a reasoned choice; and how a link's one choice becomes columns.
 */
import { optionalCategoryIds } from '~/engine/categories';
import type { OptionalCategory, Settings } from '~/engine/types';

/** A reasoned choice: the categories whose data stays with the shop (first party). */
export const reasonedConsent: readonly OptionalCategory[] = ['preferences', 'analytics', 'personalization'];

/** Reject all, the reasoned choice, accept all. */
export const defaultProfiles: readonly (readonly OptionalCategory[])[] = [[], reasonedConsent, optionalCategoryIds];

/**
 * The columns a link opens the compare embed with: reject all, the link's choice, accept all,
 * each under the link's policy, browser and GPC. A link that grants nothing or everything is
 * already one of the ends, so the middle column is then the reasoned choice.
 */
export function linkColumns(settings: Settings): Settings[] {
  const granted = settings.consent.length;
  const middle = granted === 0 || granted === optionalCategoryIds.length ? reasonedConsent : settings.consent;
  return [[], middle, optionalCategoryIds].map((consent) => ({ ...settings, consent: [...consent] }));
}
