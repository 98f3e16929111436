/**
 * The parts of the shop simulator whose code loads after the page: the words under the step and
 * the folded sections, and the address that follows the choices. Until the banner is answered or
 * the step changes, the island shows the first two as the server rendered them (its
 * `explanation` and `sections` slots); then it imports this module once and renders them itself.
 */
import { toSimulatorParams } from '~/engine/params';
import type { ShopSimulatorState } from './shop-simulator.svelte';

export { default as StepExplanation } from './StepExplanation.svelte';
export { default as SimulatorSections } from './SimulatorSections.svelte';

/**
 * Writes the simulator's choices into the page's address, in place (no new history entry), so
 * that a reload keeps them and a copied address shares them; an open section's `#` part stays.
 * Called from an effect, whose dependencies are the state it reads here.
 */
export function followInAddress(sim: ShopSimulatorState): void {
  const query = `?${toSimulatorParams(sim.settings, { scenario: sim.scenarioId, brand: sim.brand })}`;
  if (query !== window.location.search) {
    history.replaceState(history.state, '', window.location.pathname + query + window.location.hash);
  }
}
