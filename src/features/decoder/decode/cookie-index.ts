/**
 * The compact index of the Open Cookie Database that the page loads on first use, and
 * the lookup of a cookie name in it. The index is built at build time from the CSV
 * (`buildCookieIndex`); the browser never receives the CSV itself.
 *
 * Shape: strings that repeat (platforms, descriptions, lifetimes) are stored once and
 * referred to by position; each entry is a tuple. A wildcard entry of the database is a
 * name prefix: `_ga_` stands for `_ga_ABC123`.
 */
import type { Category } from '~/engine/types';
import { parseCsv } from './csv';

/** The database's own category names (its README), as its CSV writes them. */
export type OcdCategory = 'Functional' | 'Necessary' | 'Security' | 'Analytics' | 'Marketing' | 'Personalization';

/**
 * Our category for each of the database's. The database says what its names also mean:
 * Functional "also known as technical, essential or strictly necessary", Personalization
 * "also known as preferences", Marketing "also known as tracking or social media". Each
 * match is our reading of those words, and the page marks it so.
 */
export const categoryOf: Readonly<Record<OcdCategory, Category>> = Object.freeze({
  Functional: 'necessary',
  Necessary: 'necessary',
  Security: 'necessary',
  Analytics: 'analytics',
  Marketing: 'advertising',
  Personalization: 'preferences',
});

const ocdCategories = Object.keys(categoryOf) as OcdCategory[];

/** One entry: name, platform, OCD category, lifetime, description (positions), wildcard, set by a third party. */
export type IndexEntry = [
  name: string,
  platform: number,
  category: number,
  retention: number,
  description: number,
  wildcard: 0 | 1,
  thirdParty: 0 | 1,
];

/** Where the data came from, shown on the page. */
export interface IndexSource {
  /** Name of the dataset, its licence, and the commit and date of the copy used. */
  name: string;
  licence: string;
  commit: string;
  date: string;
}

/** The index as the page loads it. */
export interface CookieIndex {
  /** Null when the site was built without the database. */
  source: IndexSource | null;
  platforms: string[];
  retentions: string[];
  descriptions: string[];
  categories: OcdCategory[];
  entries: IndexEntry[];
}

/** An empty index, for a build without the database. */
export const emptyIndex: CookieIndex = {
  source: null,
  platforms: [],
  retentions: [],
  descriptions: [],
  categories: ocdCategories,
  entries: [],
};

/** Builds the index from the database's CSV text. Rows with an unknown category or no name are left out. */
export function buildCookieIndex(csv: string, source: IndexSource | null): CookieIndex {
  const [header, ...rows] = parseCsv(csv);
  const column = (name: string) => header?.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase()) ?? -1;
  const at = {
    platform: column('Platform'),
    category: column('Category'),
    name: column('Cookie / Data Key name'),
    domain: column('Domain'),
    description: column('Description'),
    retention: column('Retention period'),
    wildcard: column('Wildcard match'),
  };
  if (Object.values(at).some((i) => i === -1))
    throw new Error('The Open Cookie Database CSV lacks an expected column.');
  const pools = {
    platforms: new Map<string, number>(),
    retentions: new Map<string, number>(),
    descriptions: new Map<string, number>(),
  };
  const intern = (pool: Map<string, number>, value: string) => {
    const text = value.trim();
    let index = pool.get(text);
    if (index === undefined) {
      index = pool.size;
      pool.set(text, index);
    }
    return index;
  };
  const entries: IndexEntry[] = [];
  for (const row of rows) {
    const name = (row[at.name] ?? '').trim();
    const category = ocdCategories.indexOf((row[at.category] ?? '').trim() as OcdCategory);
    if (name === '' || category === -1) continue;
    entries.push([
      name,
      intern(pools.platforms, row[at.platform] ?? ''),
      category,
      intern(pools.retentions, row[at.retention] ?? ''),
      intern(pools.descriptions, row[at.description] ?? ''),
      (row[at.wildcard] ?? '').trim() === '1' ? 1 : 0,
      /3rd party/i.test(row[at.domain] ?? '') ? 1 : 0,
    ]);
  }
  return {
    source,
    platforms: [...pools.platforms.keys()],
    retentions: [...pools.retentions.keys()],
    descriptions: [...pools.descriptions.keys()],
    categories: ocdCategories,
    entries,
  };
}

/** What the database says about one cookie. */
export interface CookieFact {
  platform: string;
  ocdCategory: OcdCategory;
  category: Category;
  retention: string;
  description: string;
  /** Whether the database lists it as set from another site's domain. */
  thirdParty: boolean;
}

/** A name looked up: known (by its exact name or by a wildcard prefix), or unknown. */
export type CookieLookup =
  { kind: 'known'; matchedBy: 'exact' | 'prefix'; prefix: string; facts: CookieFact[] } | { kind: 'unknown' };

/**
 * Wildcard prefixes shorter than this match only exactly: a two-letter prefix such as
 * `SR` would otherwise claim every name that starts with those letters.
 */
export const MIN_PREFIX_LENGTH = 3;

/** A lookup table over an index: exact names first, then the longest wildcard prefix. */
export function cookieLookup(index: CookieIndex): (name: string) => CookieLookup {
  const exact = new Map<string, IndexEntry[]>();
  const prefixes: IndexEntry[] = [];
  for (const entry of index.entries) {
    exact.set(entry[0], [...(exact.get(entry[0]) ?? []), entry]);
    if (entry[5] === 1 && entry[0].length >= MIN_PREFIX_LENGTH) prefixes.push(entry);
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  const fact = (entry: IndexEntry): CookieFact => {
    const ocdCategory = index.categories[entry[2]] ?? 'Functional';
    return {
      platform: index.platforms[entry[1]] ?? '',
      ocdCategory,
      category: categoryOf[ocdCategory],
      retention: index.retentions[entry[3]] ?? '',
      description: index.descriptions[entry[4]] ?? '',
      thirdParty: entry[6] === 1,
    };
  };
  return (name) => {
    const found = exact.get(name);
    if (found) return { kind: 'known', matchedBy: 'exact', prefix: name, facts: found.map(fact) };
    const longest = prefixes.find((entry) => name.length > entry[0].length && name.startsWith(entry[0]));
    if (!longest) return { kind: 'unknown' };
    const same = prefixes.filter((entry) => entry[0] === longest[0]);
    return { kind: 'known', matchedBy: 'prefix', prefix: longest[0], facts: same.map(fact) };
  };
}
