/**
 * The shapes the simulation engine reads and returns. The scenario's are inferred from its zod
 * schema (`scenario.ts`) and re-exported here as types only, so the files shipped to the browser
 * (`simulate.ts`, `compare.ts`, `params.ts`, `categories.ts`) use them without pulling in zod;
 * the settings and the outcome are written here.
 *
 * Everything here is plain data (strings, numbers, booleans, arrays, records): an outcome
 * can cross the Astro island boundary, go through `structuredClone` or JSON, and be
 * compared with `toEqual` in a test. Variants are told apart by string-literal `kind` or
 * `status` tags, never by class.
 */

import type {
  DataPoint,
  Lifetime,
  Localised,
  Party,
  Retention,
  SlotContent,
  SlotLook,
  StorageItem,
  Step,
} from './scenario.ts';

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

/** A locale of the site (the list is in `locales.ts`). */
export type { Locale } from './locales.ts';

/** A consent category, in the order banners and the site list them. */
export type Category = 'necessary' | 'preferences' | 'analytics' | 'personalization' | 'advertising' | 'partners';

/** A category the shopper may grant or refuse; `necessary` is always on. */
export type OptionalCategory = Exclude<Category, 'necessary'>;

/**
 * Who holds data, in the marketing sense (docs/design.md, "Categories"): `first` is the shop
 * itself, `second` a named partner the shop shares with, `third` an ad network or data broker.
 */
export type PartyKind = Party['kind'];

/** Lawful bases of GDPR Art. 6(1) that a shop's data actually relies on in our scenarios. */
export type LegalBasis = DataPoint['legalBasis'];

/** Where a step happens, so a widget can draw the right mock screen. */
export type Place = Step['place'];

/** The technique a storage item uses. A pixel stores nothing itself but reports to its owner. */
export type StorageKind = StorageItem['kind'];

/**
 * Whether storage belongs to the site in the address bar (`first-party`) or to another site
 * (`third-party`): same mechanism, different context.
 */
export type StorageContext = StorageItem['context'];

/** How data-hungry the simulated brand is. */
export type Policy = 'minimal' | 'maximal';

/**
 * The simulated browser. `allows-third-party-cookies` follows Chrome's defaults.
 * `blocks-third-party-cookies` follows Safari's: no third-party cookies, and what scripts write
 * (cookies, local storage) lasts at most 7 days after the shopper last used the site (see
 * `SCRIPT_STORAGE_CAP_DAYS` in `simulate.ts`).
 */
export type BrowserMode = 'allows-third-party-cookies' | 'blocks-third-party-cookies';

// ---------------------------------------------------------------------------
// Scenario (what `content/scenarios/<id>.yaml` holds once validated)
// ---------------------------------------------------------------------------

// The scenario's types are inferred from its schema in `scenario.ts`, the one description of
// the format. A type-only export is erased from the bundle, so browser code that reads these
// types still ships no zod (`tests/engine/index.test.ts` checks what the browser files reach).
export type {
  DataPoint,
  Experience,
  Framing,
  FramingNote,
  Lifetime,
  Localised,
  Party,
  Retention,
  Scenario,
  Screen,
  ScreenSlot,
  SlotContent,
  SlotLook,
  SourceLink,
  StorageItem,
  Step,
} from './scenario.ts';
// ---------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------

/** Everything the simulation varies besides the scenario. */
export interface Settings {
  /** The optional categories granted; `necessary` is implied. */
  consent: readonly OptionalCategory[];
  /** How data-hungry the brand is. */
  policy: Policy;
  /** Whether the browser allows third-party cookies. */
  browser: BrowserMode;
  /** Whether Global Privacy Control is on. */
  gpc: boolean;
}

// ---------------------------------------------------------------------------
// Outcome
// ---------------------------------------------------------------------------

/**
 * Why something did not happen. `policy` only applies to data and storage: the category
 * was granted but a minimal brand had no granted experience that needed it.
 */
