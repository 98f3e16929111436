/**
 * The geometry of the trade-off map, kept out of the Svelte files so it can be read and
 * tested on its own: which profiles share a spot, where each spot goes in the SVG, the
 * axis ticks, and where a text label fits without covering a point.
 *
 * Pure: takes engine output, returns plain data. Coordinates are SVG user units of a
 * fixed viewBox (`VIEW`); the browser scales the whole drawing to the width it gets.
 */
import type { ProfileComparison, ProfileSummary } from '~/engine/types';
import { paretoFront } from './pareto';

/**
 * The viewBox and its margins. Taller than wide on purpose: at a 328 px wide phone column
 * (360 px screen), one experience up the axis is still about 25 CSS px, so two points one
 * experience apart stay separate targets (WCAG 2.2, 2.5.8 target size).
 */
export const VIEW = Object.freeze({
  width: 400,
  height: 440,
  /** Room for the y tick labels and the rotated y-axis title. */
  left: 58,
  right: 18,
  top: 20,
  /** Room for the x tick labels and the x-axis title. */
  bottom: 62,
  /** Space between the plot edge and the outermost points, so a point never sits on an axis. */
  inset: 22,
});

/** Radius of a point's visible mark, in user units. */
export const POINT_RADIUS = 11;

/** Radius of the invisible hit area around a point (pointer and touch target). */
export const HIT_RADIUS = 15;

/** One spot of the map: every profile with the same sharing and the same experiences. */
export interface MapPoint {
  /** `x-y`, unique on the map; used as key and in element ids. */
  id: string;
  /** Data points held by partners and third parties (`summary.sharedDataPoints`). */
  x: number;
  /** Experiences gained (`summary.experiencesGained`). */
  y: number;
  /** The profiles on this spot, fewest categories first, then in comparison order. */
  profiles: ProfileSummary[];
  /** Whether the spot is on the Pareto front (most experiences for the least sharing). */
  front: boolean;
}

/**
 * The profiles of a comparison grouped by spot and sorted by x, then y: the order the
 * keyboard walks through them.
 */
export function mapPoints(comparison: ProfileComparison): MapPoint[] {
  const bySpot = new Map<string, MapPoint>();
  for (const profile of comparison.profiles) {
    const x = profile.summary.sharedDataPoints;
    const y = profile.summary.experiencesGained;
    const id = `${x}-${y}`;
    const point = bySpot.get(id) ?? { id, x, y, profiles: [], front: false };
    point.profiles.push(profile);
    bySpot.set(id, point);
  }
  const order = new Map(comparison.profiles.map((profile, i) => [profile.key, i]));
  const points = [...bySpot.values()].sort((a, b) => a.x - b.x || a.y - b.y);
  for (const point of points) {
    // Fewest categories first: on a shared spot the smaller grant is the one a reader picks
    // by default, since it gets the same for less asked.
    point.profiles.sort(
      (a, b) => a.consent.length - b.consent.length || (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0),
    );
  }
  const front = new Set(
    paretoFront(
      points,
      (p) => p.x,
      (p) => p.y,
    ),
  );
  for (const point of points) point.front = front.has(point);
  return points;
}

/**
 * The profile a consent string names (`none`, `all`, or categories in any order, `necessary`
 * allowed), or reject-all when it names none of them. Matches by the set of categories, so
 * the islands need not import the URL module for `consentKey`.
 */
export function findProfile(profiles: readonly ProfileSummary[], consent: string): ProfileSummary {
  const value = consent.trim().toLowerCase();
  const exact = profiles.find((p) => p.key === value);
  if (exact) return exact;
  const wanted = new Set(
    value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '' && item !== 'necessary'),
  );
  const match = profiles.find((p) => p.consent.length === wanted.size && p.consent.every((c) => wanted.has(c)));
  return match ?? profiles.find((p) => p.preset === 'reject-all') ?? profiles[0];
}

/** How many experiences the scenario has in all (gained plus lost, the same for every profile). */
export function totalExperiences(comparison: ProfileComparison): number {
  const first = comparison.profiles[0];
  return first ? first.summary.experiencesGained + first.summary.experiencesLost : 0;
}

/**
 * The front point that shows a point is not on the front: among the front points that give
 * at least as much for at most as much sharing, the one that shares least. Null on the front.
 */
export function betterChoice(point: MapPoint, points: readonly MapPoint[]): MapPoint | null {
  if (point.front) return null;
  const better = points.filter((p) => p.front && p.x <= point.x && p.y >= point.y && (p.x < point.x || p.y > point.y));
  return better.sort((a, b) => a.x - b.x || b.y - a.y)[0] ?? null;
}

/** Where values go in the SVG, and which values the axes mark. */
export interface MapScale {
  /** SVG x of a number of shared data points. */
  x: (value: number) => number;
  /** SVG y of a number of experiences. */
  y: (value: number) => number;
  /** Shared-data values that get a tick and a label. */
  xTicks: number[];
  /** Experience values that get a tick and a label. */
  yTicks: number[];
  /** The plot area (axes included), in user units. */
  plot: { left: number; right: number; top: number; bottom: number };
}

