/**
 * What each built page ships: its HTML, the CSS and JavaScript it loads (following the
 * static imports of every script, so an island's true cost is counted), raw and gzip,
 * and the number of requests. Also checks those figures against the budgets of
 * `budget.json`. Used by `npm run budget` and `npm run bench`; see docs/quality.md.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init as initLexer, parse as parseModule } from 'es-module-lexer';
import { parse as parseHtml } from 'parse5';
import { z } from 'zod';
import { markdownTable } from './table';

export interface Size {
  raw: number;
  gzip: number;
}

/**
 * A page's kind comes from the custom elements it holds: the first kind of the list with an
 * element on the page, else `static`. budget.json can name its own; these are docs/design.md's ("Budgets and bars").
 */
export interface PageKindRule {
  kind: string;
  elements: string[];
  description?: string;
}

export const defaultPageKinds: PageKindRule[] = [
  { kind: 'widgets', elements: ['astro-island'] },
  { kind: 'quiz', elements: ['knowledge-check'] },
];

/** The kind of a page that holds none of the elements of `kinds`. */
export const staticKind = 'static';

export function pageKind(elements: Record<string, number>, kinds: PageKindRule[] = defaultPageKinds): string {
  return kinds.find((rule) => rule.elements.some((name) => (elements[name] ?? 0) > 0))?.kind ?? staticKind;
}

export interface PageWeight {
  /** The URL path: `/learn/` for `learn/index.html`, `/404.html` for `404.html`. */
  path: string;
  /** The HTML file, relative to dist. */
  file: string;
  kind: string;
  /** How many of each custom element (a name with a hyphen, such as `astro-island`) the page holds. */
  elements: Record<string, number>;
  /** The HTML document, inline scripts and styles included. */
  html: Size;
  /** Stylesheets it links, plus the text of its inline `<style>` elements. */
  css: Size;
  /** Scripts it loads and everything they import statically, plus its inline scripts. */
  js: Size;
  /** What travels: the HTML plus every CSS, JS and island-props file (inline code is inside the HTML). */
  total: Size;
  /** The HTML, every CSS and JS file, the images, icons and other files the HTML names (missing ones too). */
  requests: number;
  cssFiles: string[];
  jsFiles: string[];
  /** The props of islands, fetched when they hydrate (src/integrations/island-props.ts). */
  propsFiles: string[];
  inlineScripts: number;
  otherFiles: string[];
  /** Files the page names that are not in dist. */
  missing: string[];
  /** Subresources on another origin (the site should have none). */
  external: string[];
  /**
   * Chunks the page loads only on use, through a dynamic `import()` with a literal path: each
   * entry file with the files it imports statically that the page has not loaded already.
   */
  lazy: LazyChunk[];
}

/** A chunk loaded on use: its entry file, every file it brings, and their size. */
export interface LazyChunk {
  /** The file the dynamic `import()` names, relative to dist. */
  entry: string;
  /** The entry and the static imports it adds to what the page loaded before, sorted. */
  files: string[];
  size: Size;
}

const zero: Size = { raw: 0, gzip: 0 };

/** Raw and gzip (level 9) size of one file or text; an empty one weighs nothing. */
export function sizeOf(content: string | Buffer): Size {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  if (buffer.length === 0) return zero;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

function add(a: Size, b: Size): Size {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

/** Every HTML file under `dist`, as paths relative to it, sorted. */
export function htmlFiles(dist: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) found.push(relative(dist, path).split(sep).join('/'));
    }
  };
  walk(dist);
  return found.sort();
}

/** `learn/index.html` → `/learn/`, `404.html` → `/404.html`. */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

// A minimal view of parse5's tree, enough to walk it.
interface HtmlNode {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  value?: string;
}

function walk(node: HtmlNode, visit: (node: HtmlNode) => void) {
  visit(node);
  for (const child of node.childNodes ?? []) walk(child, visit);
  if (node.content) walk(node.content, visit);
}

