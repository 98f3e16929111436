/**
 * Who holds what so far, worked out from an outcome: every party of the scenario with the data
 * points it holds by a given step. A pure function over engine data (no runes).
 */
import type { LedgerEntry, Outcome, Party, Scenario } from '~/engine/types';
import { happenedBy, stepIndexes } from '~/widgets/kit/so-far';

/** One party and what it holds so far (possibly nothing). */
export interface Holding {
  party: Party;
  points: LedgerEntry[];
}

/** Every party of the scenario, in scenario order, with the data points it holds by `upToStep`. */
export function holdingsSoFar(scenario: Scenario, outcome: Outcome, upToStep?: number): Holding[] {
  const indexes = stepIndexes(scenario.steps);
  const held = outcome.ledger.filter((entry) => happenedBy(indexes, entry.step, upToStep));
  return scenario.parties.map((party) => ({ party, points: held.filter((entry) => entry.holder.id === party.id) }));
}
