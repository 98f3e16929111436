/**
 * The URL contract of the simulator and the embeds (docs/design.md, "Query parameters of the simulator and the embeds"): turns query
 * parameters into settings, and settings back into a canonical query string.
 *
 * Links come from brands' banners and trainers' QR codes and must never break a page, so
 * parsing never throws: an unknown parameter is ignored, a malformed value of a known one
 * is dropped for its default and reported as a notice with a string-literal `code` that
 * the page translates. Nothing here produces HTML; the brand name is plain text.
 *
 * | parameter | values | default |
 * | --- | --- | --- |
 * | `consent` | `all`, `none`, or a comma list of optional categories | `none` (silence is refusal, GDPR Recital 32) |
 * | `functionality_storage`, `analytics_storage`, `personalization_storage` | `granted` / `denied` | applied over `consent` |
 * | `ad_storage`, `ad_user_data`, `ad_personalization` | `granted` / `denied` | applied over `consent`, see below |
 * | `policy` | `minimal` / `maximal` | `maximal` (what a typical site does) |
 * | `browser` | `allows` / `blocks` (third-party cookies) | `allows` (Chrome's default) |
 * | `gpc` | `on` / `off` | `off` |
 * | `scenario` | a known scenario id | `shopping` |
 * | `brand` | plain text, at most 60 characters | none |
 *
 * Values are matched without regard to case or surrounding spaces.
 */
import { categories, isOptionalCategory, normaliseConsent, optionalCategoryIds } from './categories.ts';
import type { BrowserMode, OptionalCategory, Policy, Settings } from './types.ts';

/** The scenario the simulator opens when the URL names none. */
export const DEFAULT_SCENARIO_ID = 'shopping';

/** Longest brand name shown, in characters (code points). */
export const BRAND_MAX_LENGTH = 60;

/** URL parameters that answer the banner: `consent` and the Consent Mode v2 aliases of optional categories. */
export const consentParamNames: readonly string[] = [
  'consent',
  ...categories.filter((category) => !category.alwaysOn).flatMap((category) => category.consentMode),
];

/** Longest echo of a rejected value in a notice, in characters; enough to recognise it, too short to abuse. */
export const NOTICE_VALUE_MAX_LENGTH = 40;

/** Most notices one link can raise: a link of 2,000 bad values should not bury the page under 2,000 notes. */
export const NOTICES_MAX = 10;

/**
 * Settings when the URL says nothing: nothing granted, a brand that collects all it may,
 * a browser that allows third-party cookies, no GPC. The default shows the common case a
 * visitor meets, not the kindest one.
 */
export const defaultSettings: Readonly<Settings> = Object.freeze({
  consent: Object.freeze([]),
  policy: 'maximal',
  browser: 'allows-third-party-cookies',
  gpc: false,
});

/** Why a URL value was set aside; the page maps each code to a translated sentence. */
export type ParamNoticeCode =
  /** An item of `consent` is not an optional category; the other items still apply. */
  | 'unknown-category'
  /** A Consent Mode parameter is neither `granted` nor `denied`; it is ignored. */
  | 'bad-consent-mode-value'
  /** The three `ad_*` parameters disagree; `advertising` is treated as refused. */
  | 'mixed-ad-consent'
  /** `policy` is neither `minimal` nor `maximal`. */
  | 'unknown-policy'
  /** `browser` is neither `allows` nor `blocks`. */
  | 'unknown-browser'
  /** `gpc` is neither `on` nor `off`. */
  | 'unknown-gpc'
  /** `scenario` names no known scenario. */
  | 'unknown-scenario'
  /** `brand` was longer than 60 characters and was cut. */
  | 'brand-truncated'
  /** `brand` held only control characters, so no name is shown. */
  | 'brand-unprintable';

/** One value set aside while reading the URL. */
export interface ParamNotice {
  /** The parameter name, e.g. `consent`. */
  param: string;
  /** The offending value, control characters removed, at most 40 characters. */
  value: string;
  /** What was wrong. */
  code: ParamNoticeCode;
}

/** What the simulator needs from its URL. */
export interface SimulatorParams {
  /** The settings to simulate. */
  settings: Settings;
  /** The scenario id, one of the known ones. */
  scenario: string;
  /** The linking brand's display name, plain text, or null when none was given. */
  brand: string | null;
  /** Every value set aside, in the order the parameters are read (the table above). */
  notices: ParamNotice[];
}

/** Extra values `toSimulatorParams` can put in a link. */
export interface LinkExtras {
  /** Scenario id; left out of the link when it is the default one. */
  scenario?: string;
  /** The linking brand's display name; cleaned and cut as `parseSimulatorParams` would. */
  brand?: string | null;
}

