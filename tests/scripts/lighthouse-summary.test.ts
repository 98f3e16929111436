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
  si: lcp === null ? null : lcp + 200,
  tbt: 0,
  cls: 0.001,
  bytes: 20480,
});

describe('lighthouse summary', () => {
  test('figuresOf reads the four categories as 0–100, the four metrics and the bytes', () => {
    const figures = figuresOf({
      categories: {
        performance: { score: 0.987 },
        accessibility: { score: 1 },
        'best-practices': { score: null },
        seo: { score: 0.92 },
      },
      audits: {
        'largest-contentful-paint': { numericValue: 1234.5 },
        'speed-index': { numericValue: 1400 },
        'total-blocking-time': { numericValue: 12 },
        'cumulative-layout-shift': { numericValue: 0.02 },
        'total-byte-weight': { numericValue: 15360 },
      },
    });
    expect(figures).toEqual({
      performance: 99,
      accessibility: 100,
      bestPractices: null,
      seo: 92,
      lcp: 1234.5,
      si: 1400,
      tbt: 12,
      cls: 0.02,
      bytes: 15360,
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
      /^\| \/ +\| mobile +\| +3 \| +95 \| +90–100 \| +100 \| +96 \| +100 \| +1\.50 s \| +1\.70 s \| +0 ms \| 0\.001 \| +20\.0 \|$/,
    );
    expect(table[3]).toMatch(/\| desktop \| +0 \| +– \|/);
  });

  test('given a reference, the table adds LCP and transfer as ratios of it', () => {
    const reference = { ...run(90, 1000), bytes: 40960 };
    const table = formatLighthouseTable(
      [
        { path: '/', formFactor: 'mobile', runs: [run(100, 600), run(100, 500), run(100, 700)] },
        { path: '/glossary/', formFactor: 'mobile', runs: [] },
      ],
      reference,
    ).split('\n');
    expect(table[0]).toMatch(/\| LCP ÷ ref \| KB ÷ ref \|$/);
    expect(table[2]).toMatch(/\| +0\.60× \| +0\.50× \|$/);
    expect(table[3]).toMatch(/\| +– \| +– \|$/);
  });
});
