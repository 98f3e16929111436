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

/** What the state reads from the panel's props. */
export interface StandaloneSimulationProps {
  scenario: Scenario;
  /** The settings the lesson asked for; the reader's ticks start from them. */
  settings: Settings;
}

export class StandaloneSimulation {
  readonly #props: () => StandaloneSimulationProps;

  /** The optional categories granted now; replaced whole on each change. */
  consent = $state.raw<readonly OptionalCategory[]>([]);

  /** The settings in force: the lesson's policy, browser and GPC, with the reader's consent. */
  readonly settings: Settings = $derived.by(() => ({ ...this.#props().settings, consent: this.consent }));

  /** What those settings trade in the scenario. */
  readonly outcome: Outcome = $derived.by(() => simulate(this.#props().scenario, this.settings));

  /** @param props the panel's props, read through a getter so that new ones are followed. */
  constructor(props: () => StandaloneSimulationProps) {
    this.#props = props;
    this.consent = props().settings.consent;
  }

  /** Grants or refuses one optional category. */
  setCategory(category: OptionalCategory, granted: boolean): void {
    const others = this.consent.filter((c) => c !== category);
    this.consent = normaliseConsent(granted ? [...others, category] : others);
  }
}