/**
 * Consent Mode v2 parameters we read, and the category each one sets, taken from the
 * category table. `security_storage` is absent: `necessary` cannot be refused.
 */
const consentModeAliases: readonly (readonly [string, OptionalCategory])[] = optionalCategoryIds.flatMap((id) =>
  (categories.find((c) => c.id === id)?.consentMode ?? []).map((name) => [name, id] as const),
);

const browserValues: Readonly<Record<string, BrowserMode>> = {
  allows: 'allows-third-party-cookies',
  blocks: 'blocks-third-party-cookies',
};

/**
 * Reads the simulator's URL parameters. Never throws, whatever the input.
 *
 * Consent Mode aliases apply after `consent`, so `consent=all&analytics_storage=denied`
 * grants everything but analytics. The three advertising types map onto the single
 * `advertising` category, which covers ad cookies, sending data to ad networks and
 * personalised ads alike: it is granted when every `ad_*` parameter present says
 * `granted`, refused when any says `denied` (with a `mixed-ad-consent` notice if others
 * said `granted`), and left as `consent` set it when none is present. A partial grant is
 * read as a refusal because the strict reading is the one the shopper can rely on.
 *
 * @param params the page's `URLSearchParams`; only the first value of a repeated parameter counts.
 * @param knownScenarioIds ids of the scenarios the site has.
 */
export function parseSimulatorParams(params: URLSearchParams, knownScenarioIds: readonly string[]): SimulatorParams {
  const notices: ParamNotice[] = [];
  const notice = (param: string, value: string, code: ParamNoticeCode) => {
    const shown = cut(stripControls(value), NOTICE_VALUE_MAX_LENGTH);
    const repeated = notices.some((n) => n.param === param && n.value === shown && n.code === code);
    if (!repeated && notices.length < NOTICES_MAX) notices.push({ param, value: shown, code });
  };
  const read = (param: string) => {
    const raw = params.get(param);
    return raw === null ? null : { raw, value: raw.trim().toLowerCase() };
  };

  // consent
  const granted = new Set<string>(defaultSettings.consent);
  const consent = read('consent');
  if (consent && consent.value !== '' && consent.value !== 'none') {
    if (consent.value === 'all') {
      for (const id of optionalCategoryIds) granted.add(id);
    } else {
      for (const item of consent.raw.split(',')) {
        const name = item.trim().toLowerCase();
        if (name === '' || name === 'necessary') continue; // necessary is always on; saying so is harmless
        if (isOptionalCategory(name)) granted.add(name);
        else notice('consent', item.trim(), 'unknown-category');
      }
    }
  }

  // Consent Mode v2 aliases
  const advertisingVotes: { param: string; granted: boolean }[] = [];
  for (const [param, category] of consentModeAliases) {
    const alias = read(param);
    if (!alias || alias.value === '') continue;
    if (alias.value !== 'granted' && alias.value !== 'denied') {
      notice(param, alias.raw, 'bad-consent-mode-value');
      continue;
    }
    if (category === 'advertising') {
      advertisingVotes.push({ param, granted: alias.value === 'granted' });
    } else if (alias.value === 'granted') {
      granted.add(category);
    } else {
      granted.delete(category);
    }
  }
  if (advertisingVotes.length > 0) {
    const denial = advertisingVotes.find((vote) => !vote.granted);
    if (!denial) {
      granted.add('advertising');
    } else {
      granted.delete('advertising');
      if (advertisingVotes.some((vote) => vote.granted)) notice(denial.param, 'denied', 'mixed-ad-consent');
    }
  }

  // policy
  let policy: Policy = defaultSettings.policy;
  const policyParam = read('policy');
  if (policyParam && policyParam.value !== '') {
    if (policyParam.value === 'minimal' || policyParam.value === 'maximal') policy = policyParam.value;
    else notice('policy', policyParam.raw, 'unknown-policy');
  }

  // browser
  let browser: BrowserMode = defaultSettings.browser;
  const browserParam = read('browser');
  if (browserParam && browserParam.value !== '') {
    const mode = Object.hasOwn(browserValues, browserParam.value) ? browserValues[browserParam.value] : undefined;
    if (mode) browser = mode;
    else notice('browser', browserParam.raw, 'unknown-browser');
  }

  // gpc
  let gpc = defaultSettings.gpc;
  const gpcParam = read('gpc');
  if (gpcParam && gpcParam.value !== '') {
    if (gpcParam.value === 'on' || gpcParam.value === 'off') gpc = gpcParam.value === 'on';
    else notice('gpc', gpcParam.raw, 'unknown-gpc');
  }

  // scenario
  let scenario = knownScenarioIds.includes(DEFAULT_SCENARIO_ID)
    ? DEFAULT_SCENARIO_ID
    : (knownScenarioIds[0] ?? DEFAULT_SCENARIO_ID);
  const scenarioParam = read('scenario');
  if (scenarioParam && scenarioParam.value !== '') {
    if (knownScenarioIds.includes(scenarioParam.value)) scenario = scenarioParam.value;
    else notice('scenario', scenarioParam.raw, 'unknown-scenario');
  }

  // brand
  let brand: string | null = null;
  const brandParam = params.get('brand');
  if (brandParam !== null) {
    const cleaned = cleanBrand(brandParam);
    brand = cleaned.brand;
    if (cleaned.truncated) notice('brand', brandParam, 'brand-truncated');
    if (cleaned.unprintable) notice('brand', brandParam, 'brand-unprintable');
  }

  return {
    settings: { consent: normaliseConsent([...granted]), policy, browser, gpc },
    scenario,
    brand,
    notices,
  };
}

