/**
 * Build step that makes each page's Content Security Policy name exactly the inline styles the
 * page carries. The CSS travels inside the HTML (`inlineStylesheets: 'always'`), so a page paints
 * from its HTML alone, with no stylesheet request to wait for. Astro's CSP lists hashes of the
 * styles it knows about, but not of those rendered by components inside MDX content (a lesson's
 * widgets, the home page's cards); without their hashes the browser would drop those styles.
 *
 * So, once Astro has written `dist/`, this rewrites the `style-src` of each page's `<meta>`
 * policy to `'self'` plus the SHA-256 of every `<style>` element in that page, and nothing else:
 * no `'unsafe-inline'`, and no hashes of other pages' styles (which only made every page longer).
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

/** The CSP source for one inline style, as browsers hash it: the exact text between the tags. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/**
 * The page with its policy's `style-src` set to `'self'` and the hashes of its own inline
 * styles. A page without a `<meta>` policy comes back unchanged; one whose policy has no
 * `style-src` gets one.
 */
export function withOwnStyleHashes(html: string): string {
  const match = metaPolicy.exec(html);
  if (!match) return html;
  const hashes = [...new Set([...html.matchAll(styleElement)].map((style) => styleHash(style[1] ?? '')))];
  const styleSrc = ["style-src 'self'", ...hashes].join(' ');
  const directives = (match[2] ?? '')
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !/^style-src(\s|$)/.test(directive));
  const policy = [...directives, styleSrc].join('; ') + ';';
  return html.replace(metaPolicy, (_, before: string, _old: string, after: string) => before + policy + after);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export default function styleHashes(): AstroIntegration {
  return {
    name: 'datadeal-style-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        let rewritten = 0;
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          const next = withOwnStyleHashes(html);
          if (next !== html) {
            await writeFile(file, next);
            rewritten += 1;
          }
        }
        logger.info(`${rewritten} of ${files.length} pages: style-src names exactly their inline styles`);
      },
    },
  };
}
