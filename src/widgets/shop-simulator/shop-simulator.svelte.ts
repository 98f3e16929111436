/**
 * The shop simulator's state: the settings the visitor chose, where they are in the session, the
 * choice they compare theirs with, and what follows through the engine (the outcomes and the drawn
 * screens). The widget's parts only read it and call its methods; every rule of the simulation
 * stays in `src/engine/`.
 *
 * Lifecycle: created once per island, on the server for the first HTML (the default profile, nothing
 * granted, banner open) and again in the browser on hydration. `applyLink` then applies a brand's
 * or a trainer's link, read by `link.ts`. Nothing moves by itself: a play timer runs only between a press of Play and
 * `pause`, and `destroy` clears it when the island unmounts. Nothing is stored or sent: the shopper
 * is fictional.
 */
import { normaliseConsent, optionalCategoryIds } from '~/engine/categories';
import type { ParamNotice } from '~/engine/params';
import { drawScreen, screenDifferences } from '~/engine/screen';
import { simulate } from '~/engine/simulate';
import type { SimulatorLink } from './link';
import type {
  BrowserMode,
  DrawnScreen,
  OptionalCategory,
  Outcome,
  Policy,
  Scenario,
  Settings,
  Step,
} from '~/engine/types';

/**
 * A choice to compare the visitor's with: everything refused, everything granted, or the
 * visitor's own with one category flipped ("one switch more or less").
 */
export type CompareTarget = 'none' | 'all' | OptionalCategory;

/** Time between two steps once Play is pressed: long enough to read a step's headline, short enough to stay a replay. */
export const PLAY_INTERVAL_MS = 2500;

/** What the state reads from the island's props. */
export interface ShopSimulatorStateProps {
  /** Every scenario the island can show, the one to open first included. */
  scenarios: readonly Scenario[];
  /** Id of the scenario to open first. */
  scenario: string;
  /** The settings to open with; when they grant a category, the page has answered the banner and it stays closed. */
  initial: Settings;
}

/** The state of one shop simulator island. */
export class ShopSimulatorState {
  /** Id of the scenario shown. */
  scenarioId = $state.raw('');
  /** Consent, brand policy, browser and GPC; the constructor sets the ones the page gives. */
  settings = $state.raw<Settings>({
    consent: [],
    policy: 'maximal',
    browser: 'allows-third-party-cookies',
    gpc: false,
  });
  /** Index of the current step, from 0. */
  step = $state.raw(0);
  /** Whether the consent banner is open. It opens first, as on a real shop. */
  bannerOpen = $state.raw(true);
  /** Whether the banner was answered, by the visitor or by a link that presets consent. */
  answered = $state.raw(false);
  /** Whether the session is playing, since the visitor pressed Play. */
  playing = $state.raw(false);
  /** The choice the current step is compared with, or null when it is shown alone. */
  compareWith = $state.raw<CompareTarget | null>(null);
  /** The linking brand's name, plain text, or null. */
  brand = $state.raw<string | null>(null);
  /** Values of the link that were set aside. */
  notices = $state.raw<readonly ParamNotice[]>([]);

