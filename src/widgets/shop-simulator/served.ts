/**
 * What the shop simulator's wrapper renders on the server besides the island: the props of the
 * three parts it hands to the island as slots of plain HTML (the banner, the words under the step,
 * the folded sections), for the starting settings. Shared by the wrapper (ShopSimulator.astro) and
 * the component tests, so that both start from the same first HTML.
 */
import { simulate } from '~/engine/simulate';
import type { ExperienceBlocker, Locale, Scenario, Settings } from '~/engine/types';
import type { FairBannerLabels } from '~/widgets/consent-banner/labels';
import type { ShopSimulatorLabels } from './labels';
import { indexScenario } from './scenario-index';
import { reasonText } from './sentences';

/** What the parts depend on. */
export interface ServedInput {
  /** The scenario the island opens. */
  scenario: Scenario;
  /** The settings it opens with. */
  initial: Settings;
  /** `full`, or `compact` (an embed: no sections). */
  mode: 'full' | 'compact';
  /** Start of the sections' ids. */
  idBase: string;
  locale: Locale;
  labels: ShopSimulatorLabels;
  /** The fair banner's strings. */
  bannerLabels: FairBannerLabels;
}

/** The props of the banner, the words under the first step, and (in `full` mode) the folded sections. */
export function servedParts({ scenario, initial, mode, idBase, locale, labels, bannerLabels }: ServedInput) {
  const outcome = simulate(scenario, initial);
  const index = indexScenario(scenario);
  const words = (reason: ExperienceBlocker) => reasonText(labels, locale, reason);
  return {
    banner: { site: index.shop.name[locale], labels: bannerLabels, folded: true, onsave() {} },
    explanation: {
      step: scenario.steps[0],
      experiences: outcome.experiences,
      index,
      ends: mode === 'full' ? { summary: `${idBase}-summary`, marginal: `${idBase}-marginal` } : undefined,
      last: scenario.steps.length === 1,
      reasonText: words,
      brief: mode === 'compact',
      locale,
      labels,
    },
    sections:
      mode === 'full'
        ? {
            idBase,
            scenario,
            index,
            outcome,
            step: 0,
            shop: index.shop.name[locale],
            persona: scenario.persona.name[locale],
            reasonText: words,
            locale,
            labels,
          }
        : null,
  };
}