/**
 * The scale of the map. x runs from 0 to a round number at or above the largest sharing;
 * y from the fewest experiences any profile gets to the scenario's total, so the top of
 * the axis reads "everything the session offers". A scatter plot needs no zero baseline:
 * the axis is labelled, and the room goes to telling close points apart.
 */
export function mapScale(points: readonly MapPoint[], total: number): MapScale {
  const plot = {
    left: VIEW.left,
    right: VIEW.width - VIEW.right,
    top: VIEW.top,
    bottom: VIEW.height - VIEW.bottom,
  };
  const maxX = Math.max(0, ...points.map((p) => p.x));
  const xStep = niceStep(maxX, 6);
  const xMax = Math.max(xStep, Math.ceil(maxX / xStep) * xStep);
  const yMin = points.length > 0 ? Math.min(...points.map((p) => p.y)) : 0;
  const yMax = Math.max(total, yMin + 1, ...points.map((p) => p.y));
  const yStep = niceStep(yMax - yMin, 12);
  const left = plot.left + VIEW.inset;
  const width = plot.right - VIEW.inset - left;
  const bottom = plot.bottom - VIEW.inset;
  const height = bottom - (plot.top + VIEW.inset);
  return {
    x: (value) => round(left + (value / xMax) * width),
    y: (value) => round(bottom - ((value - yMin) / (yMax - yMin)) * height),
    xTicks: range(0, xMax, xStep),
    yTicks: range(yMin, yMax, yStep),
    plot,
  };
}

/** The smallest of 1, 2, 5, 10, 20, 50... that cuts `span` into at most `maxIntervals` parts. */
export function niceStep(span: number, maxIntervals: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const factor of [1, 2, 5]) {
      const step = factor * magnitude;
      if (span / step <= maxIntervals) return step;
    }
  }
}

/** A text label placed on the map. */
export interface PlacedLabel {
  /** The text. */
  text: string;
  /** SVG x of the anchor. */
  x: number;
  /** SVG y of the baseline. */
  y: number;
  /** Which end of the text sits on `x`. */
  anchor: 'start' | 'middle' | 'end';
}

/** A box in user units. */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Font size of the labels on the map, in user units; the stylesheet uses the same. */
export const LABEL_FONT_SIZE = 15;

/**
 * Places labels next to their points, one after the other, each where it covers the least
 * of the other points, of the labels already placed and of the space outside the plot. Text
 * width is estimated (no DOM on the server), generously, so a real label fits in its box.
 *
 * @param requests the labels, most stable first (later ones move around earlier ones).
 * @param points every point, as obstacles.
 */
export function placeLabels(
  requests: readonly { text: string; cx: number; cy: number }[],
  points: readonly { cx: number; cy: number }[],
  plot: MapScale['plot'],
): PlacedLabel[] {
  const obstacles: Box[] = points.map(({ cx, cy }) => ({
    left: cx - POINT_RADIUS - 2,
    right: cx + POINT_RADIUS + 2,
    top: cy - POINT_RADIUS - 2,
    bottom: cy + POINT_RADIUS + 2,
  }));
  const placed: PlacedLabel[] = [];
  for (const { text, cx, cy } of requests) {
    const width = text.length * LABEL_FONT_SIZE * 0.58;
    const height = LABEL_FONT_SIZE;
    const gap = HIT_RADIUS + 3;
    const candidates: PlacedLabel[] = [
      { text, x: cx + gap, y: cy + height / 3, anchor: 'start' },
      { text, x: cx - gap, y: cy + height / 3, anchor: 'end' },
      { text, x: cx, y: cy - gap - 2, anchor: 'middle' },
      { text, x: cx, y: cy + gap + height, anchor: 'middle' },
      { text, x: cx + gap - 4, y: cy - gap + 2, anchor: 'start' },
      { text, x: cx - gap + 4, y: cy - gap + 2, anchor: 'end' },
      { text, x: cx + gap - 4, y: cy + gap + height - 4, anchor: 'start' },
      { text, x: cx - gap + 4, y: cy + gap + height - 4, anchor: 'end' },
    ];
    let best = candidates[0];
    let bestCost = Infinity;
    for (const candidate of candidates) {
      const box = labelBox(candidate, width, height);
      const cost = obstacles.reduce((sum, obstacle) => sum + overlap(box, obstacle), 0) + 4 * outside(box, plot);
      if (cost < bestCost) {
        best = candidate;
        bestCost = cost;
      }
    }
    placed.push({ ...best, x: round(best.x), y: round(best.y) });
    obstacles.push(labelBox(best, width, height));
  }
  return placed;
}

function labelBox(label: PlacedLabel, width: number, height: number): Box {
  const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return { left, right: left + width, top: label.y - height, bottom: label.y + height * 0.25 };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Area of the box that lies outside the plot (where axis labels live). */
function outside(box: Box, plot: MapScale['plot']): number {
  const area = (box.right - box.left) * (box.bottom - box.top);
  const inside = overlap(box, { left: plot.left + 2, right: plot.right, top: plot.top, bottom: plot.bottom - 2 });
  return area - inside;
}

function range(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let v = from; v <= to; v += step) values.push(v);
  return values;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
