/**
 * What one switch more or less would change, as sentences: the marginal value of each category
 * (`marginalValue` in the engine) in words. Only the simulator's folded sections use it.
 */
import type { Locale, MarginalValue, Scenario } from '~/engine/types';
import { fill } from '~/i18n/fill';
import { listOf, pluralOf } from '~/widgets/kit/intl';
import type { ShopSimulatorLabels } from './labels';
import type { ScenarioIndex } from './scenario-index';

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
