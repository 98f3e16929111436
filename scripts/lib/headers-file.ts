/**
 * Reads a `_headers` file (the format of Netlify and Cloudflare Pages) and says which headers a
 * path gets. Used by the tests of public/_headers; see docs/quality.md.
 *
 * The two hosts differ when several rules matching one path set the same header: Cloudflare
 * Pages joins the values with a comma, Netlify keeps one. `conflicts` finds such cases so the
 * file can avoid them and mean the same on both.
 */

export interface HeaderRule {
  /** The path pattern: `*` matches anything (slashes included), `:name` one segment. */
  pattern: string;
  /** Header names as written, with their values, in order. */
  headers: [name: string, value: string][];
  /** 1-based line of the pattern, for messages. */
  line: number;
}

/** Parses the file; throws with the line number on anything neither host would read the same way. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      if (!raw.startsWith('/')) throw new Error(`_headers line ${line}: a rule starts with a path beginning with "/"`);
      rules.push({ pattern: raw.trim(), headers: [], line });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${line}: a header before any path`);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*\S)\s*$/.exec(raw);
    if (!match)
      throw new Error(`_headers line ${line}: expected "Name: value" (detaching with "!" is Cloudflare-only)`);
    rule.headers.push([match[1], match[2]]);
  });
  return rules;
}

function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z0-9_]+)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

export function ruleMatches(rule: HeaderRule, path: string): boolean {
  return patternToRegExp(rule.pattern).test(path);
}

/** Every header the path gets, by lower-case name, with the patterns that set it. */
export function headersFor(rules: HeaderRule[], path: string): Map<string, { value: string; from: string[] }> {
  const found = new Map<string, { value: string; from: string[] }>();
  for (const rule of rules.filter((r) => ruleMatches(r, path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const seen = found.get(key);
      if (seen) found.set(key, { value: `${seen.value}, ${value}`, from: [...seen.from, rule.pattern] });
      else found.set(key, { value, from: [rule.pattern] });
    }
  }
  return found;
}

/** Headers that more than one rule (or line) sets for the path: the hosts would disagree on them. */
export function conflicts(rules: HeaderRule[], path: string): string[] {
  return [...headersFor(rules, path)]
    .filter(([, { from }]) => from.length > 1)
    .map(([name, { from }]) => `${name} (set by ${from.join(' and ')})`);
}

/** A Content-Security-Policy value as a map of directive → sources. */
export function parseCsp(policy: string): Map<string, string> {
  const directives = new Map<string, string>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources.join(' '));
  }
  return directives;
}
