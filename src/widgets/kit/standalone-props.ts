/** What the islands of a panel placed alone in a lesson receive from their Astro wrapper. */
import type { Labels, Locale } from '~/i18n';
import type { Scenario, Settings } from '~/engine/types';

export interface StandaloneIslandProps<Prefix extends string> {
  scenario: Scenario;
  /** The settings the lesson asked for; the reader's ticks start from them. */
  settings: Settings;
  /** Show the session up to this step (all of it when absent). */
  upToStep?: number;
  locale: Locale;
  /** The panel's own strings, the category names and the party kinds. */
  labels: Labels<Prefix | 'category.' | 'party.'>;
}
