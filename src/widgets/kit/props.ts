/**
 * The props reader of every widget wrapper (`ShopSimulator.astro`, `CookieJar.astro`,
 * `DataFlow.astro`, `TradeoffMap.astro`, `Compare.astro`). Server side only: it imports zod.
 *
 * Authors write settings the way the simulator's URL does (`consent="preferences,analytics"`,
 * `policy="minimal"`, `browser="blocks"`), so a link, an embed and a lesson read the same; each
 * value goes through the URL contract's own parser (`parseSimulatorParams`), and what that parser
 * would set aside with a notice fails the build here, with a message naming the component and the
 * prop, instead of silently showing another profile.
 */
import { z } from 'astro/zod';
import { optionalCategoryIds } from '~/engine/categories';
import { locales } from '~/engine/locales';
import { DEFAULT_SCENARIO_ID, parseSimulatorParams } from '~/engine/params';
import type { Settings } from '~/engine/types';

/** The settings one URL parameter gives, or null when the URL contract would set its value aside. */
function fromUrl(param: 'consent' | 'policy' | 'browser', value: string): Settings | null {
  const { settings, notices } = parseSimulatorParams(new URLSearchParams([[param, value]]), []);
  return notices.length === 0 ? settings : null;
}

const consentHelp = `expected "none", "all" or a comma list of ${optionalCategoryIds.join(', ')}`;

/** A consent string (`none`, `all`, `preferences,analytics`), read into the categories it grants. */
export const consentSchema = z
  .string()
  .refine((value) => fromUrl('consent', value) !== null, { message: consentHelp })
  .transform((value) => [...(fromUrl('consent', value)?.consent ?? [])]);

/** The browser, as the URL writes it: `allows` (the default) or `blocks` third-party cookies. */
export const browserSchema = z
  .enum(['allows', 'blocks'])
  .default('allows')
  .transform((value) => (fromUrl('browser', value) as Settings).browser);

/** How data-hungry the simulated brand is: `minimal` or `maximal`. */
export const policyEnum = z.enum(['minimal', 'maximal']);

/** The brand policy, `maximal` (what a typical site does) when absent, as in the URL. */
export const policySchema = policyEnum.default('maximal');

/** Whether Global Privacy Control is on; off when absent, as in the URL. */
export const gpcSchema = z.boolean().default(false);

/**
 * The settings of a simulation as props, each written as its URL parameter and defaulting as the
 * URL does (nothing granted, a maximal brand, a browser that allows third-party cookies, no GPC);
 * spread into a wrapper's schema, they read into engine settings.
 */
export const settingsProps = {
  /** Categories granted, as the `consent` URL parameter writes them: `all`, `none` (the default) or a comma list. */
  consent: consentSchema.prefault('none'),
  /** How data-hungry the simulated brand is, as the `policy` URL parameter writes it. */
  policy: policySchema,
  /** Whether the simulated browser allows or blocks third-party cookies, as the `browser` URL parameter writes it. */
  browser: browserSchema,
  /** Whether Global Privacy Control is on. */
  gpc: gpcSchema,
};

/** The site's locales. */
export const localeSchema = z.enum(locales);

/** A scenario id, a file of `content/scenarios/` without `.yaml`; the shopping trip when absent. */
export const scenarioIdSchema = z.string().min(1).default(DEFAULT_SCENARIO_ID);

/**
 * The props an author wrote, without the `data-astro-*` attributes Astro adds when the
 * parent has scoped styles, so strict schemas still catch a misspelt prop.
 */
export function authoredProps(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([key]) => !key.startsWith('data-astro-')));
}

/**
 * Validates a wrapper's props with its schema. A mistake in a lesson or a page fails the build
 * with the component's name and every prop at fault.
 *
 * @param component the wrapper's name, as authors write it (`TradeoffMap`).
 * @param schema the wrapper's props, each field documented.
 * @param props `Astro.props`.
 */
export function readProps<Schema extends z.ZodType>(
  component: string,
  schema: Schema,
  props: Record<string, unknown>,
): z.output<Schema> {
  const parsed = schema.safeParse(authoredProps(props));
  if (!parsed.success) throw new Error(`<${component}> has wrong props:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