/**
 * The canonical query string (without `?`) for settings, as link builders and workshop
 * presets write it: `scenario` (unless the default), `consent` (always, as `none`, `all`
 * or a comma list in category order), then `policy`, `browser` and `gpc` only when they
 * differ from the defaults, then `brand`. `parseSimulatorParams` reads it back to the
 * same settings, scenario and brand, with no notice.
 */
export function toSimulatorParams(settings: Settings, extras: LinkExtras = {}): string {
  const parts: string[] = [];
  if (extras.scenario && extras.scenario !== DEFAULT_SCENARIO_ID) parts.push(`scenario=${encode(extras.scenario)}`);
  // Commas are legal in a query string; leaving them unescaped keeps links readable.
  parts.push(`consent=${consentKey(settings.consent)}`);
  if (settings.policy !== defaultSettings.policy) parts.push(`policy=${settings.policy}`);
  if (settings.browser !== defaultSettings.browser) {
    parts.push(`browser=${settings.browser === 'blocks-third-party-cookies' ? 'blocks' : 'allows'}`);
  }
  if (settings.gpc !== defaultSettings.gpc) parts.push(`gpc=${settings.gpc ? 'on' : 'off'}`);
  const brand = extras.brand == null ? null : cleanBrand(extras.brand).brand;
  if (brand !== null) parts.push(`brand=${encode(brand)}`);
  return parts.join('&');
}

/**
 * The value of the `consent` URL parameter for a list of granted categories: `none`,
 * `all`, or the comma list in category order. Also the key of a profile on the trade-off map.
 */
export function consentKey(consent: readonly string[]): string {
  const ordered = normaliseConsent(consent);
  if (ordered.length === 0) return 'none';
  if (ordered.length === optionalCategoryIds.length) return 'all';
  return ordered.join(',');
}

/**
 * Makes a brand name safe to show as plain text: control and bidirectional-override
 * characters removed (they could hide or reorder text), runs of white space made one
 * space, trimmed, and cut to 60 characters.
 */
export function cleanBrand(raw: string): { brand: string | null; truncated: boolean; unprintable: boolean } {
  const cleaned = stripControls(raw).replace(/\s+/gu, ' ').trim();
  const characters = Array.from(cleaned);
  const truncated = characters.length > BRAND_MAX_LENGTH;
  const brand = truncated ? characters.slice(0, BRAND_MAX_LENGTH).join('').trimEnd() : cleaned;
  return { brand: brand === '' ? null : brand, truncated, unprintable: brand === '' && raw.trim() !== '' };
}

/**
 * What `cleanBrand` removes: control characters, bidirectional marks, embeddings, overrides and
 * isolates, and lone surrogates (half an emoji). A RegExp source, shared with the script that
 * writes the brand into an embed before its first paint (`embedLinkScript`).
 */
export const UNPRINTABLE_PATTERN = '[\\p{Cc}\\p{Cs}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]';
const unprintable = new RegExp(UNPRINTABLE_PATTERN, 'gu');

/** `text` without unprintable characters; line and paragraph separators become spaces. */
function stripControls(text: string): string {
  return text.replace(/[\u2028\u2029]/gu, ' ').replace(unprintable, '');
}

/** The first `max` characters (code points), so an emoji is never cut in half. */
function cut(text: string, max: number): string {
  const characters = Array.from(text);
  return characters.length > max ? characters.slice(0, max).join('') : text;
}

function encode(value: string): string {
  return encodeURIComponent(value.replace(/\p{Cs}/gu, '\uFFFD'));
}
