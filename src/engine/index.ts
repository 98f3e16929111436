/**
 * The simulation engine of Data Deal: one pure model that every widget, page and test
 * reads. Same input, same output, in Node and in the browser; no DOM, no framework, no
 * clock, no randomness.
 *
 * This barrel includes `parseScenario`, and with it zod, which belongs to the build, not
 * to the browser. Browser code (Svelte islands) imports from the domain files instead:
 * `~/engine/simulate`, `~/engine/compare`, `~/engine/params`, `~/engine/categories`,
 * `~/engine/screen` and
 * types from `~/engine/types`; none of them imports zod.
 */
export {
  categories,
  categoryIds,
  optionalCategoryIds,
  isCategory,
  isOptionalCategory,
  normaliseConsent,
  type CategoryInfo,
  type ConsentModeType,
  type TcfMapping,
} from './categories.ts';
export { parseScenario, formatIssue, ScenarioError, type ScenarioIssue } from './scenario.ts';
export { simulate, summarise, browserCapOf, keptDays, SCRIPT_STORAGE_CAP_DAYS } from './simulate.ts';
export { compareProfiles, marginalValue, defaultComparisonBase } from './compare.ts';
export { drawScreen, screenDifferences } from './screen.ts';
export {
  parseSimulatorParams,
  toSimulatorParams,
  consentKey,
  cleanBrand,
  defaultSettings,
  DEFAULT_SCENARIO_ID,
  BRAND_MAX_LENGTH,
  NOTICE_VALUE_MAX_LENGTH,
  type ParamNotice,
  type ParamNoticeCode,
  type SimulatorParams,
  type LinkExtras,
} from './params.ts';
export type * from './types.ts';
