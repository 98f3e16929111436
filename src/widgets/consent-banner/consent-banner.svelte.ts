/**
 * State of the working mock banners of the dark-pattern lesson, each counting the clicks it takes to
 * refuse everything. (The fair banner's draft is in `banner-draft.svelte.ts`, which the simulator
 * loads without these mocks.)
 *
 * Lifecycle: created when a banner mounts, dropped when it unmounts. Nothing is stored or sent; the
 * choices are the fictional shopper's, never the visitor's.
 */
import { normaliseConsent, optionalCategoryIds } from '~/engine/categories';
import type { OptionalCategory } from '~/engine/types';
import { withCategory, type ConsentDraft } from './banner-draft.svelte';

export type { ConsentDraft };

/** The banners of the dark-pattern lesson, fair one first. */
export const patternIds = ['fair', 'pre-ticked', 'hidden-reject', 'legitimate-interest', 'cookie-wall'] as const;

/** One of the mock banners. */
export type PatternId = (typeof patternIds)[number];

/** The purposes a "legitimate interest" banner switches on by default, in a second list. */
export const legitimateInterests = ['measure-ads', 'ad-profile'] as const;

/** One purpose claimed under legitimate interest. */
export type LegitimateInterest = (typeof legitimateInterests)[number];

/**
 * The fewest clicks that refuse everything in each mock, shown before the visitor tries, so the page
 * teaches without JavaScript. Each number follows from the mock's design below.
 */
export const fewestClicksToRefuse: Readonly<Record<PatternId, number>> = Object.freeze({
  // "Reject all", on the first layer.
  fair: 1,
  // Untick every category, then save.
  'pre-ticked': optionalCategoryIds.length + 1,
  // "Settings", then "Reject all".
  'hidden-reject': 2,
  // "Manage options", turn off each legitimate-interest switch, then "Save and exit".
  'legitimate-interest': legitimateInterests.length + 2,
  // "Go on with the free articles": one click, which costs the reading.
  'cookie-wall': 1,
});

/** How a mock banner was answered. */
export type MockAnswer =
  | {
      kind: 'choices';
      /** Categories left on. */
      consent: OptionalCategory[];
      /** Legitimate-interest purposes left on. */
      interests: LegitimateInterest[];
    }
  | {
      kind: 'wall';
      /** Which of the wall's three ways out was taken. */
      choice: 'accepted' | 'refused' | 'subscribed';
    };

/**
 * One working mock banner. Every action the visitor takes before answering counts as one click,
 * whether by mouse or by keyboard (Space and Enter fire the same actions). Once answered, the
 * banner is closed and counts nothing more until `reset`.
 */
export class MockBanner implements ConsentDraft {
  /** Which banner this is. */
  readonly pattern: PatternId;
  /** `first` is what the page shows at once; `second` the settings behind a link. */
  layer = $state.raw<'first' | 'second'>('first');
  /** Categories switched on, in category order. */
  granted = $state.raw<readonly OptionalCategory[]>([]);
  /** Legitimate-interest purposes switched on. */
  interests = $state.raw<readonly LegitimateInterest[]>([]);
  /** Clicks so far. */
  clicks = $state.raw(0);
  /** The answer, or null while the banner is open. */
  answer = $state.raw<MockAnswer | null>(null);

  /** Whether the answer refuses everything: no category, no legitimate interest, no wall acceptance. */
  readonly refusedEverything = $derived.by(() => {
    const answer = this.answer;
    if (!answer) return false;
    if (answer.kind === 'wall') return answer.choice === 'refused';
    return answer.consent.length === 0 && answer.interests.length === 0;
  });

  constructor(pattern: PatternId) {
    this.pattern = pattern;
    this.reset();
  }

  /** Back to the banner as a visitor first meets it, clicks at zero. */
  reset() {
    this.layer = 'first';
    // The dark patterns start with boxes ticked for the visitor: that is the trick they show.
    this.granted = this.pattern === 'pre-ticked' ? [...optionalCategoryIds] : [];
    this.interests = this.pattern === 'legitimate-interest' ? [...legitimateInterests] : [];
    this.clicks = 0;
    this.answer = null;
  }

  set(category: OptionalCategory, on: boolean) {
    if (!this.#click()) return;
    this.granted = withCategory(this.granted, category, on);
  }

  /** Turns one legitimate-interest purpose on or off. */
  setInterest(interest: LegitimateInterest, on: boolean) {
    if (!this.#click()) return;
    this.interests = legitimateInterests.filter((id) => (id === interest ? on : this.interests.includes(id)));
  }

  /** Opens the settings behind the first layer. */
  openSecondLayer() {
    if (!this.#click()) return;
    this.layer = 'second';
  }

  /** "Accept all": every category and every legitimate interest. */
  acceptAll() {
    this.#answer([...optionalCategoryIds], [...legitimateInterests]);
  }

  /** "Reject all": no category; legitimate-interest switches, where they exist, stay as they are. */
  rejectAll() {
    this.#answer([], [...this.interests]);
  }

  /** "Save my choices" with the switches as they are. */
  save() {
    this.#answer([...this.granted], [...this.interests]);
  }

  /** Answers with a consent decided elsewhere (the fair banner's own buttons). */
  decide(consent: readonly OptionalCategory[]) {
    this.#answer(normaliseConsent(consent), [...this.interests]);
  }

  /** Takes one of the cookie wall's ways out. */
  wall(choice: 'accepted' | 'refused' | 'subscribed') {
    if (!this.#click()) return;
    this.answer = { kind: 'wall', choice };
  }

  #answer(consent: OptionalCategory[], interests: LegitimateInterest[]) {
    if (!this.#click()) return;
    this.granted = consent;
    this.interests = interests;
    this.answer = { kind: 'choices', consent, interests };
  }

  /** Counts a click; false once the banner is answered, so a closed banner ignores late events. */
  #click(): boolean {
    if (this.answer) return false;
    this.clicks += 1;
    return true;
  }
}