  // What the state derives, each read through a getter: a public $derived field would also get a
  // setter, which nothing calls and the simulator's 30 KB of JavaScript has no room for.
  #scenario: Scenario = $derived.by(() => {
    const all = this.#props().scenarios;
    const found = all.find((scenario) => scenario.id === this.scenarioId) ?? all[0];
    if (!found) throw new Error('ShopSimulatorState: no scenario given');
    return found;
  });
  #outcome: Outcome = $derived(simulate(this.scenario, this.settings));
  #stepCount: number = $derived(this.scenario.steps.length);
  #currentStep: Step = $derived(this.scenario.steps[Math.min(this.step, this.stepCount - 1)]);
  #screen: DrawnScreen = $derived(drawScreen(this.scenario, this.outcome, this.currentStep.id));
  #compareSettings: Settings | null = $derived(
    this.compareWith === null
      ? null
      : { ...this.settings, consent: consentOf(this.compareWith, this.settings.consent) },
  );
  #compareScreen: DrawnScreen | null = $derived(
    this.compareSettings === null
      ? null
      : drawScreen(this.scenario, simulate(this.scenario, this.compareSettings), this.currentStep.id),
  );
  #differences: string[] = $derived(
    this.compareScreen === null ? [] : screenDifferences(this.screen, this.compareScreen),
  );
  #atStart: boolean = $derived(this.step <= 0);
  #atEnd: boolean = $derived(this.step >= this.stepCount - 1);

  /** The scenario shown; the first one given when the id is unknown. */
  get scenario(): Scenario {
    return this.#scenario;
  }

  /** What the current settings trade, over the whole session. */
  get outcome(): Outcome {
    return this.#outcome;
  }

  /** Number of steps in the session. */
  get stepCount(): number {
    return this.#stepCount;
  }

  /** The current step of the scenario. */
  get currentStep(): Step {
    return this.#currentStep;
  }

  /** The current step's screen under the current settings. */
  get screen(): DrawnScreen {
    return this.#screen;
  }

  /** The settings compared with, or null: the same brand, browser and GPC, another consent. */
  get compareSettings(): Settings | null {
    return this.#compareSettings;
  }

  /** The current step's screen under the compared settings, or null. */
  get compareScreen(): DrawnScreen | null {
    return this.#compareScreen;
  }

  /** Experiences of the current step drawn differently in the two screens; none when not comparing. */
  get differences(): string[] {
    return this.#differences;
  }

  /** Whether the current step is the first. */
  get atStart(): boolean {
    return this.#atStart;
  }

  /** Whether the current step is the last. */
  get atEnd(): boolean {
    return this.#atEnd;
  }

  readonly #props: () => ShopSimulatorStateProps;
  #timer: ReturnType<typeof setInterval> | undefined;

  /** @param props the island's props, read through a getter so that new scenarios are followed. */
  constructor(props: () => ShopSimulatorStateProps) {
    this.#props = props;
    this.scenarioId = props().scenario;
    this.settings = normaliseSettings(props().initial);
    // A page that presets consent (a lesson, a category page) has answered the banner for the visitor.
    if (this.settings.consent.length > 0) {
      this.bannerOpen = false;
      this.answered = true;
    }
  }

  /**
   * Answers the banner with `consent` and closes it. The first answer starts the session at step 1,
   * and waits there: moving on is the visitor's press (next, a step, or Play). A later answer
   * (changing one's mind) keeps the current step, so the visitor sees what the change does right there.
   */
  decide(consent: readonly OptionalCategory[]) {
    const first = !this.answered;
    this.#setConsent(consent);
    this.bannerOpen = false;
    this.answered = true;
    if (first) this.step = 0;
  }

  /** Compares the current step with another choice, or stops comparing (`null`). */
  compare(target: CompareTarget | null) {
    this.compareWith = target;
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
   * Applies a link (docs/design.md, "Query parameters"), read by `readLink`: settings, scenario, brand, and notices
   * for what was set aside. A link that answers the banner (`consent` or a Consent Mode alias)
   * closes it and starts at step 1 with that consent, without playing: the visitor has not pressed
   * anything yet.
   */
  applyLink(link: SimulatorLink) {
    const known = this.#props().scenarios.map((scenario) => scenario.id);
    this.pause();
    if (link.scenario !== this.scenarioId && known.includes(link.scenario)) this.scenarioId = link.scenario;
    this.settings = link.settings;
    this.brand = link.brand;
    this.notices = link.notices;
    this.step = 0;
    if (link.answersBanner) {
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

  #clearTimer() {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }
}

/** The consent of a compared choice: none, all, or `current` with one category flipped. */
export function consentOf(target: CompareTarget, current: readonly OptionalCategory[]): OptionalCategory[] {
  if (target === 'none') return [];
  if (target === 'all') return [...optionalCategoryIds];
  return current.includes(target) ? current.filter((id) => id !== target) : normaliseConsent([...current, target]);
}

function normaliseSettings(settings: Settings): Settings {
  return { ...settings, consent: normaliseConsent(settings.consent) };
}
