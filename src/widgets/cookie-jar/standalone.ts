/**
 * Server side of the standalone panels (`CookieJar.astro`, `DataFlow.astro`): validates what
 * an MDX author wrote, turns it into engine settings through the URL contract's own parser,
 * loads the scenario and simulates it. Build-time only (it imports zod and the content
 * collection); islands receive plain data.
 */
import { z } from 'astro/zod';
import { parseSimulatorParams } from '~/engine/params';
import { simulate } from '~/engine/simulate';
import type { Localised, Outcome, Scenario, Settings } from '~/engine/types';
import { locales, type Locale } from '~/engine/locales';
import { getScenario, scenarioIds } from '~/widgets/shared/scenarios';

/** What `<CookieJar ... />` and `<DataFlow ... />` accept in MDX. */
export const standaloneProps = z.strictObject({
  /** Language of every text in the panel. */
  locale: z.enum(locales),
  /** Scenario id, a file of `content/scenarios/` without `.yaml`. */
  scenario: z.string().min(1).default('shopping'),
  /** Categories granted, as the `consent` URL parameter writes them: `all`, `none` or a comma list. */
  consent: z.string().default('none'),
  /** How data-hungry the simulated brand is, as the `policy` URL parameter writes it. */
  policy: z.enum(['minimal', 'maximal']).default('maximal'),
  /** Whether the simulated browser allows or blocks third-party cookies (`browser` URL parameter). */
  browser: z.enum(['allows', 'blocks']).default('allows'),
  /** Whether Global Privacy Control is on. */
  gpc: z.boolean().default(false),
  /** Show the row of category checkboxes, so the reader can change the choice (needs JavaScript). */
  controls: z.boolean().default(true),
  /** Show only what the session produced up to this step (an index into the scenario's steps). */
  upToStep: z.number().int().nonnegative().optional(),
});

/** The props as written, before defaults. */
export type StandaloneProps = z.input<typeof standaloneProps>;

/** Everything a standalone panel needs, resolved on the server. */
export interface ResolvedStandalone {
  locale: Locale;
  /** The scenario, trimmed to what the panels show in `locale` (see `slimScenario`). */
  scenario: Scenario;
  settings: Settings;
  /** The outcome of `settings`, computed here so the page shows it without JavaScript. */
  outcome: Outcome;
  controls: boolean;
  upToStep: number | undefined;
}

/**
 * Validates the props of a standalone panel and simulates them. A mistake in a lesson (an
 * unknown category, a misspelt scenario) fails the build with the component's name and the
 * value at fault, rather than quietly showing the default profile.
 */
export async function resolveStandalone(component: string, props: unknown): Promise<ResolvedStandalone> {
  const parsed = standaloneProps.safeParse(props);
  if (!parsed.success) throw new Error(`<${component}>: ${z.prettifyError(parsed.error)}`);
  const { locale, consent, policy, browser, gpc, controls, upToStep } = parsed.data;
  const params = parseSimulatorParams(
    new URLSearchParams({ scenario: parsed.data.scenario, consent, policy, browser, gpc: gpc ? 'on' : 'off' }),
    await scenarioIds(),
  );
  const problem = params.notices[0];
  if (problem) throw new Error(`<${component}>: ${problem.param}="${problem.value}" is not valid (${problem.code})`);
  const scenario = slimScenario(await getScenario(params.scenario), locale);
  if (upToStep !== undefined && upToStep >= scenario.steps.length) {
    throw new Error(`<${component}>: upToStep=${upToStep}, but "${scenario.id}" has ${scenario.steps.length} steps`);
  }
  return {
    locale,
    scenario,
    settings: params.settings,
    outcome: simulate(scenario, params.settings),
    controls,
    upToStep,
  };
}

/**
 * The scenario as a standalone panel's island needs it: the texts of the other locale, and the
 * texts no panel shows (step stories, experience descriptions), emptied. Every id, rule and
 * shown text is kept, so `simulate` gives the same result; the page's HTML (which carries the
 * island's props) shrinks to about a third.
 */
export function slimScenario(scenario: Scenario, locale: Locale): Scenario {
  const keep = (text: Localised): Localised => (locale === 'en' ? { en: text.en, fr: '' } : { en: '', fr: text.fr });
  const blank: Localised = { en: '', fr: '' };
  return {
    ...scenario,
    title: keep(scenario.title),
    summary: blank,
    shop: { ...scenario.shop, sells: blank },
    persona: { name: keep(scenario.persona.name), about: blank },
    parties: scenario.parties.map((party) => ({ ...party, name: keep(party.name), role: keep(party.role) })),
    steps: scenario.steps.map((step) => ({
      ...step,
      title: keep(step.title),
      happens: blank,
      experiences: step.experiences.map((experience) => ({
        ...experience,
        name: keep(experience.name),
        whenGained: blank,
        whenLost: blank,
      })),
      dataPoints: step.dataPoints.map((point) => ({
        ...point,
        label: keep(point.label),
        purpose: keep(point.purpose),
        retention: { ...point.retention, text: keep(point.retention.text) },
      })),
      storage: step.storage.map((item) => ({
        ...item,
        purpose: keep(item.purpose),
        lifetime: { ...item.lifetime, text: keep(item.lifetime.text) },
      })),
    })),
  };
}
