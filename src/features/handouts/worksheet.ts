/**
 * The shopping worksheet and its answer key, from the scenario itself, so the sheet numbers the
 * same steps as the simulator ("Step 3 of 12") and its key says what the engine says. Pure.
 */
import { defaultSettings } from '~/engine/params';
import { simulate } from '~/engine/simulate';
import { optionalCategoryIds } from '~/engine/categories';
import type { Category, Localised, Scenario } from '~/engine/types';

/** One thing the shop can offer at a step, with what it needs and whether each extreme gets it. */
export interface WorksheetOffer {
  /** Experience id. */
  id: string;
  /** Its name, in both languages. */
  name: Localised;
  /** The categories it needs, `necessary` included when it is one of them. */
  needs: Category[];
  /** Whether Maya gets it when she rejects all. */
  rejectAll: boolean;
  /** Whether she gets it when she accepts all. */
  acceptAll: boolean;
}

/** One step of the session, numbered as the simulator numbers it. */
export interface WorksheetStep {
  /** Position in the session, from 1: the simulator's "Step n". */
  number: number;
  /** Step id. */
  id: string;
  /** Its title, in both languages. */
  title: Localised;
  /** What the shop can offer at this step; empty when nothing on screen depends on the choice. */
  offers: WorksheetOffer[];
}

/**
 * Every step of the scenario, in order, numbered from 1, with its offers and, for the answer key,
 * what reject all and accept all give. Steps where nothing depends on the choice stay in the
 * list, so the numbers match the simulator's.
 */
export function worksheetSteps(scenario: Scenario): WorksheetStep[] {
  const gained = (consent: typeof optionalCategoryIds) =>
    new Set(
      simulate(scenario, { ...defaultSettings, consent })
        .experiences.filter((experience) => experience.status === 'gained')
        .map((experience) => experience.id),
    );
  const rejectAll = gained([]);
  const acceptAll = gained(optionalCategoryIds);
  return scenario.steps.map((step, i) => ({
    number: i + 1,
    id: step.id,
    title: step.title,
    offers: step.experiences.map((experience) => ({
      id: experience.id,
      name: experience.name,
      needs: [...experience.needs],
      rejectAll: rejectAll.has(experience.id),
      acceptAll: acceptAll.has(experience.id),
    })),
  }));
}
