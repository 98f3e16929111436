/**
 * Build step that lets every page paint from its HTML alone, with no request to wait for,
 * under a strict Content Security Policy. Once Astro has written `dist/`, for each page:
 *
 * 1. **Element scripts load after the first paint.** Astro writes the scripts of the small
 *    custom elements (the knowledge check, the opt-in switches, search...) as
 *    `<script type="module" src>` tags, which Chromium fetches at high priority and which
 *    Lighthouse counts as render-blocking. They only wire up buttons below the text, so one
 *    constant inline loader imports them once the page has painted; their URLs travel in its
 *    `data-after-paint` attribute (read by `npm run budget`, which counts them as the page's
 *    JavaScript). Scripts that shape the first paint itself are named in `beforePaint` and kept.
 * 2. **The CSP names exactly the page's inline code.** The CSS travels inside the HTML
 *    (`inlineStylesheets: 'always'`), and Astro's policy lacks the hashes of styles rendered by
 *    components inside MDX (a lesson's widgets, the home page's cards). So `style-src` becomes
 *    `'self'` plus the SHA-256 of each `<style>` of the page, and nothing else (no
 *    `'unsafe-inline'`, no hashes of other pages' styles); `script-src` gains the loader's hash.
 *
 * Keep it before the offline integration, which fingerprints the final files.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const metaPolicy = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const styleElement = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi;
const elementScript = /<script type="module" src="(\/_astro\/[^"]+\.js)"><\/script>/g;

/**
 * The loader: after the next frame has painted, import each URL of its `data-after-paint`.
 * Constant, so every page shares one hash.
 */
export const afterPaintLoader =
  "requestAnimationFrame(()=>setTimeout(()=>{for(const src of document.querySelector('script[data-after-paint]').dataset.afterPaint.split(' '))import(src)}))";

/** The CSP source for one inline script or style: the SHA-256 of the exact text between the tags. */
export function inlineHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface FirstPaintOptions {
  /**
   * Scripts that must run before the first paint because they change what it shows (the
   * slide deck hides all slides but one): matched against the start of the built file's name,
   * which Vite derives from the component (`SlideDeck.astro_astro_type_script...`).
   */
  beforePaint?: string[];
}

/** Sets one directive of a policy to the given sources, keeping the others in their order. */
function withDirective(policy: string, name: string, sources: string[]): string {
  const directives = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '');
  const value = [name, ...sources].join(' ');
  const at = directives.findIndex((directive) => directive === name || directive.startsWith(`${name} `));
  if (at === -1) directives.push(value);
  else directives[at] = value;
  return `${directives.join('; ')};`;
}

/** The sources a policy lists for a directive (empty when it has none). */
function sourcesOf(policy: string, name: string): string[] {
  const directive = policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part === name || part.startsWith(`${name} `));
  return directive ? directive.split(/\s+/).slice(1) : [];
}

/**
 * The page with its element scripts loaded after the first paint and its policy naming
 * exactly its inline styles (and the loader, when there is one). A page without a `<meta>`
 * policy comes back unchanged.
 */
export function forFirstPaint(html: string, options: FirstPaintOptions = {}): string {
  const match = metaPolicy.exec(html);
  if (!match) return html;
  const keep = options.beforePaint ?? [];
  const deferred: string[] = [];
  let page = html.replace(elementScript, (tag, src: string) => {
    const name = src.slice('/_astro/'.length);
    if (keep.some((prefix) => name.startsWith(prefix))) return tag;
    if (!deferred.includes(src)) deferred.push(src);
    return '';
  });
  if (deferred.length > 0) {
    const loader = `<script type="module" data-after-paint="${deferred.join(' ')}">${afterPaintLoader}</script>`;
    page = page.replace('</body>', `${loader}</body>`);
  }
  const styles = [...new Set([...page.matchAll(styleElement)].map((style) => inlineHash(style[1] ?? '')))];
  let policy = withDirective(match[2] ?? '', 'style-src', ["'self'", ...styles]);
  if (deferred.length > 0) {
    const scripts = sourcesOf(policy, 'script-src');
    const loaderHash = inlineHash(afterPaintLoader);
    const base = scripts.length > 0 ? scripts : ["'self'"];
    policy = withDirective(policy, 'script-src', base.includes(loaderHash) ? base : [...base, loaderHash]);
  }
  return page.replace(metaPolicy, (_, before: string, _old: string, after: string) => before + policy + after);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export default function firstPaint(options: FirstPaintOptions = {}): AstroIntegration {
  return {
    name: 'datadeal-first-paint',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        let deferring = 0;
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          const next = forFirstPaint(html, options);
          if (next.includes('data-after-paint=')) deferring += 1;
          if (next !== html) await writeFile(file, next);
        }
        logger.info(
          `${files.length} pages: CSP names exactly their inline styles; ${deferring} load their element scripts after the first paint`,
        );
      },
    },
  };
}
