/**
 * The page-weight module behind `npm run budget` and `npm run bench`, on a small built site
 * in tests/fixtures/built-site/ (not `dist/`: .gitignore ignores every folder of that name).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  checkBudget,
  formatLazyTable,
  formatTable,
  measureSite,
  metricValue,
  pageKind,
  parseBudget,
  sizeOf,
  type Budget,
  type PageWeight,
  urlPathOf,
} from '../../scripts/lib/page-weight';

const fixture = fileURLToPath(new URL('../fixtures/built-site/', import.meta.url));
const read = (file: string) => readFileSync(`${fixture}${file}`);
const gz = (content: Buffer | string) => gzipSync(content, { level: 9 }).length;
/** Raw and gzip sizes of fixture files, each compressed on its own. */
const filesSize = (...files: string[]) => ({
  raw: files.reduce((sum, f) => sum + read(f).length, 0),
  gzip: files.reduce((sum, f) => sum + gz(read(f)), 0),
});

let pages: Map<string, PageWeight>;
beforeAll(async () => {
  pages = new Map((await measureSite(fixture)).map((weight) => [weight.path, weight]));
});
const page = (path: string) => {
  const weight = pages.get(path);
  if (!weight) throw new Error(`no page ${path}`);
  return weight;
};

describe('measureSite', () => {
  test('finds every HTML file, named by its URL path, in order', () => {
    expect([...pages.keys()]).toEqual(['/', '/404.html', '/fr/broken/', '/learn/jar/', '/learn/quiz/', '/simulator/']);
  });

  test('a static page: its HTML, its stylesheet and inline style, no JavaScript (JSON-LD is data)', () => {
    const home = page('/');
    expect(home.kind).toBe('static');
    expect(home.html).toEqual(filesSize('index.html'));
    expect(home.cssFiles).toEqual(['_astro/site.css']);
    const inlineStyle = /<style>([\s\S]*?)<\/style>/.exec(read('index.html').toString())![1];
    expect(home.css.raw).toBe(read('_astro/site.css').length + Buffer.byteLength(inlineStyle));
    expect(home.js).toEqual({ raw: 0, gzip: 0 });
    expect(home.jsFiles).toEqual([]);
    // Icon and image are requests; a data: URL and a link to another page are not.
    expect(home.otherFiles).toEqual(['favicon.svg', 'img/logo.svg']);
    expect(home.requests).toBe(4);
    expect(home.total).toEqual(filesSize('index.html', '_astro/site.css'));
  });

  test('a knowledge check: the script its after-paint loader names and what it imports, relative links resolved', () => {
    const quiz = page('/learn/quiz/');
    expect(quiz.kind).toBe('quiz');
    expect(quiz.elements).toEqual({ 'knowledge-check': 1 });
    expect(quiz.cssFiles).toEqual(['_astro/lesson.css', '_astro/site.css']);
    expect(quiz.jsFiles).toEqual(['_astro/quiz.js', '_astro/store.js']);
    const files = filesSize('_astro/quiz.js', '_astro/store.js');
    // The loader's own text counts as an inline script.
    const loader = /<script type="module" data-after-paint[^>]*>([\s\S]*?)<\/script>/.exec(
      read('learn/quiz/index.html').toString(),
    )![1];
    expect(quiz.js).toEqual({ raw: files.raw + Buffer.byteLength(loader), gzip: files.gzip + gz(loader) });
    expect(quiz.requests).toBe(6);
  });

  test('islands: component and renderer chunks with their static imports, nested islands, inline scripts', () => {
    const simulator = page('/simulator/');
    expect(simulator.kind).toBe('widgets');
    expect(simulator.elements).toEqual({ 'astro-island': 3, 'knowledge-check': 1 });
    // lazy.js is only imported dynamically; shared.js and client.js import each other.
    expect(simulator.jsFiles).toEqual([
      '_astro/Nested.js',
      '_astro/Shop.js',
      '_astro/client.js',
      '_astro/shared.js',
      '_astro/store.js',
    ]);
    expect(simulator.inlineScripts).toBe(2);
    const html = read('simulator/index.html').toString();
    const inline = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    const files = filesSize(
      '_astro/Nested.js',
      '_astro/Shop.js',
      '_astro/client.js',
      '_astro/shared.js',
      '_astro/store.js',
    );
    expect(simulator.js).toEqual({
      raw: files.raw + inline.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
      gzip: files.gzip + inline.reduce((sum, text) => sum + gz(text), 0),
    });
    // An island's props set aside in a file (src/integrations/island-props.ts) are one request more.
    expect(simulator.propsFiles).toEqual(['_astro/props/0123456789abcdef.json']);
    // Inline code travels inside the HTML: the total counts files only.
    expect(simulator.total).toEqual(
      filesSize('simulator/index.html', '_astro/site.css', ...simulator.jsFiles, ...simulator.propsFiles),
    );
    expect(simulator.requests).toBe(1 + 1 + 5 + 1 + 1);
  });

  test('the island element’s code a directive imports (src/integrations/island-scripts.ts) is the page’s JavaScript', () => {
    const jar = page('/learn/jar/');
    expect(jar.kind).toBe('widgets');
    expect(jar.jsFiles).toEqual([
      '_astro/Shop.js',
      '_astro/client.js',
      '_astro/islands/element.js',
      '_astro/shared.js',
      '_astro/store.js',
    ]);
    expect(jar.inlineScripts).toBe(1);
  });

  test("chunks loaded on use: a dynamic import is listed apart, with its size, and not counted as the page's JS", () => {
    const simulator = page('/simulator/');
    expect(simulator.lazy).toEqual([
      { entry: '_astro/lazy.js', files: ['_astro/lazy.js'], size: filesSize('_astro/lazy.js') },
    ]);
    expect(simulator.jsFiles).not.toContain('_astro/lazy.js');
    expect(metricValue(simulator, 'lazyChunkGzip')).toBe(filesSize('_astro/lazy.js').gzip);
    expect(metricValue(page('/learn/quiz/'), 'lazyChunkGzip')).toBe(0);
    const table = formatLazyTable([simulator]);
    expect(table.split('\n')[2]).toMatch(/^\| \/simulator\/ \| \/_astro\/lazy\.js +\| +1 \| 0\.1 \| 0\.1 \|$/);
    expect(formatLazyTable([page('/learn/quiz/')])).toBe('No page loads a chunk on use.');
  });

  test('missing files and other origins are reported, and still count as requests', () => {
    const broken = page('/fr/broken/');
    expect(broken.missing).toEqual(['_astro/gone.css', '_astro/missing.js']);
    expect(broken.external).toEqual(['https://cdn.example/tracker.js']);
    expect(broken.requests).toBe(4);
  });

  test('a folder without index.html is refused with a message', async () => {
    await expect(measureSite(`${fixture}_astro`)).rejects.toThrow(/npm run build/);
  });
});

