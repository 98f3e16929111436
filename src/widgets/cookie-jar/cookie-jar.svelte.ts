/**
 * The view state of the cookie jar: which storage the session has set so far, grouped as
 * developer tools would (first-party, then third-party), and what was not set and why. It only
 * reads the engine's outcome; every rule (what is set under which choice) stays in the engine.
 */
import type { Outcome, Scenario, StorageEntry } from '~/engine/types';
import { fill } from '~/i18n/fill';
import type { Labels, Locale } from '~/i18n';
import { countText } from '~/widgets/kit/intl';
import { contexts, storedSoFar, withheldSoFar, type JarGroup, type WithheldStorage } from './storage';

/** The props of `CookieJar.svelte`, the contract with the shop simulator. */
export interface CookieJarProps {
  scenario: Scenario;
  outcome: Outcome;
  /** Show what steps `0..upToStep` set; everything when absent. */
  upToStep?: number;
  locale: Locale;
  labels: Labels<'cookieJar.' | 'category.' | 'party.'>;
}

/** The derived view of one cookie jar; the component reads it, never the other way round. */
export class CookieJarState {
  readonly #props: () => CookieJarProps;

  constructor(props: () => CookieJarProps) {
    this.#props = props;
  }

  /** The persona's first name in the panel's language. */
  readonly persona: string = $derived.by(() => this.#props().scenario.persona.name[this.#props().locale]);

  /** Everything set so far. */
  readonly stored: StorageEntry[] = $derived.by(() =>
    storedSoFar(this.#props().scenario, this.#props().outcome, this.#props().upToStep),
  );

  /** First-party, then third-party storage. */
  readonly groups: JarGroup[] = $derived.by(() =>
    contexts.map((context) => ({ context, entries: this.stored.filter((entry) => entry.context === context) })),
  );

  /** What was not set so far, and why. */
  readonly withheld: WithheldStorage[] = $derived.by(() =>
    withheldSoFar(this.#props().scenario, this.#props().outcome, this.#props().upToStep),
  );

  /** "18 items". */
  readonly items: string = $derived.by(() => {
    const { labels, locale } = this.#props();
    return countText(locale, labels['cookieJar.items.one'], labels['cookieJar.items.other'], this.stored.length);
  });

  /** The table's caption, with the count. */
  readonly caption: string = $derived.by(() =>
    fill(this.#props().labels['cookieJar.caption'], { name: this.persona, items: this.items }),
  );

  /**
   * The sentence of the live region. It only changes when a count changes, so a screen reader
   * hears it when the jar fills or empties, not on every render.
   */
  readonly status: string = $derived.by(() =>
    fill(this.#props().labels['cookieJar.status'], {
      name: this.persona,
      items: this.items,
      third: this.stored.filter((entry) => entry.context === 'third-party').length,
    }),
  );
}
