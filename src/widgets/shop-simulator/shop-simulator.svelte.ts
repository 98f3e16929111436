/**
 * The shop simulator's state: the settings the visitor chose, where they are in the session, and
 * what follows from both through the engine (the outcome and the marginal value of each category).
 * The widget's parts only read it and call its methods; every rule of the simulation stays in
 * `src/engine/`.
 *
 * Lifecycle: created once per island, on the server for the first HTML (the default profile, nothing
 * granted, banner open) and again in the browser on hydration. `applyParams` then applies a brand's
 * or a trainer's link. A play timer runs only between `play` and `pause`; `destroy` clears it when
 * the island unmounts. Nothing is stored or sent: the shopper is fictional.
 */
import { categories, normaliseConsent, optionalCategoryIds } from '~/engine/categories';
import { marginalValue } from '~/engine/compare';
import { defaultSettings, parseSimulatorParams, type ParamNotice } from '~/engine/params';
import { simulate } from '~/engine/simulate';
import type {
  BrowserMode,
  MarginalValue,
  OptionalCategory,
  Outcome,
  Policy,
  Scenario,
  Settings,
  Step,
} from '~/engine/types';

/** Time between two steps while playing: long enough to read a step's headline, short enough to stay a replay. */
export const PLAY_INTERVAL_MS = 2500;

/** URL parameters that answer the banner: `consent` and the Consent Mode v2 aliases of optional categories. */
const consentParamNames: readonly string[] = [
  'consent',
  ...categories.filter((category) => !category.alwaysOn).flatMap((category) => category.consentMode),
];

/** What the state needs from the island's props; getters, so that changed props are read afresh. */
export interface ShopSimulatorOptions {
  /** Every scenario the island can show, the one to open first included. */
  scenarios: () => readonly Scenario[];
  /** Id of the scenario to open first. */
  scenario: () => string;
  /** The settings to open with; when they grant a category, the page has answered the banner and it stays closed. */
  initial: () => Settings;
  /** Whether the visitor asked for less motion; autoplay never starts then. */
  prefersReducedMotion?: () => boolean;
}

/** The state of one shop simulator island. */
export class ShopSimulatorState {
  /** Id of the scenario shown. */
  scenarioId = $state.raw('');
  /** Consent, brand policy, browser and GPC. */
  settings = $state.raw<Settings>(defaultSettings);
  /** Index of the current step, from 0. */
  step = $state.raw(0);
  /** Whether the consent banner is open. It opens first, as on a real shop. */
  bannerOpen = $state.raw(true);
  /** Whether the banner was answered, by the visitor or by a link that presets consent. */
  answered = $state.raw(false);
  /** Whether the session is playing by itself. */
  playing = $state.raw(false);
  /** The linking brand's name, plain text, or null. */
  brand = $state.raw<string | null>(null);
  /** Values of the link that were set aside. */
  notices = $state.raw<readonly ParamNotice[]>([]);

  /** The scenario shown; the first one given when the id is unknown. */
  readonly scenario: Scenario = $derived.by(() => {
    const all = this.#options.scenarios();
    const found = all.find((scenario) => scenario.id === this.scenarioId) ?? all[0];
    if (!found) throw new Error('ShopSimulatorState: no scenario given');
    return found;
  });
  /** What the current settings trade, over the whole session. */
  readonly outcome: Outcome = $derived(simulate(this.scenario, this.settings));
  /** For each optional category, what flipping it alone would change. */
  readonly marginal: MarginalValue[] = $derived(marginalValue(this.scenario, this.settings));
  /** Number of steps in the session. */
  readonly stepCount: number = $derived(this.scenario.steps.length);
  /** The current step of the scenario. */
  readonly currentStep: Step = $derived(this.scenario.steps[Math.min(this.step, this.stepCount - 1)]);
  /** Whether the current step is the first. */
  readonly atStart: boolean = $derived(this.step <= 0);
  /** Whether the current step is the last. */
  readonly atEnd: boolean = $derived(this.step >= this.stepCount - 1);