describe('helpers', () => {
  test('urlPathOf', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('learn/index.html')).toBe('/learn/');
    expect(urlPathOf('404.html')).toBe('/404.html');
  });

  test('sizeOf: nothing weighs nothing, gzip is level 9', () => {
    expect(sizeOf('')).toEqual({ raw: 0, gzip: 0 });
    expect(sizeOf('aaaa')).toEqual({ raw: 4, gzip: gz('aaaa') });
  });

  test('pageKind takes the first kind with an element on the page', () => {
    expect(pageKind({})).toBe('static');
    expect(pageKind({ 'knowledge-check': 2 })).toBe('quiz');
    expect(pageKind({ 'knowledge-check': 1, 'astro-island': 1 })).toBe('widgets');
    expect(pageKind({ 'progress-switch': 1 }, [{ kind: 'small', elements: ['progress-switch'] }])).toBe('small');
  });

  test('formatTable: one aligned row per page, sizes in KB', () => {
    const table = formatTable([...pages.values()]).split('\n');
    expect(table).toHaveLength(2 + pages.size);
    expect(table[0]).toMatch(/^\| page +\| kind +\| HTML \| HTML gz \|/);
    expect(new Set(table.map((line) => line.length)).size).toBe(1);
    expect(table.find((line) => line.startsWith('| /simulator/'))).toMatch(/\| widgets \|/);
  });
});

describe('budgets', () => {
  const budget: Budget = parseBudget({
    rules: [
      { name: 'no JS', kinds: ['static'], max: { jsRaw: 0 } },
      { name: 'small quiz', kinds: ['quiz'], max: { jsGzip: 10 } },
      { name: 'simulator', pages: ['/simulator/', '/fr/simulator/'], max: { jsGzip: 100_000, requests: 7 } },
      { name: 'French', pages: ['/fr/**'], max: { htmlRaw: 1 } },
      { name: 'embeds', pages: ['/embed/*/'], max: { jsGzip: 1 } },
    ],
  });

  test('names each page and limit broken, and each missing file', () => {
    const { violations, notes } = checkBudget([...pages.values()], budget);
    expect(violations.map((v) => `${v.path} ${v.rule} ${v.metric}`).sort()).toEqual([
      '/fr/broken/ French htmlRaw',
      '/fr/broken/ references missing',
      '/fr/broken/ references missing',
      '/learn/quiz/ small quiz jsGzip',
      '/simulator/ simulator requests',
    ]);
    const quiz = violations.find((v) => v.path === '/learn/quiz/')!;
    expect(quiz.actual).toBe(page('/learn/quiz/').js.gzip);
    expect(quiz.message).toMatch(
      /^\/learn\/quiz\/: JS gzip \d+ B > 10 B \(rule "small quiz"; scripts: \/_astro\/quiz.js/,
    );
    expect(notes).toEqual(['rule "embeds" matched no page (yet)']);
  });

  test('a page within every limit breaks nothing', () => {
    const { violations } = checkBudget([page('/')], budget);
    expect(violations).toEqual([]);
  });

  test('a wrong budget file is refused with the field named', () => {
    expect(() => parseBudget({ rules: [{ name: 'x', max: { jsGzipp: 1 } }] })).toThrow(/rules\.0\.max/);
    expect(() => parseBudget({ rules: [{ name: 'x', kinds: ['island'], max: {} }] })).toThrow(
      /rules\.0\.kinds\.0: unknown page kind "island"/,
    );
    expect(() => parseBudget({ rules: [] })).toThrow(/rules/);
  });

  test("the project's budget.json is valid and holds the limits of docs/design.md", () => {
    const project = parseBudget(JSON.parse(readFileSync(new URL('../../budget.json', import.meta.url), 'utf8')));
    const limit = (kind: string | undefined, metric: 'jsRaw' | 'jsGzip') =>
      project.rules.find((rule) => (kind ? rule.kinds?.includes(kind) : !rule.kinds && !rule.pages))?.max[metric];
    expect(limit('static', 'jsRaw')).toBe(0);
    expect(limit('small-elements', 'jsGzip')).toBe(3328);
    expect(limit(undefined, 'jsGzip')).toBe(40960);
    expect(project.rules.find((rule) => rule.pages?.includes('/simulator/'))?.max.jsGzip).toBe(30720);
    expect(project.rules.find((rule) => rule.max.lazyChunkGzip !== undefined)?.max.lazyChunkGzip).toBe(102400);
  });
});
