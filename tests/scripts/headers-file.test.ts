/**
 * The host configuration: the `_headers` reader, then public/_headers and docs/nginx.conf
 * against the routes of the public contract (docs/design.md, "The public contract: routes" and "Hosting") and the CSP of astro.config.mjs.
 * tests/e2e/headers.test.ts checks the same file against every built page, in Chromium.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { conflicts, headersFor, parseCsp, parseHeadersFile } from '../../scripts/lib/headers-file';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const rules = parseHeadersFile(read('public/_headers'));
const nginx = read('docs/nginx.conf');

/** One path of each route of the public contract, in both locales. */
const routes = [
  '/',
  '/learn/',
  '/learn/what-is-a-cookie/',
  '/simulator/',
  '/choices/advertising/',
  '/decoder/',
  '/glossary/',
  '/for-brands/',
  '/workshop/',
  '/workshop/a-first-session/',
  '/present/what-is-a-cookie/',
  '/handouts/',
  '/handouts/shopping-worksheet/',
  '/handouts/rights-letter/',
  '/rights/',
  '/privacy/',
];
const pages = [...routes, ...routes.map((path) => `/fr${path}`), '/404.html'];
const embeds = ['/embed/shop-simulator/', '/fr/embed/shop-simulator/'];
const get = (path: string, name: string) => headersFor(rules, path).get(name)?.value;

describe('parseHeadersFile', () => {
  test('reads rules, comments and splats', () => {
    const parsed = parseHeadersFile('# a comment\n/*\n  X-A: 1\n\n/docs/:page/x\n  X-B: two words\n');
    expect(parsed.map((r) => [r.pattern, r.headers, r.line])).toEqual([
      ['/*', [['X-A', '1']], 2],
      ['/docs/:page/x', [['X-B', 'two words']], 5],
    ]);
    expect([...headersFor(parsed, '/docs/a/x')]).toEqual([
      ['x-a', { value: '1', from: ['/*'] }],
      ['x-b', { value: 'two words', from: ['/docs/:page/x'] }],
    ]);
    expect(headersFor(parsed, '/docs/a/b/x').has('x-b')).toBe(false);
  });

  test('finds a header that two matching rules set, and refuses what hosts read differently', () => {
    const parsed = parseHeadersFile('/*\n  X-A: 1\n/a/*\n  x-a: 2\n');
    expect(conflicts(parsed, '/a/b')).toEqual(['x-a (set by /* and /a/*)']);
    expect(conflicts(parsed, '/b')).toEqual([]);
    expect(() => parseHeadersFile('/*\n  ! X-A\n')).toThrow(/line 2/);
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/line 1: a header before any path/);
    expect(() => parseHeadersFile('*.js\n  X-A: 1\n')).toThrow(/line 1/);
  });

  test('parseCsp', () => {
    expect([...parseCsp("default-src 'self'; img-src 'self' data:;")]).toEqual([
      ['default-src', "'self'"],
      ['img-src', "'self' data:"],
    ]);
  });
});

describe('public/_headers', () => {
  test.each([...pages, ...embeds, '/_astro/page.Ab12.js', '/favicon.svg'])(
    '%s: no header set twice, the same on Netlify and Cloudflare Pages',
    (path) => {
      expect(conflicts(rules, path)).toEqual([]);
    },
  );

  test.each([...pages, ...embeds, '/_astro/page.Ab12.js'])('%s: the headers of every response', (path) => {
    expect(get(path, 'x-content-type-options')).toBe('nosniff');
    expect(get(path, 'referrer-policy')).toBe('no-referrer');
    expect(get(path, 'cross-origin-opener-policy')).toBe('same-origin');
    const permissions = get(path, 'permissions-policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'browsing-topics', 'interest-cohort']) {
      expect(permissions).toContain(`${feature}=()`);
    }
  });

  test.each(pages)('%s: never framed, revalidated on each visit', (path) => {
    expect(parseCsp(get(path, 'content-security-policy') ?? '').get('frame-ancestors')).toBe("'none'");
    expect(get(path, 'x-frame-options')).toBe('DENY');
    expect(get(path, 'cache-control')).toBe('public, max-age=0, must-revalidate');
  });

  test.each(embeds)('%s: framed by any site, no X-Frame-Options', (path) => {
    expect(parseCsp(get(path, 'content-security-policy') ?? '').get('frame-ancestors')).toBe('*');
    expect(get(path, 'x-frame-options')).toBeUndefined();
    expect(get(path, 'cache-control')).toBe('public, max-age=0, must-revalidate');
  });

  test('hashed build output is cached for a year', () => {
    expect(get('/_astro/page.Ab12.js', 'cache-control')).toBe('public, max-age=31536000, immutable');
  });

  test("the CSP repeats astro.config.mjs's directives, except those that govern scripts and styles", () => {
    // Read as text: importing the config loads Astro and its integrations, too slow for a unit test.
    const list = /directives:\s*\[([^\]]*)\]/.exec(read('astro.config.mjs'))?.[1] ?? '';
    const directives = [...list.matchAll(/"([^"]+)"|'([^']+)'/g)].map((m) => m[1] ?? m[2]);
    const meta = parseCsp(directives.join(';'));
    expect(meta.size).toBeGreaterThan(0);
    for (const path of [...pages, ...embeds]) {
      const header = parseCsp(get(path, 'content-security-policy') ?? '');
      const expected = new Map([...meta].filter(([name]) => !/^(default|script|style)-src/.test(name)));
      expected.set('frame-ancestors', header.get('frame-ancestors') ?? 'missing');
      expect(header).toEqual(expected);
    }
  });
});

describe('docs/nginx.conf', () => {
  test('sends the same headers as public/_headers', () => {
    const pageCsp = get('/', 'content-security-policy')!.replace(
      "frame-ancestors 'none'",
      'frame-ancestors $datadeal_frame_ancestors',
    );
    expect(nginx).toContain(`add_header Content-Security-Policy "${pageCsp}" always;`);
    for (const name of [
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
    ]) {
      expect(nginx).toContain(`add_header ${name} "${get('/', name.toLowerCase())}" always;`);
    }
    expect(nginx).toMatch(/~\^\/\(fr\/\)\?embed\/ +"\*";/);
    expect(nginx).toContain(`"${get('/_astro/x.js', 'cache-control')}"`);
    expect(nginx).toContain(`"${get('/', 'cache-control')}"`);
  });

  test('serves dist/ like the other hosts', () => {
    expect(nginx).toContain('try_files $uri $uri/ =404;');
    expect(nginx).toContain('error_page 404 /404.html;');
    expect(nginx).toMatch(/^\s+gzip on;$/m);
  });
});
