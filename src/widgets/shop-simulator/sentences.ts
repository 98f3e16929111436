/**
 * The sentences the shop simulator builds from engine output and UI strings: the live announcement,
 * the outcome in one line, and the reasons an experience is lost. Pure functions of plain data, so
 * tests can read them without a DOM. (The marginal value's sentences are in `marginal.ts`, and the
 * notes about a link in `LinkNotices.svelte`, which load only when needed.)
 */
import type { ExperienceBlocker, Locale, OptionalCategory, Summary } from '~/engine/types';
import { fill } from '~/i18n/fill';
import { listOf, pluralOf } from '~/widgets/kit/intl';
import type { ShopSimulatorLabels } from './labels';

/** Category names, in the locale's list form: "Preferences and Personalisation". */
export function categoryList(
  labels: ShopSimulatorLabels,
  locale: Locale,
  consent: readonly OptionalCategory[],
): string {
  return listOf(
    locale,
    consent.map((category) => labels[`category.${category}`]),
  );
}

/**
 * The one-sentence summary a screen reader hears after each change: where the visitor is, and what
 * the current choices trade over the whole session.
 */
export function liveSentence(
  labels: ShopSimulatorLabels,
  locale: Locale,
  step: number,
  steps: number,
  summary: Summary,
): string {
  return fill(labels['shopSimulator.live'], { step: step + 1, steps, ...figures(labels, locale, summary) });
}

/** The whole trip under the current choices, in one line: what a compact embed shows as its outcome. */
export function outcomeSentence(labels: ShopSimulatorLabels, locale: Locale, summary: Summary): string {
  return fill(labels['shopSimulator.outcome'], figures(labels, locale, summary));
}

/** The figures both sentences give: experiences gained of all, data points held, companies besides the shop. */
function figures(labels: ShopSimulatorLabels, locale: Locale, summary: Summary) {
  const points = summary.dataPoints;
  const companies = summary.recipients;
  return {
    gained: summary.experiencesGained,
    total: summary.experiencesGained + summary.experiencesLost,
    points: fill(labels[`shopSimulator.live.points.${pluralOf(locale, points)}`], { n: points }),
    companies: fill(labels[`shopSimulator.live.companies.${pluralOf(locale, companies)}`], { n: companies }),
  };
}

/** Why an experience is lost, in one short sentence per reason. */
export function reasonText(labels: ShopSimulatorLabels, locale: Locale, reason: ExperienceBlocker): string {
  switch (reason.kind) {
    case 'consent':
      return fill(labels['shopSimulator.reason.consent'], { categories: categoryList(labels, locale, reason.missing) });
    case 'browser':
      return labels['shopSimulator.reason.browser'];
    case 'gpc':
      return labels['shopSimulator.reason.gpc'];
  }
}
