/**
 * The simulator link an embed was opened with (`?consent=…&scenario=…&brand=…`), read in the
 * browser once the island mounts. Before that, on the server and without JavaScript, there is
 * none, and the embed shows its defaults. Create it while a component initialises.
 */
import { onMount } from 'svelte';
import { parseSimulatorParams, type SimulatorParams } from '~/engine/params';
import type { Scenario } from '~/engine/types';

export class PageLink {
  /** What the link said; null until the island has read it. */
  params = $state.raw<SimulatorParams | null>(null);
  readonly #scenarios: () => Scenario[];

  /** `scenarios`: every scenario the link may pick, the one to show by default leading. */
  constructor(scenarios: () => Scenario[]) {
    this.#scenarios = scenarios;
    onMount(() => {
      this.params = parseSimulatorParams(
        // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never changed
        new URLSearchParams(window.location.search),
        scenarios().map((s) => s.id),
      );
    });
  }

  /** The scenario the link picked, or the default one. */
  get scenario(): Scenario {
    const scenarios = this.#scenarios();
    return scenarios.find((s) => s.id === this.params?.scenario) ?? scenarios[0];
  }
}
