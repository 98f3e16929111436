/**
 * The facts of one consent category's page (`/choices/<category>/`), drawn from a scenario by
 * the engine: what the category enables, what it sends and to whom, what switching it off
 * loses, the headline figures with and without it, and the two simulator presets. Pure and
 * free of words: the page turns these into sentences in its language.
 */
import { optionalCategoryIds } from '~/engine/categories';
import { marginalValue } from '~/engine/compare';
import { defaultSettings } from '~/engine/params';
import { simulate } from '~/engine/simulate';
import type {
  Category,
  DataPoint,
  Experience,
  MarginalValue,
  Scenario,
  Settings,
  StorageItem,
  Summary,
} from '~/engine/types';

export interface CategoryFacts {
  /** The experiences that need the category; for `necessary`, those that need nothing else. */
  enabled: Experience[];
  /** Its data points and storage, in session order. */
  dataPoints: DataPoint[];
  storage: StorageItem[];
  /** The parties outside the shop that receive its data points, by id, once each. */
  outsideRecipients: string[];
  /** What turning it off takes away from a visitor who granted everything (none for `necessary`). */
  marginal: MarginalValue | undefined;
  /** The experiences of `marginal`, as the scenario describes them. */
  lost: Experience[];
  /** Summary figures with everything granted, and with everything but this category. */
  withAll: Summary;
  withoutIt: Summary;
  /** Simulator presets: this category alone (for `necessary`, nothing optional), and everything but it. */
  presets: { only: Settings; allBut: Settings | undefined };
}

/** The facts of `category` in `scenario`, under the default policy, browser and GPC. */
export function categoryFacts(scenario: Scenario, category: Category): CategoryFacts {
  const experiences = scenario.steps.flatMap((step) => step.experiences);
  const enabled = experiences.filter((e) =>
    category === 'necessary' ? e.needs.every((need) => need === 'necessary') : e.needs.includes(category),
  );
  const dataPoints = scenario.steps.flatMap((step) => step.dataPoints).filter((d) => d.category === category);
  const storage = scenario.steps.flatMap((step) => step.storage).filter((s) => s.category === category);
  const kinds = new Map(scenario.parties.map((party) => [party.id, party.kind]));
  const outsideRecipients = [...new Set(dataPoints.map((d) => d.recipient))].filter((id) => kinds.get(id) !== 'first');

  const allGranted: Settings = { ...defaultSettings, consent: [...optionalCategoryIds] };
  const allBut: Settings = { ...allGranted, consent: optionalCategoryIds.filter((c) => c !== category) };
  const marginal =
    category === 'necessary' ? undefined : marginalValue(scenario, allGranted).find((m) => m.category === category);
  const lost = marginal ? experiences.filter((e) => marginal.experiences.includes(e.id)) : [];
  const only: Settings = { ...defaultSettings, consent: category === 'necessary' ? [] : [category] };

  return {
    enabled,
    dataPoints,
    storage,
    outsideRecipients,
    marginal,
    lost,
    withAll: simulate(scenario, allGranted).summary,
    withoutIt: simulate(scenario, allBut).summary,
    presets: { only, allBut: category === 'necessary' ? undefined : allBut },
  };
}
