/**
 * Build step that lets every page paint from its HTML alone, with no request to wait for,
 * under a strict Content Security Policy. Once Astro has written `dist/`, for each page:
 *
 * 1. **Scripts load after the first paint.** Astro writes the scripts of the small custom
 *    elements (the knowledge check, the opt-in switches, search...) as `<script type="module"
 *    src>` tags, which Chromium fetches at high priority and which Lighthouse counts as
 *    render-blocking. They only wire up buttons below the text, so one constant inline loader
 *    imports them once the page has painted; their URLs travel in its `data-after-paint`
 *    attribute (read by `npm run budget`, which counts them as the page's JavaScript). Islands
 *    wait for the same moment (`client:painted`, painted-directive.ts). That moment is the
 *    paint gate, a constant script at the top of the head of every page with scripts. What must
 *    shape the first paint itself is a constant inline script of `beforePaintScripts` (the
 *    presenter's layout flag) or markup rendered on the server.
 * 2. **The CSP names exactly the page's inline code.** The CSS travels inside the HTML
 *    (`inlineStylesheets: 'always'`), and Astro's policy lacks the hashes of styles rendered by
 *    components inside MDX (a lesson's widgets, the home page's cards). So `style-src` becomes
 *    `'self'` plus the SHA-256 of each `<style>` of the page, and nothing else (no
 *    `'unsafe-inline'`, no hashes of other pages' styles). `script-src` keeps, of the hashes
 *    Astro lists for the whole site and of ours (the gate, the loader, `beforePaintScripts`),
 *    those of the inline scripts this page carries, and no other.
 *
 * Keep it before the offline integration, which fingerprints the final files.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { presentingFlag } from '../features/slides/presenting-flag.ts';

const metaPolicy = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const metaPolicyTag = /<meta http-equiv="content-security-policy" content="[^"]*"\s*\/?>/i;
const styleElement = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi;
const elementScript = /<script type="module" src="(\/_astro\/[^"]+\.js)"><\/script>/g;
/** A script element with its code inline (no `src`); group 1 is the code. */
const inlineScript = /<script(?![^>]*\ssrc=)(?:\s[^>]*)?>([\s\S]*?)<\/script>/gi;

/**
 * The paint gate: `self.dataDealPainted` resolves in the task after the first largest-contentful
 * paint is on screen. A script requested earlier competes with that paint, and Lighthouse counts
 * it before the LCP; even two animation frames after the parse proved too early on some runs.
 * Where the browser does not report LCP, two frames; and after 3 s in any case, as a tab opened
 * in the background reports no paint at all. Constant, so every page shares one hash.
 */
export const paintGate =
  "self.dataDealPainted=new Promise(r=>{const go=()=>setTimeout(r);setTimeout(r,3e3);PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')?new PerformanceObserver((_,o)=>{o.disconnect();go()}).observe({type:'largest-contentful-paint',buffered:true}):requestAnimationFrame(()=>requestAnimationFrame(go))})";

/** The loader: once the gate opens, import each URL of its `data-after-paint`. */
export const afterPaintLoader =
  "dataDealPainted.then(()=>{for(const src of document.querySelector('script[data-after-paint]').dataset.afterPaint.split(' '))import(src)})";

/** Constant inline scripts that run before the first paint; a page carrying one gets its hash. */
export const beforePaintScripts = [presentingFlag];

/** The CSP source for one inline script or style: the SHA-256 of the exact text between the tags. */
export function inlineHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
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
export function forFirstPaint(html: string): string {
  const match = metaPolicy.exec(html);
  if (!match) return html;
  const deferred: string[] = [];
  let page = html.replace(elementScript, (_, src: string) => {
    if (!deferred.includes(src)) deferred.push(src);
    return '';
  });
  if (deferred.length > 0) {
    const loader = `<script type="module" data-after-paint="${deferred.join(' ')}">${afterPaintLoader}</script>`;
    page = page.replace('</body>', `${loader}</body>`);
  }
  // Right after the policy, which only governs what follows it.
  const gated = deferred.length > 0 || page.includes('<astro-island');
  const gate = `<script>${paintGate}</script>`;
  if (gated && !page.includes(gate)) page = page.replace(metaPolicyTag, (tag) => tag + gate);
  const styles = [...new Set([...page.matchAll(styleElement)].map((style) => inlineHash(style[1] ?? '')))];
  let policy = withDirective(match[2] ?? '', 'style-src', ["'self'", ...styles]);
  const ownScripts = [
    ...beforePaintScripts.filter((text) => page.includes(`<script>${text}</script>`)),
    ...(gated ? [paintGate] : []),
    ...(deferred.length > 0 ? [afterPaintLoader] : []),
  ];
  // Of the hashes Astro lists (every inline script and directive of the whole site) and ours,
  // only those of scripts this page carries: some 500 bytes less per page, and a narrower policy.
  const present = new Set([...page.matchAll(inlineScript)].map((script) => inlineHash(script[1] ?? '')));
  const astroSources = sourcesOf(policy, 'script-src');
  if (astroSources.length > 0 || ownScripts.length > 0) {
    const listed = [...(astroSources.length > 0 ? astroSources : ["'self'"]), ...ownScripts.map(inlineHash)];
    const kept = listed.filter((source) => !source.startsWith("'sha256-") || present.has(source));
    policy = withDirective(policy, 'script-src', [...new Set(kept)]);
  }
  return page.replace(metaPolicy, (_, before: string, _old: string, after: string) => before + policy + after);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export default function firstPaint(): AstroIntegration {
  return {
    name: 'datadeal-first-paint',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'painted',
          entrypoint: fileURLToPath(new URL('./painted-directive.ts', import.meta.url)),
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        let deferring = 0;
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          const next = forFirstPaint(html);
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
