/**
 * The view state of the data-flow panel: for every party of the scenario, the data points it
 * holds so far, the diagram's layout, and the sentences a screen reader hears. It only reads
 * the engine's outcome; who may hold what is decided in the engine.
 */
import type { Outcome, Scenario } from '~/engine/types';
import { fill } from '~/i18n/fill';
import type { Labels, Locale } from '~/i18n';
import { countText } from '~/widgets/kit/intl';
import { holdingsSoFar, type Holding } from './holdings';
import { layoutFlow, type FlowLayout } from './layout';

/** The props of `DataFlow.svelte`, the contract with the shop simulator. */
export interface DataFlowProps {
  scenario: Scenario;
  outcome: Outcome;
  /** Show what steps `0..upToStep` produced; everything when absent. */
  upToStep?: number;
  locale: Locale;
  labels: Labels<'dataFlow.' | 'category.' | 'party.'>;
}

/** The derived view of one data-flow panel. */
export class DataFlowState {
  readonly #props: () => DataFlowProps;

  constructor(props: () => DataFlowProps) {
    this.#props = props;
  }

  /** The persona's first name in the panel's language. */
  readonly persona: string = $derived.by(() => this.#props().scenario.persona.name[this.#props().locale]);

  /** Every party with what it holds. */
  readonly holdings: Holding[] = $derived.by(() =>
    holdingsSoFar(this.#props().scenario, this.#props().outcome, this.#props().upToStep),
  );

  /** Data points held, by party id. */
  readonly counts: Readonly<Record<string, number>> = $derived.by(() =>
    Object.fromEntries(this.holdings.map((holding) => [holding.party.id, holding.points.length])),
  );

  /** Where everything is drawn; depends only on the parties, not on the settings. */
  readonly layout: FlowLayout = $derived.by(() =>
    layoutFlow(this.#props().scenario.parties, this.#props().scenario.shop.party),
  );

  /** "3 data points", or "nothing yet". */
  pointsText(n: number): string {
    const { labels, locale } = this.#props();
    return n === 0
      ? labels['dataFlow.nothingYet']
      : countText(locale, labels['dataFlow.points.one'], labels['dataFlow.points.other'], n);
  }

  /** The diagram's accessible name: every holder, its kind and its count. */
  readonly diagramLabel: string = $derived.by(() => {
    const { labels, locale } = this.#props();
    const holders = this.holdings
      .map(({ party, points }) =>
        fill(labels['dataFlow.diagram.holder'], {
          name: party.name[locale],
          kind: labels[`party.${party.kind}`],
          points: this.pointsText(points.length),
        }),
      )
      .join(' ');
    return fill(labels['dataFlow.diagram.label'], { name: this.persona, holders });
  });

  /**
   * The sentence of the live region; it changes only when a count changes, so a screen reader
   * hears it when data starts or stops flowing somewhere.
   */
  readonly status: string = $derived.by(() => {
    const { labels, locale } = this.#props();
    const holding = this.holdings.filter((h) => h.points.length > 0);
    const total = holding.reduce((sum, h) => sum + h.points.length, 0);
    const shared = holding.filter((h) => h.party.kind !== 'first').reduce((sum, h) => sum + h.points.length, 0);
    return fill(labels['dataFlow.status'], {
      name: this.persona,
      points: countText(locale, labels['dataFlow.points.one'], labels['dataFlow.points.other'], total),
      holders: countText(locale, labels['dataFlow.holders.one'], labels['dataFlow.holders.other'], holding.length),
      shared,
    });
  });
}