export type Blocker =
  { kind: 'consent'; missing: OptionalCategory[] } | { kind: 'browser' } | { kind: 'gpc' } | { kind: 'policy' };

/** A blocker that can cost the shopper an experience. */
export type ExperienceBlocker = Exclude<Blocker, { kind: 'policy' }>;

/** An experience the shopper gets. */
export interface GainedExperience {
  kind: 'experience';
  status: 'gained';
  /** Experience id. */
  id: string;
  /** Id of the step that delivers it. */
  step: string;
  /** The categories it needs. */
  needs: Category[];
}

/** An experience the shopper misses, with every reason that applies (consent first, then browser, then GPC). */
export interface LostExperience {
  kind: 'experience';
  status: 'lost';
  /** Experience id. */
  id: string;
  /** Id of the step that would deliver it. */
  step: string;
  /** The categories it needs. */
  needs: Category[];
  /** At least one reason. */
  reasons: ExperienceBlocker[];
}

/** Every experience of the scenario ends up gained or lost. */
export type ExperienceOutcome = GainedExperience | LostExperience;

/** A party as the outcome names it. */
export interface Holder {
  /** Party id. */
  id: string;
  /** Party name. */
  name: Localised;
  /** First, second or third party. */
  kind: PartyKind;
}

/** A data point someone holds at the end of the session. */
export interface LedgerEntry {
  kind: 'data-point';
  /** Data point id. */
  id: string;
  /** Id of the step that produced it. */
  step: string;
  /** What the information is. */
  label: Localised;
  /** Who holds it. */
  holder: Holder;
  /** The category it was collected under. */
  category: Category;
  /** Why the holder wants it. */
  purpose: Localised;
  /** The lawful basis relied on. */
  legalBasis: LegalBasis;
  /** How long it is kept. */
  retention: Retention;
  /** Whether it reached the holder by a sale or share (in the CCPA sense). */
  saleOrShare: boolean;
}

/** A storage item set in the browser during the session. */
export interface StorageEntry {
  kind: 'storage';
  /** Storage item id. */
  id: string;
  /** Id of the step that set it. */
  step: string;
  /** Name as developer tools show it. */
  name: string;
  /** Cookie, local storage, session storage or pixel. */
  storageKind: StorageKind;
  /** First- or third-party. */
  context: StorageContext;
  /** The party whose code set it. */
  setBy: Holder;
  /** The category it was set under. */
  category: Category;
  /** What it is for. */
  purpose: Localised;
  /** How long it stays, as the site sets it. */
  lifetime: Lifetime;
  /** How the browser shortens that lifetime; null when it keeps the item as long as the site asks. */
  browserCap: BrowserCap | null;
}

/**
 * A browser rule that shortens a lifetime. `script-written`: the browser deletes what the site's
 * scripts wrote once the shopper has gone `days` days of browsing without using the site, so the
 * item lasts at most `days` after her last visit.
 */
export interface BrowserCap {
  kind: 'script-written';
  /** The most the item stays after the shopper's last visit, in days. */
  days: number;
}

/** A data point or storage item that was not collected, and why (every blocker that applies). */
export interface WithheldEntry {
  kind: 'withheld';
  /** What was withheld. */
  of: 'data-point' | 'storage';
  /** Its id. */
  id: string;
  /** Id of its step. */
  step: string;
  /** At least one reason; `policy` appears alone, only when nothing else stopped it. */
  reasons: Blocker[];
}

/** The ids of what one step produced, so a widget can replay the session step by step. */
export interface StepOutcome {
  kind: 'step';
  /** Step id. */
  id: string;
  /** Every experience of the step, gained or lost. */
  experiences: string[];
  /** Data points of the step that someone holds. */
  ledger: string[];
  /** Storage items the step set. */
  storage: string[];
}

