/**
 * Look-ups over a scenario by id, built once per scenario: the engine's outcome names experiences,
 * data points, steps and parties by id, and the widget shows their names.
 */
import type { DataPoint, Experience, Party, Scenario } from '~/engine/types';

/** A scenario's parts by id. */
export interface ScenarioIndex {
  /** Every experience, with the index of its step. */
  experiences: ReadonlyMap<string, Experience & { stepIndex: number }>;
  /** Every data point. */
  dataPoints: ReadonlyMap<string, DataPoint>;
  /** Every party. */
  parties: ReadonlyMap<string, Party>;
  /** The index (from 0) of each step. */
  stepIndex: ReadonlyMap<string, number>;
  /** The shop, the one first party. */
  shop: Party;
}

/** Indexes `scenario`. A scenario that passed `parseScenario` always names its shop among its parties. */
export function indexScenario(scenario: Scenario): ScenarioIndex {
  const experiences = new Map<string, Experience & { stepIndex: number }>();
  const dataPoints = new Map<string, DataPoint>();
  const stepIndex = new Map<string, number>();
  scenario.steps.forEach((step, index) => {
    stepIndex.set(step.id, index);
    for (const experience of step.experiences) experiences.set(experience.id, { ...experience, stepIndex: index });
    for (const point of step.dataPoints) dataPoints.set(point.id, point);
  });
  const parties = new Map(scenario.parties.map((party) => [party.id, party]));
  const shop = parties.get(scenario.shop.party);
  if (!shop) throw new Error(`scenario "${scenario.id}" names no party "${scenario.shop.party}"`);
  return { experiences, dataPoints, parties, stepIndex, shop };
}
