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
  /** Largest Contentful Paint, Speed Index and Total Blocking Time in ms, Cumulative Layout Shift unitless. */
  lcp: number | null;
  si: number | null;
  tbt: number | null;
  cls: number | null;
  /** Bytes transferred to load the page (Lighthouse's total byte weight). */
  bytes: number | null;
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
    si: metric('speed-index'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    bytes: metric('total-byte-weight'),
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
    si: of('si'),
    tbt: of('tbt'),
    cls: of('cls'),
    bytes: of('bytes'),
  };
}

export interface BenchRow {
  /** The page, or a label for a page of another site (the reference). */
  path: string;
  formFactor: 'mobile' | 'desktop';
  runs: LighthouseFigures[];
}

const show = (value: number | null, format: (v: number) => string) => (value === null ? '–' : format(value));

const ratio = (value: number | null, reference: number | null | undefined) =>
  value === null || !reference ? '–' : `${(value / reference).toFixed(2)}×`;

/**
 * A Markdown table of the medians, with the spread of the performance score over the runs.
 * Given a reference (the Starlight lesson page's medians, measured in the same run), it adds
 * each page's LCP and transfer as a ratio of the reference's: on a noisy machine only a ratio
 * within one run means anything.
 */
export function formatLighthouseTable(rows: BenchRow[], reference?: LighthouseFigures): string {
  const header = [
    'page',
    'device',
    'runs',
    'perf',
    'perf range',
    'a11y',
    'best pr.',
    'SEO',
    'LCP',
    'SI',
    'TBT',
    'CLS',
    'KB',
  ];
  if (reference) header.push('LCP ÷ ref', 'KB ÷ ref');
  const body = rows.map((row) => {
    const m = medianFigures(row.runs);
    const perf = row.runs.map((run) => run.performance).filter((v): v is number => v !== null);
    const cells = [
      row.path,
      row.formFactor,
      String(row.runs.length),
      show(m.performance, String),
      perf.length ? `${Math.min(...perf)}–${Math.max(...perf)}` : '–',
      show(m.accessibility, String),
      show(m.bestPractices, String),
      show(m.seo, String),
      show(m.lcp, (v) => `${(v / 1000).toFixed(2)} s`),
      show(m.si, (v) => `${(v / 1000).toFixed(2)} s`),
      show(m.tbt, (v) => `${Math.round(v)} ms`),
      show(m.cls, (v) => v.toFixed(3)),
      show(m.bytes, (v) => (v / 1024).toFixed(1)),
    ];
    if (reference) cells.push(ratio(m.lcp, reference.lcp), ratio(m.bytes, reference.bytes));
    return cells;
  });
  return markdownTable(header, body);
}
