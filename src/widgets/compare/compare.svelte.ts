/**
 * The state of the standalone compare widget: the settings of each column, which the reader
 * changes one category at a time, and the sentence the live region last said.
 *
 * Two modes. `profiles`: each column is its own consent profile, changed by its own
 * checkboxes. `policies`: the columns share one consent and differ only in brand policy
 * (minimal, maximal), so one set of checkboxes changes every column at once.
 *
 * Lifecycle: created once per widget from the wrapper's initial settings; lives as long as
 * the island; nothing is stored anywhere.
 */
import { optionalCategoryIds } from '~/engine/categories';
import { simulate } from '~/engine/simulate';
import type { OptionalCategory, Scenario, Settings } from '~/engine/types';
import { fill } from '~/i18n/fill';
import type { Locale } from '~/i18n';
import type { CompareLabels } from './compare-table';

/** What the standalone compare island receives. */
export interface CompareExplorerProps {
  /** The scenario every column replays. */
  scenario: Scenario;
  /** `profiles`: columns of different consent; `policies`: the same consent under each brand policy. */
  mode: 'profiles' | 'policies';
  /** The settings of each column at first (two to four). */
  initial: Settings[];
  /** The page's locale. */
  locale: Locale;
  /** The compare strings, the category names and the party kinds. */
  labels: CompareLabels;
}

export class CompareExplorerState {
  readonly #props: () => CompareExplorerProps;

  /** Each column's settings; replaced whole on every change. */
  settings = $state.raw<Settings[]>([]);

  /** The last sentence for the live region; empty until the reader changes something. */
  announcement = $state.raw('');

  /** The columns as `Compare.svelte` takes them: a title and the settings. */
  readonly columns = $derived(this.settings.map((settings, i) => ({ title: this.title(settings, i), settings })));

  constructor(props: () => CompareExplorerProps) {
    this.#props = props;
    this.settings = props().initial.map((s) => ({ ...s, consent: [...s.consent] }));
  }

  /** Whether column `index` grants `category`. */
  isGranted(index: number, category: OptionalCategory): boolean {
    return this.settings[index]?.consent.includes(category) ?? false;
  }

  /**
   * Grants or refuses `category` in column `index` (in every column in `policies` mode),
   * then says what changed.
   */
  toggle(index: number, category: OptionalCategory, granted: boolean): void {
    const { mode } = this.#props();
    this.settings = this.settings.map((settings, i) => {
      if (mode === 'profiles' && i !== index) return settings;
      const consent = granted
        ? optionalCategoryIds.filter((c) => c === category || settings.consent.includes(c))
        : settings.consent.filter((c) => c !== category);
      return { ...settings, consent };
    });
    this.announcement = this.describe(index);
  }

  /** A column's title: the brand policy in `policies` mode, else the profile's name. */
  title(settings: Settings, index: number): string {
    const { mode, labels } = this.#props();
    if (mode === 'policies')
      return labels[settings.policy === 'minimal' ? 'compare.policy.minimal' : 'compare.policy.maximal'];
    return this.consentName(settings) || fill(labels['compare.column'], { n: index + 1 });
  }

  /** "Reject all", "Accept all", or the categories granted. */
  consentName(settings: Settings): string {
    const { labels } = this.#props();
    if (settings.consent.length === 0) return labels['compare.rejectAll'];
    if (settings.consent.length === optionalCategoryIds.length) return labels['compare.acceptAll'];
    return settings.consent.map((c) => labels[`category.${c}`]).join(', ');
  }

  /** The sentence announced after a change to column `index`. */
  describe(index: number): string {
    const { mode, labels, scenario } = this.#props();
    const outcomes = this.settings.map((settings) => simulate(scenario, settings));
    const choice = this.consentName(this.settings[index]);
    if (mode === 'policies') {
      const held = (policy: string) => outcomes.find((o) => o.settings.policy === policy)?.summary.dataPoints ?? 0;
      return fill(labels['compare.announce.policies'], { choice, minimal: held('minimal'), maximal: held('maximal') });
    }
    const { summary } = outcomes[index];
    return fill(labels['compare.announce.column'], {
      n: index + 1,
      choice,
      experiences: summary.experiencesGained,
      total: summary.experiencesGained + summary.experiencesLost,
      dataPoints: summary.dataPoints,
      shared: summary.sharedDataPoints,
    });
  }
}
