/**
 * The figures of an `outcomes` slide, computed by the engine from the simulator's own URL
 * parameters, so a slide can never say something the simulator contradicts. Pure.
 */
import { parseSimulatorParams } from '~/engine/params';
import { simulate } from '~/engine/simulate';
import type { Scenario } from '~/engine/types';

/** What one consent profile gives and sends away in the scenario. */
export interface ProfileFigures {
  /** Experiences the shopper gets. */
  gained: number;
  /** Experiences the scenario offers in all. */
  total: number;
  /** Data points someone holds at the end. */
  dataPoints: number;
  /** Data points held by a partner or a third party. */
  shared: number;
  /** Companies other than the shop that hold at least one data point. */
  others: number;
}

/**
 * The figures for the profile a simulator query string describes (`consent=all&gpc=on`).
 * Throws when the query has a value the simulator would set aside: on a slide that is a typo
 * to fix, not a default to fall back on.
 */
export function profileFigures(scenario: Scenario, query: string): ProfileFigures {
  const params = parseSimulatorParams(new URLSearchParams(query), [scenario.id]);
  if (params.notices.length > 0) {
    const { param, value, code } = params.notices[0];
    throw new Error(`the query "${query}" has a value the simulator sets aside: ${param}=${value} (${code})`);
  }
  const { summary, experiences } = simulate(scenario, params.settings);
  return {
    gained: summary.experiencesGained,
    total: experiences.length,
    dataPoints: summary.dataPoints,
    shared: summary.sharedDataPoints,
    others: summary.recipients,
  };
}
