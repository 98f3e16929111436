/**
 * Build step that takes the code of Astro's `<astro-island>` element out of pages whose islands
 * all wait to be seen. Astro writes that code inline (4.4 KB, 2 KB gzip) before a page's first
 * island, after the script of the island's client directive, so every page with a widget carried
 * it again, inside the HTML that must arrive before the first paint: on the first lesson it was
 * the bytes past the first round trip.
 *
 * On a page whose islands are all `client:seen` (below the text's start, hydrated once scrolled
 * to), it becomes a file, `/_astro/islands/<hash>.js`, named by its content (shared by all pages
 * and cached like any hashed asset), and each directive's script names it in
 * `data-island-element`: the directive imports it after the paint (island-element.ts), long
 * before the visitor reaches the island. A page with a `client:painted` island (the simulator at
 * the top of its page) keeps the code inline: that island hydrates right after the paint, and
 * a visitor may press it at once. The directives' code is unchanged, so their CSP hashes hold;
 * pages without JavaScript read the same.
 */
import { asidePath, type PageWithFilesAside } from './aside-files.ts';

/** The folder of the file, under `dist/`. */
const islandScriptsDir = '_astro/islands';

/** An inline script with no attribute, as Astro writes its island code; group 1 is the code. */
const bareScript = /<script>([\s\S]*?)<\/script>/g;

const isElementCode = (code: string) => code.includes('customElements.define("astro-island"');

/** The directive a script registers, from its announcement: `dispatchEvent(new Event("astro:seen"))`. */
const directiveOf = (code: string) => /dispatchEvent\(new Event\("astro:([\w-]+)"\)\)/.exec(code)?.[1];

/** The page with the element's code in a file its `client:seen` directive imports, and that file. */
export function setIslandScriptsAside(html: string): PageWithFilesAside {
  const scripts = [...html.matchAll(bareScript)].map((script) => ({ at: script.index, code: script[1] ?? '' }));
  const element = scripts.find((script) => isElementCode(script.code));
  const directives = scripts.map((script) => ({ ...script, name: directiveOf(script.code) })).filter((s) => s.name);
  // The directive must run first to import the element; Astro writes it first.
  const movable =
    element !== undefined &&
    directives.length > 0 &&
    directives.every((directive) => directive.name === 'seen') &&
    (directives[0]?.at ?? Infinity) < element.at;
  if (!movable) return { html, files: new Map() };
  const path = asidePath(islandScriptsDir, element.code, 'js');
  const page = html.replace(bareScript, (tag, code: string) => {
    if (isElementCode(code)) return '';
    if (directiveOf(code)) return `<script data-island-element="/${path}">${code}</script>`;
    return tag;
  });
  return { html: page, files: new Map([[path, element.code]]) };
}