/** Headline figures of an outcome. */
export interface Summary {
  /** Experiences gained. */
  experiencesGained: number;
  /** Experiences lost. */
  experiencesLost: number;
  /** Data points held by anyone. */
  dataPoints: number;
  /** Distinct parties other than the shop that hold at least one data point. */
  recipients: number;
  /** Distinct third parties that hold at least one data point. */
  thirdParties: number;
  /** Data points held by a second or third party. */
  sharedDataPoints: number;
  /** Storage items set. */
  storageItems: number;
  /** Third-party storage items set. */
  thirdPartyStorage: number;
}

/** What one consent profile trades in one scenario. All arrays follow scenario order. */
export interface Outcome {
  kind: 'outcome';
  /** Scenario id. */
  scenario: string;
  /** The settings, normalised: consent deduplicated and in category order. */
  settings: Settings;
  /** Every category in force, `necessary` first. */
  granted: Category[];
  /** Every experience of the scenario. */
  experiences: ExperienceOutcome[];
  /** Every data point someone holds. */
  ledger: LedgerEntry[];
  /** Every storage item set. */
  storage: StorageEntry[];
  /** Everything not collected, with the reasons. */
  withheld: WithheldEntry[];
  /** The same results grouped by step. */
  steps: StepOutcome[];
  /** Headline figures. */
  summary: Summary;
}

/** One part of a drawn screen under one set of choices. */
export interface DrawnSlot {
  kind: 'slot';
  /** Id of the experience it shows. */
  experience: string;
  /** The experience's name, for the words a screen reader hears. */
  name: Localised;
  /** How it is drawn. */
  look: SlotLook;
  /** `on` when the experience is gained, `off` when it is lost. */
  state: 'on' | 'off';
  /** What it shows in that state. */
  content: SlotContent;
  /** Why it is off, as the outcome says (consent first); empty when on. */
  reasons: ExperienceBlocker[];
}

/** A step's mock screen under one set of choices: what the widgets draw. */
export interface DrawnScreen {
  kind: 'screen';
  /** Step id. */
  step: string;
  /** Where it happens. */
  place: Place;
  /** The name in the top bar, or null for the place's own name. */
  site: Localised | null;
  /** The main line of the page. */
  heading: Localised;
  /** The line under it, or null. */
  detail: Localised | null;
  /** One part per experience of the step: the declared ones in order, then a plain line for each other. */
  slots: DrawnSlot[];
}

/** What flipping one optional category would change, everything else being equal. */
export interface MarginalValue {
  kind: 'marginal-value';
  /** The category. */
  category: OptionalCategory;
  /**
   * `would-add`: it is refused, and the lists say what granting it adds.
   * `would-lose`: it is granted, and the lists say what revoking it loses.
   */
  change: 'would-add' | 'would-lose';
  /** Experience ids gained by granting, or lost by revoking. */
  experiences: string[];
  /** Data point ids added by granting, or no longer held after revoking. */
  dataPoints: string[];
  /** Storage item ids added or removed. */
  storage: string[];
  /** Ids of parties (other than the shop) that start, or stop, holding anything. */
  recipients: string[];
}

/** One consent profile among the 32, as the trade-off map places it. */
export interface ProfileSummary {
  kind: 'profile';
  /** The value of the `consent` URL parameter for this profile: `none`, `all` or a comma list. */
  key: string;
  /** The two profiles banners offer in one click; every other profile is `custom`. */
  preset: 'reject-all' | 'accept-all' | 'custom';
  /** The optional categories granted, in category order. */
  consent: OptionalCategory[];
  /** Its headline figures. */
  summary: Summary;
}

/** Every consent profile of a scenario under one policy, browser and GPC setting. */
export interface ProfileComparison {
  kind: 'profile-comparison';
  /** Scenario id. */
  scenario: string;
  /** The brand policy used for every profile. */
  policy: Policy;
  /** The browser used for every profile. */
  browser: BrowserMode;
  /** Whether GPC was on for every profile. */
  gpc: boolean;
  /** The 32 profiles, from reject-all to accept-all, ordered by the categories they grant. */
  profiles: ProfileSummary[];
}
