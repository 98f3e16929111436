/**
 * Build step that lets every page paint from its HTML alone, with no request to wait for,
 * under a strict Content Security Policy. Once Astro has written `dist/`, for each page:
 *
 * 1. **Scripts load after the first paint.** Astro writes the scripts of the small custom
 *    elements (the knowledge check, the opt-in switches, search...) as `<script type="module"
 *    src>` tags, which Chromium fetches at high priority and which Lighthouse counts as
 *    render-blocking. They only wire up buttons below the text, so one constant inline loader
 *    (after-paint-loader.ts, compiled here) imports them once the largest paint is on screen
 *    (wait-for-paint.ts); their URLs travel in its `data-after-paint` attribute (read by
 *    `npm run budget`, which counts them as the page's JavaScript). Islands wait for the same
 *    moment (`client:painted`, `client:seen`, registered here). What must shape the
 *    first paint itself is a constant inline script of `beforePaintScripts` (the presenter's
 *    layout flag, an embed's brand and answer) or markup rendered on the server.
 * 2. **The CSP names exactly the page's inline code.** The CSS travels inside the HTML
 *    (`inlineStylesheets: 'always'`), and Astro's policy lacks the hashes of styles rendered by
 *    components inside MDX (a lesson's widgets, the home page's cards). So `style-src` becomes
 *    `'self'` plus the SHA-256 of each `<style>` of the page, and nothing else (no
 *    `'unsafe-inline'`, no hashes of other pages' styles). `script-src` keeps, of the hashes
 *    Astro lists for the whole site and of ours (the loader, `beforePaintScripts`),
 *    those of the inline scripts this page carries, and no other.
 * 3. **Islands' bulky props, and the island element's code where islands wait to be seen,
 *    travel in files of their own** (island-props.ts, island-scripts.ts), so that a page with a
 *    widget fits the first round trip more often, and pages share them. The directive scripts
 *    keep their text (and so their hash); the element's goes before the policy is computed.
 *
 * Keep it before the offline integration, which fingerprints the final files.
 */
import type { AstroIntegration } from 'astro';
import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { presentingFlag } from '../features/slides/presenting-flag.ts';
import { embedLinkScript } from '../features/embed/link-first-paint.ts';
import { setPropsAside } from './island-props.ts';
import { setIslandScriptsAside } from './island-scripts.ts';

const metaPolicy = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const styleElement = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi;
const elementScript = /<script type="module" src="(\/_astro\/[^"]+\.js)"><\/script>/g;
/** A script element with its code inline (no `src`); group 1 is the code. */
const inlineScript = /<script(?![^>]*\ssrc=)(?:\s[^>]*)?>([\s\S]*?)<\/script>/gi;

/**
 * The loader, compiled once from after-paint-loader.ts (with wait-for-paint.ts inlined) into
 * one minified module script. Constant, so every page shares one hash.
 */
export const afterPaintLoader = buildSync({
  entryPoints: [fileURLToPath(new URL('./after-paint-loader.ts', import.meta.url))],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
}).outputFiles[0].text.trim();

/** Constant inline scripts that run before the first paint; a page carrying one gets its hash. */
export const beforePaintScripts = [presentingFlag, embedLinkScript];

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
 * exactly its inline styles and scripts. A page without a `<meta>`
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
  const styles = [...new Set([...page.matchAll(styleElement)].map((style) => inlineHash(style[1] ?? '')))];
  let policy = withDirective(match[2] ?? '', 'style-src', ["'self'", ...styles]);
  const ownScripts = [
    ...beforePaintScripts.filter((text) => page.includes(`<script>${text}</script>`)),
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
        const entry = (file: string) => fileURLToPath(new URL(file, import.meta.url));
        addClientDirective({ name: 'painted', entrypoint: entry('./painted-directive.ts') });
        addClientDirective({ name: 'seen', entrypoint: entry('./seen-directive.ts') });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await htmlFiles(root);
        const asideFiles = new Map<string, string>();
        let deferring = 0;
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          const scripts = setIslandScriptsAside(html);
          const props = setPropsAside(forFirstPaint(scripts.html));
          for (const [path, text] of [...scripts.files, ...props.files]) asideFiles.set(path, text);
          if (props.html.includes('data-after-paint=')) deferring += 1;
          if (props.html !== html) await writeFile(file, props.html);
        }
        for (const [path, text] of asideFiles) {
          await mkdir(dirname(join(root, path)), { recursive: true });
          await writeFile(join(root, path), text);
        }
        logger.info(
          `${files.length} pages: CSP names exactly their inline styles; ${deferring} load their element scripts after the first paint; island element code and bulky props in ${asideFiles.size} shared files`,
        );
      },
    },
  };
}
