/**
 * Build step that keeps an island's bulky props out of its page. Astro writes every prop of an
 * island into its `props` attribute, so the page of the simulator carried its scenarios and
 * words (15 KB gzip) in its HTML, past the 14.6 KB a browser receives in the first round trip
 * (10 TCP segments), and the first paint waited one round trip more for data that only the
 * island's code reads.
 *
 * An island hydrated by `client:painted` or `client:seen` whose props are longer than
 * `asideMinLength` gets them from a file instead: `/_astro/props/<hash>.json`, named by its
 * content (so pages with the same island share it, and hosts cache it like any hashed asset),
 * listed in the island's `data-props-src`. The directive fetches it while the island's code
 * loads and puts the text back (restore-props.ts) before Astro reads `props`. The server-rendered
 * HTML is untouched, so the page reads the same without JavaScript.
 */
import { decodeHTMLAttribute } from 'entities';
import { asidePath, type PageWithFilesAside } from './aside-files.ts';

/** The folder of the files, under `dist/`. */
const asidePropsDir = '_astro/props';

/** Props shorter than this (characters of JSON) stay in the page: a request costs more than they do. */
export const asideMinLength = 1024;

/** The directives that fetch props set aside (painted-directive.ts, seen-directive.ts). */
const fetchingDirectives = new Set(['painted', 'seen']);

const islandTag = /<astro-island\b[^>]*>/g;
const propsAttribute = /\sprops="([^"]*)"/;
const clientAttribute = /\sclient="([^"]*)"/;

/** The page with its islands' bulky props moved to files, and those files. */
export function setPropsAside(html: string): PageWithFilesAside {
  const files = new Map<string, string>();
  const page = html.replace(islandTag, (tag) => {
    const client = clientAttribute.exec(tag)?.[1];
    const attribute = propsAttribute.exec(tag);
    if (!client || !fetchingDirectives.has(client) || !attribute) return tag;
    const json = decodeHTMLAttribute(attribute[1] ?? '');
    if (json.length < asideMinLength) return tag;
    const path = asidePath(asidePropsDir, json, 'json');
    files.set(path, json);
    return tag.replace(propsAttribute, () => ` data-props-src="/${path}"`);
  });
  return { html: page, files };
}