  readonly #options: ShopSimulatorOptions;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(options: ShopSimulatorOptions) {
    this.#options = options;
    this.scenarioId = options.scenario();
    this.settings = normaliseSettings(options.initial());
    // A page that presets consent (a lesson, a category page) has answered the banner for the visitor.
    if (this.settings.consent.length > 0) {
      this.bannerOpen = false;
      this.answered = true;
    }
  }

  /** Grants one optional category, everything else unchanged. */
  grant(category: OptionalCategory) {
    this.#setConsent([...this.settings.consent, category]);
  }

  /** Refuses (or withdraws) one optional category. */
  refuse(category: OptionalCategory) {
    this.#setConsent(this.settings.consent.filter((id) => id !== category));
  }

  /** "Accept all" on the banner. */
  acceptAll() {
    this.decide(optionalCategoryIds);
  }

  /** "Reject all" on the banner. */
  rejectAll() {
    this.decide([]);
  }

  /**
   * Answers the banner with `consent` and closes it. The first answer starts the session at step 1
   * and plays it, unless the visitor asked for less motion; a later answer (changing one's mind)
   * keeps the current step, so the visitor sees what the change does right there.
   */
  decide(consent: readonly OptionalCategory[]) {
    const first = !this.answered;
    this.#setConsent(consent);
    this.bannerOpen = false;
    this.answered = true;
    if (first) {
      this.step = 0;
      if (!this.#reducedMotion()) this.play();
    }
  }

  /** Reopens the banner ("change my choices"): withdrawing is as easy as giving. */
  openBanner() {
    this.pause();
    this.bannerOpen = true;
  }

  /** Sets how data-hungry the brand is. */
  setPolicy(policy: Policy) {
    this.settings = { ...this.settings, policy };
  }

  /** Sets whether the browser allows third-party cookies. */
  setBrowser(browser: BrowserMode) {
    this.settings = { ...this.settings, browser };
  }

  /** Turns Global Privacy Control on or off. */
  setGpc(gpc: boolean) {
    this.settings = { ...this.settings, gpc };
  }

  /** One step on; the visitor takes over from the player. */
  next() {
    this.pause();
    this.goTo(this.step + 1);
  }

  /** One step back; the visitor takes over from the player. */
  previous() {
    this.pause();
    this.goTo(this.step - 1);
  }

  /** Jumps to step `index` (from 0), kept within the session. */
  goTo(index: number) {
    this.step = Math.max(0, Math.min(this.stepCount - 1, Math.trunc(index)));
  }

  /** Advances one step every `PLAY_INTERVAL_MS` and stops at the end; from the end, starts over. */
  play() {
    this.#clearTimer();
    if (this.atEnd) this.step = 0;
    this.playing = true;
    this.#timer = setInterval(() => {
      this.goTo(this.step + 1);
      if (this.atEnd) this.pause();
    }, PLAY_INTERVAL_MS);
  }

  /** Stops playing, on the current step. */
  pause() {
    this.#clearTimer();
    this.playing = false;
  }

  /** Play or pause, whichever is not happening. */
  togglePlay() {
    if (this.playing) this.pause();
    else this.play();
  }

  /**
   * Applies a link's parameters (DESIGN.md, Routes): settings, scenario, brand, and notices for what
   * was set aside. A link that answers the banner (`consent` or a Consent Mode alias) closes it and
   * starts at step 1 with that consent, without playing: the visitor has not pressed anything yet.
   */
  applyParams(params: URLSearchParams) {
    const known = this.#options.scenarios().map((scenario) => scenario.id);
    const parsed = parseSimulatorParams(params, known);
    this.pause();
    if (parsed.scenario !== this.scenarioId && known.includes(parsed.scenario)) this.scenarioId = parsed.scenario;
    this.settings = parsed.settings;
    this.brand = parsed.brand;
    this.notices = parsed.notices;
    this.step = 0;
    const answersBanner = consentParamNames.some((name) => (params.get(name) ?? '').trim() !== '');
    if (answersBanner) {
      this.bannerOpen = false;
      this.answered = true;
    }
  }

  /** Stops the timer; called when the island unmounts. */
  destroy() {
    this.pause();
  }

  #setConsent(consent: readonly OptionalCategory[]) {
    this.settings = { ...this.settings, consent: normaliseConsent(consent) };
  }

  #reducedMotion(): boolean {
    return this.#options.prefersReducedMotion?.() ?? prefersReducedMotion();
  }

  #clearTimer() {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }
}

/**
 * Whether the visitor asked for less motion. Where the question cannot be asked (the server, a test
 * without `matchMedia`) the answer is yes: nothing moves by itself unless it is known to be welcome.
 */
export function prefersReducedMotion(): boolean {
  if (typeof matchMedia !== 'function') return true;
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function normaliseSettings(settings: Settings): Settings {
  return { ...settings, consent: normaliseConsent(settings.consent) };
}