const attr = (node: HtmlNode, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const textOf = (node: HtmlNode) => (node.childNodes ?? []).map((child) => child.value ?? '').join('');
const relTokens = (node: HtmlNode) => (attr(node, 'rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);

/** Script types that run as JavaScript (anything else, such as JSON-LD, is data). */
function isJavaScript(type: string | undefined): boolean {
  const t = (type ?? '').trim().toLowerCase();
  return t === '' || t === 'module' || t === 'text/javascript' || t === 'application/javascript';
}

const site = 'http://site.invalid';

/** The file in dist a reference points to, `external` for another origin, or nothing (data:, #...). */
function resolve(reference: string, base: string): { file: string } | { external: string } | undefined {
  const trimmed = reference.trim();
  if (!trimmed || trimmed.startsWith('#') || /^(data|blob|about|javascript|mailto|tel):/i.test(trimmed)) return;
  const url = new URL(trimmed, site + base);
  if (url.origin !== site) return { external: url.href };
  const pathname = decodeURIComponent(url.pathname);
  return { file: pathname.endsWith('/') ? `${pathname.slice(1)}index.html` : pathname.slice(1) };
}

interface Found {
  css: Set<string>;
  js: Set<string>;
  other: Set<string>;
  props: Set<string>;
  external: Set<string>;
  inlineJs: { text: string; module: boolean }[];
  inlineCss: string[];
  elements: Record<string, number>;
}

/** Reads the references of one HTML document. */
function scanHtml(html: string, path: string): Found {
  const found: Found = {
    css: new Set(),
    js: new Set(),
    other: new Set(),
    props: new Set(),
    external: new Set(),
    inlineJs: [],
    inlineCss: [],
    elements: {},
  };
  const note = (reference: string | undefined, into: Set<string>) => {
    if (reference === undefined) return;
    const target = resolve(reference, path);
    if (!target) return;
    if ('external' in target) found.external.add(target.external);
    else into.add(target.file);
  };
  walk(parseHtml(html), (node) => {
    if (/^[a-z][a-z0-9._]*-/.test(node.nodeName))
      found.elements[node.nodeName] = (found.elements[node.nodeName] ?? 0) + 1;
    switch (node.nodeName) {
      case 'script': {
        if (!isJavaScript(attr(node, 'type'))) break;
        const src = attr(node, 'src');
        if (src !== undefined) note(src, found.js);
        else found.inlineJs.push({ text: textOf(node), module: attr(node, 'type') === 'module' });
        // Scripts the first-paint loader imports once the page has painted: loaded on every visit.
        for (const url of (attr(node, 'data-after-paint') ?? '').split(' ').filter(Boolean)) note(url, found.js);
        // The island element's code, which the directives import after the paint (island-scripts.ts).
        note(attr(node, 'data-island-element'), found.js);
        break;
      }
      case 'style':
        found.inlineCss.push(textOf(node));
        break;
      case 'link': {
        const rel = relTokens(node);
        const as = (attr(node, 'as') ?? '').toLowerCase();
        const href = attr(node, 'href');
        if (rel.includes('stylesheet') || (rel.includes('preload') && as === 'style')) note(href, found.css);
        else if (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script')) note(href, found.js);
        else if (rel.some((r) => ['icon', 'apple-touch-icon', 'manifest', 'preload'].includes(r))) {
          note(href, found.other);
        }
        break;
      }
      case 'img':
        note(attr(node, 'src'), found.other);
        break;
      case 'astro-island':
        for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) note(attr(node, name), found.js);
        note(attr(node, 'data-props-src'), found.props);
        break;
    }
  });
  return found;
}

/** The static imports of a module (dynamic `import()` loads on use and is not counted). */
function staticImports(source: string): string[] {
  const [imports] = parseModule(source);
  return imports.filter((i) => i.d === -1 && i.n !== undefined).map((i) => i.n as string);
}

/** The literal paths of a module's dynamic `import()`s (a computed path cannot be followed). */
function dynamicImports(source: string): string[] {
  const [imports] = parseModule(source);
  return imports.filter((i) => i.d > -1 && i.n !== undefined).map((i) => i.n as string);
}

/** Measures one HTML file of `dist` (given relative to it). */
export async function measurePage(
  dist: string,
  file: string,
  kinds: PageKindRule[] = defaultPageKinds,
): Promise<PageWeight> {
  await initLexer;
  const path = urlPathOf(file);
  const htmlBuffer = readFileSync(join(dist, file));
  const found = scanHtml(htmlBuffer.toString('utf8'), path);
  const missing = new Set<string>();
  const exists = (f: string) => existsSync(join(dist, f)) && statSync(join(dist, f)).isFile();

  // Follow the static imports of every script, from the HTML and from inline modules.
  const jsFiles = new Set<string>();
  const queue: { file: string }[] = [...found.js].map((f) => ({ file: f }));
  const follow = (source: string, base: string) => {
    for (const specifier of staticImports(source)) {
      const target = resolve(specifier, base);
      if (target && 'file' in target) queue.push(target);
      else if (target) found.external.add(target.external);
    }
  };
  for (const script of found.inlineJs) if (script.module) follow(script.text, path);
  while (queue.length) {
    const { file: next } = queue.shift()!;
    if (jsFiles.has(next) || missing.has(next)) continue;
    if (!exists(next)) {
      missing.add(next);
      continue;
    }
    jsFiles.add(next);
    follow(readFileSync(join(dist, next), 'utf8'), `/${next}`);
  }

  // Chunks loaded on use: the dynamic imports of every script the page loads, and of those chunks in turn.
  const lazy: LazyChunk[] = [];
  const lazyQueue = [...jsFiles].flatMap((f) => dynamicTargets(f));
  const seen = new Set<string>(jsFiles);
  function dynamicTargets(file: string): string[] {
    return dynamicImports(readFileSync(join(dist, file), 'utf8')).flatMap((specifier) => {
      const target = resolve(specifier, `/${file}`);
      return target && 'file' in target ? [target.file] : [];
    });
  }
  while (lazyQueue.length) {
    const entry = lazyQueue.shift()!;
    if (seen.has(entry) || !exists(entry)) continue;
    const files: string[] = [];
    const pending = [entry];
    while (pending.length) {
      const next = pending.shift()!;
      if (seen.has(next) || !exists(next)) continue;
      seen.add(next);
      files.push(next);
      for (const specifier of staticImports(readFileSync(join(dist, next), 'utf8'))) {
        const target = resolve(specifier, `/${next}`);
        if (target && 'file' in target) pending.push(target.file);
      }
    }
    for (const file of files) lazyQueue.push(...dynamicTargets(file));
    lazy.push({
      entry,
      files: files.sort(),
      size: files.reduce((sum, f) => add(sum, sizeOf(readFileSync(join(dist, f)))), zero),
    });
  }

  const filesSize = (files: Iterable<string>) =>
    [...files].filter(exists).reduce((sum, f) => add(sum, sizeOf(readFileSync(join(dist, f)))), zero);
  for (const f of [...found.css, ...found.other, ...found.props]) if (!exists(f)) missing.add(f);

  const html = sizeOf(htmlBuffer);
  const cssExternal = filesSize(found.css);
  const jsExternal = filesSize(jsFiles);
  const css = found.inlineCss.reduce((sum, text) => add(sum, sizeOf(text)), cssExternal);
  const js = found.inlineJs.reduce((sum, script) => add(sum, sizeOf(script.text)), jsExternal);
  const cssFiles = [...found.css].sort();
  const otherFiles = [...found.other].sort();
  const propsFiles = [...found.props].sort();
  return {
    path,
    file,
    kind: pageKind(found.elements, kinds),
    elements: found.elements,
    html,
    css,
    js,
    total: add(add(add(html, cssExternal), jsExternal), filesSize(propsFiles)),
    requests:
      1 + new Set([...cssFiles, ...jsFiles, ...propsFiles, ...otherFiles, ...missing]).size + found.external.size,
    cssFiles,
    jsFiles: [...jsFiles].sort(),
    propsFiles,
    inlineScripts: found.inlineJs.length,
    otherFiles,
    missing: [...missing].sort(),
    external: [...found.external].sort(),
    lazy: lazy.sort((a, b) => (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0)),
  };
}

/** Measures every HTML file of `dist`. */
export async function measureSite(dist: string, kinds: PageKindRule[] = defaultPageKinds): Promise<PageWeight[]> {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist} has no index.html: run "npm run build" first.`);
  }
  const weights: PageWeight[] = [];
  for (const file of htmlFiles(dist)) weights.push(await measurePage(dist, file, kinds));
  return weights.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// ---------------------------------------------------------------- budgets

export const metrics = [
  'htmlRaw',
  'htmlGzip',
  'cssRaw',
  'cssGzip',
  'jsRaw',
  'jsGzip',
  'totalRaw',
  'totalGzip',
  'requests',
  'lazyChunkGzip',
] as const;
export type Metric = (typeof metrics)[number];

const ruleSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    /** Applies to pages of these kinds (all kinds when absent). */
    kinds: z.array(z.string().min(1)).optional(),
    /** Applies to these URL paths (`*` within a segment, `**` across segments; all pages when absent). */
    pages: z.array(z.string().startsWith('/')).optional(),
    max: z.partialRecord(z.enum(metrics), z.number().int().nonnegative()),
  })
  .strict();

const kindSchema = z
  .object({
    kind: z.string().min(1),
    elements: z.array(z.string().includes('-')).min(1),
    description: z.string().optional(),
  })
  .strict();

const budgetSchema = z
  .object({
    $comment: z.string().optional(),
    description: z.string().optional(),
    pageKinds: z.array(kindSchema).default(defaultPageKinds),
    rules: z.array(ruleSchema).min(1),
  })
  .strict()
  .superRefine((budget, context) => {
    const known = new Set([staticKind, ...budget.pageKinds.map((k) => k.kind)]);
    budget.rules.forEach((rule, i) =>
      rule.kinds?.forEach((kind, j) => {
        if (!known.has(kind)) {
          context.addIssue({ code: 'custom', path: ['rules', i, 'kinds', j], message: `unknown page kind "${kind}"` });
        }
      }),
    );
  });

export type BudgetRule = z.infer<typeof ruleSchema>;
export type Budget = z.infer<typeof budgetSchema>;

/** Validates the content of budget.json, with a message naming the wrong field. */
export function parseBudget(data: unknown): Budget {
  const result = budgetSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`budget.json is not valid:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}

export function metricValue(weight: PageWeight, metric: Metric): number {
  switch (metric) {
    case 'htmlRaw':
      return weight.html.raw;
    case 'htmlGzip':
      return weight.html.gzip;
    case 'cssRaw':
      return weight.css.raw;
    case 'cssGzip':
      return weight.css.gzip;
    case 'jsRaw':
      return weight.js.raw;
    case 'jsGzip':
      return weight.js.gzip;
    case 'totalRaw':
      return weight.total.raw;
    case 'totalGzip':
      return weight.total.gzip;
    case 'requests':
      return weight.requests;
    case 'lazyChunkGzip':
      return Math.max(0, ...weight.lazy.map((chunk) => chunk.size.gzip));
  }
}

function globToRegExp(glob: string): RegExp {
  const source = glob
    .split(/(\*\*|\*)/)
    .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

export function ruleApplies(rule: BudgetRule, weight: PageWeight): boolean {
  if (rule.kinds && !rule.kinds.includes(weight.kind)) return false;
  if (rule.pages && !rule.pages.some((glob) => globToRegExp(glob).test(weight.path))) return false;
  return true;
}

export interface Violation {
  path: string;
  rule: string;
  metric: Metric | 'missing';
  limit: number;
  actual: number;
  message: string;
}

export interface BudgetReport {
  violations: Violation[];
  /** Things worth saying that break no limit, such as a rule that no page matched. */
  notes: string[];
}

const metricLabel: Record<Metric, string> = {
  htmlRaw: 'HTML raw',
  htmlGzip: 'HTML gzip',
  cssRaw: 'CSS raw',
  cssGzip: 'CSS gzip',
  jsRaw: 'JS raw',
  jsGzip: 'JS gzip',
  totalRaw: 'total raw',
  totalGzip: 'total gzip',
  requests: 'requests',
  lazyChunkGzip: 'largest chunk loaded on use, gzip',
};

/** Every limit each page breaks, and every file a page names that dist lacks. */
export function checkBudget(weights: PageWeight[], budget: Budget): BudgetReport {
  const violations: Violation[] = [];
  const notes: string[] = [];
  for (const weight of weights) {
    for (const file of weight.missing) {
      violations.push({
        path: weight.path,
        rule: 'references',
        metric: 'missing',
        limit: 0,
        actual: 1,
        message: `${weight.path}: names /${file}, which is not in dist`,
      });
    }
  }
  for (const rule of budget.rules) {
    const matched = weights.filter((weight) => ruleApplies(rule, weight));
    if (matched.length === 0) notes.push(`rule "${rule.name}" matched no page (yet)`);
    for (const weight of matched) {
      for (const metric of metrics) {
        const limit = rule.max[metric];
        if (limit === undefined) continue;
        const actual = metricValue(weight, metric);
        if (actual <= limit) continue;
        const unit = metric === 'requests' ? '' : ' B';
        const scripts = [...weight.jsFiles.map((f) => `/${f}`), ...(weight.inlineScripts ? ['inline'] : [])];
        const chunks = weight.lazy.map((chunk) => `/${chunk.entry} ${chunk.size.gzip} B`);
        const detail = metric.startsWith('js')
          ? `; scripts: ${scripts.join(', ')}`
          : metric === 'lazyChunkGzip'
            ? `; chunks: ${chunks.join(', ')}`
            : '';
        violations.push({
          path: weight.path,
          rule: rule.name,
          metric,
          limit,
          actual,
          message: `${weight.path}: ${metricLabel[metric]} ${actual}${unit} > ${limit}${unit} (rule "${rule.name}"${detail})`,
        });
      }
    }
  }
  return { violations, notes };
}

// ---------------------------------------------------------------- table

/** Bytes as kibibytes with one decimal (`0` stays `0`). */
export function kb(bytes: number): string {
  return bytes === 0 ? '0' : (bytes / 1024).toFixed(1);
}

/** A Markdown table (aligned, so it reads in a terminal too) of every page's weight, sizes in KB. */
export function formatTable(weights: PageWeight[]): string {
  const header = ['page', 'kind', 'HTML', 'HTML gz', 'CSS', 'CSS gz', 'JS', 'JS gz', 'total gz', 'requests'];
  const rows = weights.map((w) => [
    w.path,
    w.kind,
    kb(w.html.raw),
    kb(w.html.gzip),
    kb(w.css.raw),
    kb(w.css.gzip),
    kb(w.js.raw),
    kb(w.js.gzip),
    kb(w.total.gzip),
    String(w.requests),
  ]);
  return markdownTable(header, rows);
}

/**
 * A Markdown table of the chunks pages load on use (a dynamic `import()`), one row per chunk
 * and page, sizes in KB. A chunk that several pages share shows once per page.
 */
export function formatLazyTable(weights: PageWeight[]): string {
  const rows = weights.flatMap((w) =>
    w.lazy.map((chunk) => [
      w.path,
      `/${chunk.entry}`,
      String(chunk.files.length),
      kb(chunk.size.raw),
      kb(chunk.size.gzip),
    ]),
  );
  if (rows.length === 0) return 'No page loads a chunk on use.';
  return markdownTable(['page', 'chunk loaded on use', 'files', 'raw', 'gz'], rows);
}
