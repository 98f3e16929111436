/** What `npm run bench` keeps of each Lighthouse run, and the medians it prints. */
import { describe, expect, test } from 'vitest';
import {
  figuresOf,
  formatLighthouseTable,
  median,
  medianFigures,
  type LighthouseFigures,
} from '../../scripts/lib/lighthouse-summary';

const run = (performance: number | null, lcp: number | null): LighthouseFigures => ({
  performance,
  accessibility: 100,
  bestPractices: 96,
  seo: 100,
  lcp,
  tbt: 0,
  cls: 0.001,
});

describe('lighthouse summary', () => {
  test('figuresOf reads the four categories as 0–100 and the three metrics', () => {
    const figures = figuresOf({
      categories: {
        performance: { score: 0.987 },
        accessibility: { score: 1 },
        'best-practices': { score: null },
        seo: { score: 0.92 },
      },
      audits: {
        'largest-contentful-paint': { numericValue: 1234.5 },
        'total-blocking-time': { numericValue: 12 },
        'cumulative-layout-shift': { numericValue: 0.02 },
      },
    });
    expect(figures).toEqual({
      performance: 99,
      accessibility: 100,
      bestPractices: null,
      seo: 92,
      lcp: 1234.5,
      tbt: 12,
      cls: 0.02,
    });
  });

  test('median: middle value, mean of the middle two, unknown values left out', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null, 5, null])).toBe(5);
    expect(median([null])).toBeNull();
  });

  test('medianFigures takes each figure on its own', () => {
    const m = medianFigures([run(90, 1500), run(100, 900), run(95, 2000)]);
    expect(m.performance).toBe(95);
    expect(m.lcp).toBe(1500);
    expect(m.cls).toBe(0.001);
  });

  test('the table shows medians, the performance range and units', () => {
    const table = formatLighthouseTable([
      { path: '/', formFactor: 'mobile', runs: [run(90, 1500), run(100, 900), run(95, 2000)] },
      { path: '/glossary/', formFactor: 'desktop', runs: [] },
    ]).split('\n');
    expect(table).toHaveLength(4);
    expect(table[2]).toMatch(
      /^\| \/ +\| mobile +\| +3 \| +95 \| +90–100 \| +100 \| +96 \| +100 \| +1\.50 s \| +0 ms \| 0\.001 \|$/,
    );
    expect(table[3]).toMatch(/\| desktop \| +0 \| +– \|/);
  });
});
