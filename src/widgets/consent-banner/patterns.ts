/**
 * Words for the mock banners of the dark-pattern lesson: what each mock's live region says. Pure
 * functions of a mock's plain values, so they are tested without a DOM.
 */
import type { Locale } from '~/engine/types';
import { fill } from '~/i18n/fill';
import { listOf, pluralOf } from '~/widgets/kit/intl';
import type { DarkPatternsLabels } from './labels';
import type { LegitimateInterest, MockAnswer } from './consent-banner.svelte';

/** What the cookie wall's three ways out lead to, from the news scenario. */
export interface WallTexts {
  /** The site behind the wall. */
  site: string;
  /** What the reader gets by accepting (the scenario's `whenGained` of free reading). */
  accepted: string;
  /** What the reader gets by refusing (its `whenLost`). */
  refused: string;
}

/** The sentence a mock's live region holds: clicks so far while open, then what the answer did. */
export function mockStatus(
  labels: DarkPatternsLabels,
  locale: Locale,
  clicks: number,
  answer: MockAnswer | null,
  wall: WallTexts,
): string {
  const form = pluralOf(locale, clicks);
  if (!answer) return fill(labels[`consentBanner.mock.clicks.${form}`], { n: clicks });
  if (answer.kind === 'wall') {
    if (answer.choice === 'subscribed') return labels['consentBanner.mock.wall.subscribed'];
    return fill(labels[`consentBanner.mock.wall.${answer.choice}`], { result: wall[answer.choice] });
  }
  const stillOn = [
    ...answer.consent.map((category) => labels[`category.${category}`]),
    ...answer.interests.map((interest: LegitimateInterest) => labels[`consentBanner.mock.interest.${interest}`]),
  ];
  if (stillOn.length === 0) return fill(labels[`consentBanner.mock.refused.${form}`], { n: clicks });
  return fill(labels[`consentBanner.mock.stillOn.${form}`], { n: clicks, list: listOf(locale, stillOn) });
}
