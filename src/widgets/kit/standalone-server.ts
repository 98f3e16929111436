/**
 * Server side of the panels placed alone in a lesson (`CookieJar.astro`, `DataFlow.astro`):
 * validates what an MDX author wrote with the widgets' props reader, loads the scenario and
 * simulates it. Build-time only (it imports zod and the content collection); islands receive
 * plain data.
 */
import { z } from 'astro/zod';
import { simulate } from '~/engine/simulate';
import type { Outcome, Scenario, Settings } from '~/engine/types';
import type { Locale } from '~/engine/locales';
import { getScenario } from '~/widgets/shared/scenarios';
import { islandScenario } from './island-scenario';
import { localeSchema, readProps, scenarioIdSchema, settingsProps } from './props';

/** What `<CookieJar ... />` and `<DataFlow ... />` accept in MDX. */
export const standaloneProps = z.strictObject({
  /** Language of every text in the panel. */
  locale: localeSchema,
  /** Scenario id, a file of `content/scenarios/` without `.yaml`. */
  scenario: scenarioIdSchema,
  /** `consent`, `policy`, `browser` and `gpc`, as the simulator's URL writes them. */
  ...settingsProps,
  /** Show the row of category checkboxes, so the reader can change the choice (needs JavaScript). */
  controls: z.boolean().default(true),
  /** Show only what the session produced up to this step (an index into the scenario's steps). */
  upToStep: z.number().int().nonnegative().optional(),
});

/** The props as written, before defaults. */
export type StandaloneProps = z.input<typeof standaloneProps>;

/** Everything a standalone panel needs, resolved on the server. */
export interface ResolvedStandalone {
  /** Whether the panel is an island with category checkboxes, or plain HTML. */
  controls: boolean;
  /** The island's props (`StandaloneIslandProps`), also what the plain panel draws. */
  island: {
    /** The scenario, trimmed to what the panels show in the page's locale (`islandScenario`, `ledger`). */
    scenario: Scenario;
    settings: Settings;
    upToStep: number | undefined;
    locale: Locale;
  };
  /** The outcome of `settings`, computed here so the page shows it without JavaScript. */
  outcome: Outcome;
}

/**
 * Validates the props of a standalone panel and simulates them. A mistake in a lesson (an
 * unknown category, a misspelt scenario, a step past the end) fails the build with the
 * component's name and the value at fault, rather than quietly showing the default profile.
 */
export async function resolveStandalone(
  component: string,
  props: Record<string, unknown>,
): Promise<ResolvedStandalone> {
  const { locale, consent, policy, browser, gpc, controls, upToStep, ...rest } = readProps(
    component,
    standaloneProps,
    props,
  );
  const scenario = islandScenario(await getScenario(rest.scenario), locale, 'ledger');
  if (upToStep !== undefined && upToStep >= scenario.steps.length) {
    throw new Error(`<${component}>: upToStep=${upToStep}, but "${scenario.id}" has ${scenario.steps.length} steps`);
  }
  const settings: Settings = { consent, policy, browser, gpc };
  return { controls, island: { scenario, settings, upToStep, locale }, outcome: simulate(scenario, settings) };
}
