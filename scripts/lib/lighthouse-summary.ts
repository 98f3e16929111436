/**
 * The figures `npm run bench` keeps from a Lighthouse result, the median of several runs,
 * and the table it prints. No Lighthouse import here: the shapes are read structurally.
 */
import { markdownTable } from './table';

export interface LighthouseFigures {
  /** Category scores, 0 to 100 (null when Lighthouse could not score the category). */
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  /** Largest Contentful Paint and Total Blocking Time in ms, Cumulative Layout Shift unitless. */
  lcp: number | null;
  tbt: number | null;
  cls: number | null;
}

/** The part of a Lighthouse result (LHR) read here. */
export interface LighthouseResultLike {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
  runtimeError?: { code: string; message: string };
}

export function figuresOf(lhr: LighthouseResultLike): LighthouseFigures {
  const score = (id: string) => {
    const value = lhr.categories[id]?.score;
    return value === null || value === undefined ? null : Math.round(value * 100);
  };
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? null;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
  };
}

/** The median of the numbers given (the mean of the middle two for an even count); null if none. */
export function median(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const middle = Math.floor(known.length / 2);
  return known.length % 2 ? known[middle] : (known[middle - 1] + known[middle]) / 2;
}

/** Each figure's own median over the runs. */
export function medianFigures(runs: LighthouseFigures[]): LighthouseFigures {
  const of = (key: keyof LighthouseFigures) => median(runs.map((run) => run[key]));
  return {
    performance: of('performance'),
    accessibility: of('accessibility'),
    bestPractices: of('bestPractices'),
    seo: of('seo'),
    lcp: of('lcp'),
    tbt: of('tbt'),
    cls: of('cls'),
  };
}

export interface BenchRow {
  path: string;
  formFactor: 'mobile' | 'desktop';
  runs: LighthouseFigures[];
}

const show = (value: number | null, format: (v: number) => string) => (value === null ? '–' : format(value));

/** A Markdown table of the medians, with the spread of the performance score over the runs. */
export function formatLighthouseTable(rows: BenchRow[]): string {
  const header = ['page', 'device', 'runs', 'perf', 'perf range', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS'];
  const body = rows.map((row) => {
    const m = medianFigures(row.runs);
    const perf = row.runs.map((run) => run.performance).filter((v): v is number => v !== null);
    return [
      row.path,
      row.formFactor,
      String(row.runs.length),
      show(m.performance, String),
      perf.length ? `${Math.min(...perf)}–${Math.max(...perf)}` : '–',
      show(m.accessibility, String),
      show(m.bestPractices, String),
      show(m.seo, String),
      show(m.lcp, (v) => `${(v / 1000).toFixed(2)} s`),
      show(m.tbt, (v) => `${Math.round(v)} ms`),
      show(m.cls, (v) => v.toFixed(3)),
    ];
  });
  return markdownTable(header, body);
}
