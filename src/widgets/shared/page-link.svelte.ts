/**
 * The simulator link an embed was opened with (`?consent=…&scenario=…&brand=…`), read in the
 * browser once the island mounts. Before that, on the server and without JavaScript, there is
 * none, and the embed shows its defaults. Create it while a component initialises.
 */
import { onMount } from 'svelte';
import { parseSimulatorParams, type SimulatorParams } from '~/engine/params';
import type { Scenario } from '~/engine/types';

/** What the link reads from the embed's props. */
export interface PageLinkProps {
  /** Every scenario the link may pick, the one to show by default leading. */
  scenarios: Scenario[];
}

export class PageLink {
  /** What the link said; null until the island has read it. */
  params = $state.raw<SimulatorParams | null>(null);
  readonly #props: () => PageLinkProps;

  /** @param props the embed's props, read through a getter so that new ones are followed. */
  constructor(props: () => PageLinkProps) {
    this.#props = props;
    onMount(() => {
      this.params = parseSimulatorParams(
        // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never changed
        new URLSearchParams(window.location.search),
        props().scenarios.map((s) => s.id),
      );
    });
  }

  /** The scenario the link picked, or the default one. */
  get scenario(): Scenario {
    const { scenarios } = this.#props();
    return scenarios.find((s) => s.id === this.params?.scenario) ?? scenarios[0];
  }
}
