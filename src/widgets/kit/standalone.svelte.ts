/**
 * The state of a standalone panel (a cookie jar or a data flow placed alone in a lesson): the
 * categories the reader ticked, and the outcome that follows. Inside the shop simulator the
 * simulator owns this state and passes its outcome down; standing alone, a panel owns it here.
 *
 * Lifecycle: starts from the settings the lesson wrote (the same ones the server rendered, so
 * hydration changes nothing), then follows the reader's ticks. Nothing is stored anywhere.
 */
import { normaliseConsent } from '~/engine/categories';
import { simulate } from '~/engine/simulate';
import type { OptionalCategory, Outcome, Scenario, Settings } from '~/engine/types';

export class StandaloneSimulation {
  readonly #scenario: () => Scenario;
  readonly #base: () => Settings;

  /** The optional categories granted now; replaced whole on each change. */
  consent: readonly OptionalCategory[] = $state.raw([]);

  /** The settings in force: the lesson's policy, browser and GPC, with the reader's consent. */
  readonly settings: Settings = $derived.by(() => ({ ...this.#base(), consent: this.consent }));

  /** What those settings trade in the scenario. */
  readonly outcome: Outcome = $derived.by(() => simulate(this.#scenario(), this.settings));

  /**
   * @param scenario the scenario prop, read through a getter so a new one is followed.
   * @param initial the settings the lesson asked for (read through a getter, like a prop).
   */
  constructor(scenario: () => Scenario, initial: () => Settings) {
    this.#scenario = scenario;
    this.#base = initial;
    this.consent = initial().consent;
  }

  /** Grants or refuses one optional category. */
  setCategory(category: OptionalCategory, granted: boolean): void {
    const others = this.consent.filter((c) => c !== category);
    this.consent = normaliseConsent(granted ? [...others, category] : others);
  }
}
