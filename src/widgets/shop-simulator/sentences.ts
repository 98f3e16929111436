/**
 * The sentences the shop simulator builds from engine output and UI strings: the live announcement,
 * the reasons an experience is lost, and the marginal value of a switch. Pure functions of plain
 * data, so tests can read them without a DOM.
 */
import type { ParamNotice } from '~/engine/params';
import type {
  ExperienceBlocker,
  Locale,
  MarginalValue,
  OptionalCategory,
  Place,
  Scenario,
  Summary,
} from '~/engine/types';
import { fill } from '~/i18n/fill';
import { listOf, pluralOf } from '~/widgets/consent-banner/intl';
import type { ShopSimulatorLabels } from './labels';
import type { ScenarioIndex } from './scenario-index';

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
  const points = summary.dataPoints;
  const companies = summary.recipients;
  return fill(labels['shopSimulator.live'], {
    step: step + 1,
    steps,
    gained: summary.experiencesGained,
    total: summary.experiencesGained + summary.experiencesLost,
    points: fill(labels[`shopSimulator.live.points.${pluralOf(locale, points)}`], { n: points }),
    companies: fill(labels[`shopSimulator.live.companies.${pluralOf(locale, companies)}`], { n: companies }),
  });
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

/** Where a step happens, as the mock screen's title bar says it. */
export function placeLabel(labels: ShopSimulatorLabels, place: Place, shop: string, name: string): string {
  return fill(labels[`shopSimulator.place.${place}`], { shop, name });
}

/**
 * "If you had also allowed X, you would have gained Y, and shared Z more data points, with W", or
 * "Without X, you would have lost Y ...": what flipping one category alone changes.
 */
export function marginalSentence(
  labels: ShopSimulatorLabels,
  locale: Locale,
  scenario: Scenario,
  index: ScenarioIndex,
  value: MarginalValue,
): string {
  // Quoted, because experience names are titles ("Helps improve the shop"), not words of the sentence.
  const names = value.experiences.flatMap((id) => {
    const experience = index.experiences.get(id);
    return experience ? [fill(labels['shopSimulator.marginal.quoted'], { name: experience.name[locale] })] : [];
  });
  const experiences = names.length > 0 ? listOf(locale, names) : labels['shopSimulator.marginal.nothingVisible'];
  // Who would hold the added (or no longer hold the removed) data, in the scenario's party order.
  const holderIds = new Set(value.dataPoints.flatMap((id) => index.dataPoints.get(id)?.recipient ?? []));
  const holders = listOf(
    locale,
    scenario.parties.filter((party) => holderIds.has(party.id)).map((party) => party.name[locale]),
  );
  const n = value.dataPoints.length;
  const form = n === 0 ? 'none' : pluralOf(locale, n);
  const key = value.change === 'would-add' ? 'add' : 'lose';
  return fill(labels[`shopSimulator.marginal.${key}.${form}`], {
    category: labels[`category.${value.category}`],
    experiences,
    n,
    holders,
  });
}

/** A set-aside link value as a short sentence naming the value as plain text. */
export function noticeText(labels: ShopSimulatorLabels, notice: ParamNotice, shownScenario: string): string {
  return fill(labels[`linkParams.notice.${notice.code}`], {
    value: notice.value,
    param: notice.param,
    shown: shownScenario,
  });
}
