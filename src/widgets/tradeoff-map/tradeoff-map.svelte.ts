/**
 * The state of one trade-off map: which profile is selected, which point holds the
 * keyboard focus, and what the live region last said. The map's `.svelte` files only
 * wire this class to markup; the ARIA values and the keyboard rules live here.
 *
 * Lifecycle: created once per map with a getter over the component's props, so it follows
 * prop changes. `current` (a consent key) is the parent's truth; a selection made on the
 * map overrides it until the parent passes a new `current` (a writable `$derived`).
 * Nothing is stored anywhere.
 */
import type { OptionalCategory, ProfileComparison, ProfileSummary } from '~/engine/types';
import { fill } from '~/i18n/fill';
import type { Labels, Locale } from '~/i18n';
import { betterChoice, findProfile, mapPoints, mapScale, totalExperiences, type MapPoint } from './points';

/** What the map's root component receives. */
export interface TradeoffMapProps {
  /** Every profile of the scenario under one policy, browser and GPC setting. */
  comparison: ProfileComparison;
  /** The consent key (`none`, `all` or a comma list) of the profile to highlight. */
  current: string;
  /** The page's locale. */
  locale: Locale;
  /** The map's strings and the category names. */
  labels: Labels<'tradeoffMap.' | 'category.' | 'punctuation.'>;
  /** Called with the profile's granted categories when the reader selects a point or a profile. */
  onselect?: (consent: OptionalCategory[]) => void;
}

/** Keys that move the focus, and where to: next or previous in x-then-y order, or the ends. */
const moves: Readonly<Record<string, 'next' | 'previous' | 'first' | 'last'>> = {
  // Right and Up go towards more sharing and more experiences, as on the drawing and as on a slider.
  ArrowRight: 'next',
  ArrowUp: 'next',
  ArrowLeft: 'previous',
  ArrowDown: 'previous',
  Home: 'first',
  End: 'last',
};

export class TradeoffMapState {
  readonly #props: () => TradeoffMapProps;

  /** The spots of the map, sorted by x then y (the keyboard order). */
  readonly points: MapPoint[] = $derived.by(() => mapPoints(this.#props().comparison));
  /** Experiences in the whole session. */
  readonly total: number = $derived.by(() => totalExperiences(this.#props().comparison));
  /** Where things go in the SVG. */
  readonly scale = $derived.by(() => mapScale(this.points, this.total));

  /** The selected profile's key: the `current` prop's until the reader picks another one. */
  selectedKey: string = $derived.by(() => findProfile(this.#props().comparison.profiles, this.#props().current).key);

  /** Id of the point that holds the roving tab stop, once the reader moved it; null before. */
  #focusedId = $state.raw<string | null>(null);

  /** The last sentence for the live region; empty until the reader selects something. */
  announcement = $state.raw('');

  constructor(props: () => TradeoffMapProps) {
    this.#props = props;
  }

  /** The selected profile (reject-all if `current` names none of the 32). */
  get selected(): ProfileSummary {
    return findProfile(this.#props().comparison.profiles, this.selectedKey);
  }

  /** The point that holds the selected profile. */
  get selectedPoint(): MapPoint | undefined {
    const key = this.selected.key;
    return this.points.find((point) => point.profiles.some((p) => p.key === key));
  }

  /** Index of the point that takes Tab (roving tabindex): the one last focused, else the selected one. */
  get tabStop(): number {
    const focused = this.points.findIndex((p) => p.id === this.#focusedId);
    if (focused >= 0) return focused;
    return Math.max(
      0,
      this.points.findIndex((p) => p === this.selectedPoint),
    );
  }

  /** The front point that beats the selected point, if the selected point is off the front. */
  get better(): MapPoint | null {
    const point = this.selectedPoint;
    return point ? betterChoice(point, this.points) : null;
  }

  /** Whether a point holds the selected profile (its `aria-checked`). */
  isChecked(point: MapPoint): boolean {
    return point === this.selectedPoint;
  }

  /** A profile's name: "Reject all", "Accept all", or its categories. */
  name(profile: ProfileSummary): string {
    const { labels } = this.#props();
    if (profile.preset === 'reject-all') return labels['tradeoffMap.rejectAll'];
    if (profile.preset === 'accept-all') return labels['tradeoffMap.acceptAll'];
    return profile.consent.map((c) => labels[`category.${c}`]).join(', ');
  }

  /** The accessible name of a point: its profiles and its two figures. */
  pointLabel(point: MapPoint): string {
    const { labels } = this.#props();
    const values = {
      choices: point.profiles.map((p) => this.name(p)).join(`${labels['punctuation.semicolon']} `),
      count: point.profiles.length,
      experiences: point.y,
      shared: point.x,
    };
    return fill(labels[point.profiles.length > 1 ? 'tradeoffMap.pointGroupLabel' : 'tradeoffMap.pointLabel'], values);
  }

  /** Selects a profile: highlights it, tells the parent, and says so in the live region. */
  select(profile: ProfileSummary): void {
    const { labels, onselect } = this.#props();
    this.selectedKey = profile.key;
    this.announcement = fill(labels['tradeoffMap.announce'], {
      choice: this.name(profile),
      experiences: profile.summary.experiencesGained,
      total: this.total,
      shared: profile.summary.sharedDataPoints,
    });
    onselect?.([...profile.consent]);
  }

  /**
   * Selects the point at `index`: its selected profile if it already holds it, else its
   * first profile (the one with the fewest categories).
   */
  selectPoint(index: number): void {
    const point = this.points[index];
    if (!point) return;
    this.#focusedId = point.id;
    const keep = point.profiles.find((p) => p.key === this.selected.key);
    this.select(keep ?? point.profiles[0]);
  }

  /**
   * Handles a key on the point at `index`. Returns the index of the point to focus, or
   * null when the key is not the map's (the event is then left alone).
   */
  keydown(event: KeyboardEvent, index: number): number | null {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.selectPoint(index);
      return index;
    }
    const move = moves[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return null;
    event.preventDefault();
    const last = this.points.length - 1;
    const next =
      move === 'first'
        ? 0
        : move === 'last'
          ? last
          : move === 'next'
            ? index >= last
              ? 0
              : index + 1
            : index <= 0
              ? last
              : index - 1;
    this.#focusedId = this.points[next]?.id ?? null;
    return next;
  }

  /** Remembers the point a pointer or Tab put the focus on, so it keeps the tab stop. */
  focus(index: number): void {
    this.#focusedId = this.points[index]?.id ?? null;
  }
}
