/**
 * Turns a pasted list of cookies into the names alone. Three shapes are read, line by
 * line: names one per line; `name=value; name=value` as `document.cookie` gives it (or as a
 * copied `Cookie:` request header); rows
 * copied from the browser's developer tools (tab-separated, the name first), with or
 * without their header row. Values are dropped as soon as they are read past: they are
 * never kept, shown or sent.
 */

/** Most names read from one paste; the rest are counted, not read. */
export const MAX_COOKIE_NAMES = 300;
/** Most lines looked at; a 1 MB paste stops here rather than freezing the page. */
export const MAX_COOKIE_LINES = 20_000;
/** Longest name kept; cookie names are short, anything longer is cut for display. */
export const MAX_NAME_LENGTH = 80;

/** One name found in the paste. */
export interface CookieName {
  /** The name, as written (cut to 80 characters). */
  name: string;
  /** How many times it appeared. */
  count: number;
  /** False when it holds characters a cookie name cannot hold (RFC 6265 token). */
  valid: boolean;
}

/** The names of a paste. */
export interface CookieNames {
  names: CookieName[];
  /** Names found beyond `MAX_COOKIE_NAMES`, not read. */
  skipped: number;
  /** Whether the paste had more lines than were looked at. */
  truncated: boolean;
}

/** Header words of developer-tools tables, in the browsers' English and French. */
const headerNames = new Set(['name', 'nom']);
/** Attributes of a `Set-Cookie` line, which are not cookie names. */
const attributes = new Set([
  'path',
  'domain',
  'expires',
  'max-age',
  'samesite',
  'secure',
  'httponly',
  'partitioned',
  'priority',
]);
/** RFC 6265: a cookie name is a token: visible ASCII without separators. */
const token = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** The names in a pasted cookie list, in order of first appearance. Never throws. */
export function readCookieNames(pasted: string): CookieNames {
  const found = new Map<string, CookieName>();
  let skipped = 0;
  const add = (raw: string) => {
    const name = raw.trim();
    if (name === '' || attributes.has(name.toLowerCase())) return;
    const kept = Array.from(name).slice(0, MAX_NAME_LENGTH).join('');
    const existing = found.get(kept);
    if (existing) existing.count++;
    else if (found.size < MAX_COOKIE_NAMES) found.set(kept, { name: kept, count: 1, valid: token.test(name) });
    else skipped++;
  };
  let start = 0;
  let lines = 0;
  while (start <= pasted.length && lines < MAX_COOKIE_LINES) {
    let end = pasted.indexOf('\n', start);
    if (end === -1) end = pasted.length;
    readLine(pasted.slice(start, end).replace(/\r$/, ''), add, lines === 0);
    lines++;
    start = end + 1;
  }
  return { names: [...found.values()], skipped, truncated: start <= pasted.length };
}

function readLine(line: string, add: (name: string) => void, first: boolean) {
  const text = line.trim();
  if (text === '') return;
  if (text.includes('\t')) {
    // A developer-tools row: the name is the first cell.
    const cell = text.split('\t')[0] ?? '';
    if (!(first && headerNames.has(cell.trim().toLowerCase()))) add(cell);
    return;
  }
  const setCookie = /^set-cookie:\s*/i.exec(text);
  if (setCookie) {
    add((text.slice(setCookie[0].length).split(';')[0] ?? '').split('=')[0] ?? '');
    return;
  }
  if (text.includes('=') || text.includes(';')) {
    // A request header copied whole: `Cookie: a=1; b=2` names a and b, not "Cookie: a".
    const pairs = text.replace(/^cookie:\s*/i, '');
    for (const pair of pairs.split(';')) add(pair.split('=')[0] ?? '');
    return;
  }
  // A name alone; a row whose tabs became spaces starts with the name too.
  if (first && headerNames.has(text.split(/\s+/)[0]?.toLowerCase() ?? '')) return;
  add(text.split(/\s+/)[0] ?? '');
}
