/** The build step that lets pages paint from their HTML: element scripts after the paint, exact CSP hashes. */
import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { presentingFlag } from '../../src/features/slides/presenting-flag';
import { afterPaintLoader, beforePaintScripts, forFirstPaint, inlineHash } from '../../src/integrations/first-paint';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, head: string, body = '') =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">${head}</head><body>${body}</body></html>`;
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)?.[1];
const script = (name: string) => `<script type="module" src="/_astro/${name}.js"></script>`;

describe('first-paint', () => {
  test('inlineHash is the CSP source of the exact text between the tags', () => {
    expect(inlineHash('a{color:red}')).toBe(sha('a{color:red}'));
    expect(inlineHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  test('style-src names the styles of the page, and drops hashes of styles it does not carry', () => {
    const html = page(
      "default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-abc'; style-src 'self' 'sha256-other';",
      '<style>p{margin:0}</style><style data-x="1">.a{color:red}</style>',
    );
    expect(policyOf(forFirstPaint(html))).toBe(
      `default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self' ${sha('p{margin:0}')} ${sha('.a{color:red}')};`,
    );
  });

  test('a style repeated in the page is named once, and never with unsafe-inline', () => {
    const result = policyOf(forFirstPaint(page("style-src 'self';", '<style>b{}</style><style>b{}</style>')));
    expect(result).toBe(`style-src 'self' ${sha('b{}')};`);
    expect(result).not.toContain('unsafe-inline');
  });

  test('a policy without style-src gets one; a page without a policy is left as it is', () => {
    expect(policyOf(forFirstPaint(page("default-src 'self'", '<style>i{}</style>')))).toBe(
      `default-src 'self'; style-src 'self' ${sha('i{}')};`,
    );
    const plain = `<html><head><style>i{}</style>${script('A.x')}</head><body></body></html>`;
    expect(forFirstPaint(plain)).toBe(plain);
  });

  test('element scripts leave their tags for one loader at the end of the body, each URL once', () => {
    const html = forFirstPaint(
      page(
        "script-src 'self' 'sha256-astro'; style-src 'self';",
        script('Quiz.a1'),
        `<p>Text</p>${script('Switch.b2')}${script('Quiz.a1')}`,
      ),
    );
    expect(html).not.toContain('src="/_astro/');
    expect(html).toMatch(
      /<p>Text<\/p><script type="module" data-after-paint="\/_astro\/Quiz\.a1\.js \/_astro\/Switch\.b2\.js">[^<]+<\/script><\/body>/,
    );
    expect(html).toContain(`>${afterPaintLoader}</script>`);
    // Astro's hash of a script this page does not carry is dropped.
    expect(policyOf(html)).toBe(`script-src 'self' ${sha(afterPaintLoader)}; style-src 'self';`);
  });

  test('a constant script that runs before the paint is named by its hash, once; an unknown one is not', () => {
    const flag = `<script>${presentingFlag}</script>`;
    const html = forFirstPaint(page("script-src 'self';", `${flag}<script>other()</script>`, script('Quiz.a1')));
    expect(beforePaintScripts).toContain(presentingFlag);
    expect(policyOf(html)).toBe(`script-src 'self' ${sha(presentingFlag)} ${sha(afterPaintLoader)}; style-src 'self';`);
    expect(policyOf(forFirstPaint(html))).toBe(policyOf(html));
  });

  test('script-src keeps the listed hashes of the inline scripts the page carries, and no other', () => {
    const island = '<script>islandRuntime()</script>';
    const policy = `script-src 'self' ${sha('islandRuntime()')} ${sha('otherPagesScript()')};`;
    const html = forFirstPaint(page(policy, '', `${island}<script>unknown()</script>`));
    expect(html).not.toContain('data-after-paint');
    // The unknown inline script stays unlisted, so the browser refuses it.
    expect(policyOf(html)).toBe(`script-src 'self' ${sha('islandRuntime()')}; style-src 'self';`);
    // A JSON data block is not code: it needs no hash and gets none.
    const data = forFirstPaint(page("script-src 'self';", '', '<script type="application/json">{}</script>'));
    expect(policyOf(data)).toBe("script-src 'self'; style-src 'self';");
  });

  test('the loader imports each listed URL once the largest paint is reported, and not before', async () => {
    const imported: string[] = [];
    let reportPaint = () => {};
    const scope = {
      setTimeout: () => {},
      PerformanceObserver: Object.assign(
        class {
          constructor(callback: () => void) {
            reportPaint = callback;
          }
          observe() {}
        },
        { supportedEntryTypes: ['largest-contentful-paint'] },
      ),
      document: {
        querySelector: () => ({ dataset: { afterPaint: '/_astro/a.js /_astro/b.js' } }),
      },
      importer: (src: string) => imported.push(src),
    };
    // `import()` cannot be stubbed in a script, so the test's copy calls `importer` in its place.
    runInNewContext(afterPaintLoader.replace(/\bimport\(/g, 'importer('), scope);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(imported).toEqual([]);
    reportPaint();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(imported).toEqual(['/_astro/a.js', '/_astro/b.js']);
  });
});
