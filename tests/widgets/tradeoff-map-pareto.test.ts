/**
 * The pure helpers of the trade-off map: the Pareto front (`pareto.ts`) on literal inputs,
 * and the grouping, scale and label placement of `points.ts`.
 */
import { describe, expect, test } from 'vitest';
import type { ProfileComparison, ProfileSummary, Summary } from '~/engine/types';
import { paretoFront } from '~/widgets/tradeoff-map/pareto';
import { betterChoice, mapPoints, mapScale, niceStep, placeLabels, VIEW } from '~/widgets/tradeoff-map/points';

type Item = { name: string; cost: number; gain: number };
const front = (items: Item[]) =>
  paretoFront(
    items,
    (i) => i.cost,
    (i) => i.gain,
  ).map((i) => i.name);

describe('paretoFront', () => {
  test('keeps the items no other beats on both counts, cheapest first', () => {
    expect(
      front([
        { name: 'all', cost: 14, gain: 17 },
        { name: 'none', cost: 0, gain: 5 },
        { name: 'reasoned', cost: 0, gain: 13 },
        { name: 'partners', cost: 3, gain: 15 },
        { name: 'ads', cost: 11, gain: 15 },
      ]),
    ).toEqual(['reasoned', 'partners', 'all']);
  });

  test('drops an item beaten on one count and tied on the other', () => {
    expect(
      front([
        { name: 'a', cost: 2, gain: 5 },
        { name: 'same-gain-more-cost', cost: 3, gain: 5 },
        { name: 'same-cost-less-gain', cost: 2, gain: 4 },
      ]),
    ).toEqual(['a']);
  });

  test('keeps exact ties together', () => {
    expect(
      front([
        { name: 'a', cost: 1, gain: 1 },
        { name: 'b', cost: 1, gain: 1 },
      ]),
    ).toEqual(['a', 'b']);
  });

  test('returns nothing for nothing, and the item itself for one', () => {
    expect(front([])).toEqual([]);
    expect(front([{ name: 'only', cost: 9, gain: 0 }])).toEqual(['only']);
  });

  test('keeps a whole trade-off curve', () => {
    expect(
      front([
        { name: 'c', cost: 3, gain: 3 },
        { name: 'a', cost: 1, gain: 1 },
        { name: 'b', cost: 2, gain: 2 },
      ]),
    ).toEqual(['a', 'b', 'c']);
  });
});

/** A profile with just the figures the map reads. */
function profile(key: string, consent: ProfileSummary['consent'], shared: number, gained: number): ProfileSummary {
  const summary: Summary = {
    experiencesGained: gained,
    experiencesLost: 10 - gained,
    dataPoints: shared + 1,
    recipients: 0,
    thirdParties: 0,
    sharedDataPoints: shared,
    storageItems: 0,
    thirdPartyStorage: 0,
  };
  const preset = consent.length === 0 ? 'reject-all' : consent.length === 5 ? 'accept-all' : 'custom';
  return { kind: 'profile', key, preset, consent, summary };
}

const comparison: ProfileComparison = {
  kind: 'profile-comparison',
  scenario: 'test',
  policy: 'maximal',
  browser: 'allows-third-party-cookies',
  gpc: false,
  profiles: [
    profile('none', [], 0, 2),
    profile('partners', ['partners'], 3, 4),
    profile('analytics,personalization', ['analytics', 'personalization'], 0, 6),
    profile('preferences', ['preferences'], 0, 6),
    profile('all', ['preferences', 'analytics', 'personalization', 'advertising', 'partners'], 7, 10),
  ],
};

describe('mapPoints', () => {
  test('groups profiles on the same spot, fewest categories first, sorted by x then y', () => {
    const points = mapPoints(comparison);
    expect(points.map((p) => [p.id, p.profiles.map((q) => q.key)])).toEqual([
      ['0-2', ['none']],
      ['0-6', ['preferences', 'analytics,personalization']],
      ['3-4', ['partners']],
      ['7-10', ['all']],
    ]);
    expect(points.filter((p) => p.front).map((p) => p.id)).toEqual(['0-6', '7-10']);
  });

  test('names the front point that beats a point off the front', () => {
    const points = mapPoints(comparison);
    expect(betterChoice(points[2], points)?.id).toBe('0-6');
    expect(betterChoice(points[1], points)).toBeNull();
  });
});

describe('mapScale', () => {
  test('runs x from 0 to a round number and y from the fewest experiences to the total', () => {
    const points = mapPoints(comparison);
    const scale = mapScale(points, 10);
    expect(scale.xTicks).toEqual([0, 2, 4, 6, 8]);
    expect(scale.yTicks).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(scale.x(0)).toBe(VIEW.left + VIEW.inset);
    expect(scale.y(2)).toBe(VIEW.height - VIEW.bottom - VIEW.inset);
    expect(scale.y(10)).toBe(VIEW.top + VIEW.inset);
  });

  test('picks steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(14, 6)).toBe(5);
    expect(niceStep(12, 12)).toBe(1);
    expect(niceStep(0, 6)).toBe(1);
    expect(niceStep(130, 6)).toBe(50);
  });
});

describe('placeLabels', () => {
  const plot = { left: 0, right: 400, top: 0, bottom: 400 };

  test('puts a label to the right of its point when that side is free', () => {
    expect(placeLabels([{ text: 'Reject all', cx: 50, cy: 200 }], [{ cx: 50, cy: 200 }], plot)).toEqual([
      { text: 'Reject all', x: 68, y: 205, anchor: 'start' },
    ]);
  });

  test('moves a label to the left when a point or the plot edge is on the right', () => {
    const [atEdge] = placeLabels([{ text: 'Accept all', cx: 390, cy: 200 }], [{ cx: 390, cy: 200 }], plot);
    expect(atEdge.anchor).toBe('end');
    const [blocked] = placeLabels(
      [{ text: 'Selected', cx: 200, cy: 200 }],
      [
        { cx: 200, cy: 200 },
        { cx: 240, cy: 200 },
      ],
      plot,
    );
    expect(blocked.anchor).toBe('end');
  });

  test('keeps a later label off an earlier one', () => {
    const [first, second] = placeLabels(
      [
        { text: 'Reject all', cx: 50, cy: 200 },
        { text: 'Selected', cx: 50, cy: 200 },
      ],
      [{ cx: 50, cy: 200 }],
      plot,
    );
    expect(first.anchor).toBe('start');
    expect([second.x, second.y]).not.toEqual([first.x, first.y]);
  });
});
