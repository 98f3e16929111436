/**
 * Matching for the decoder's search box. The page writes each entry's searchable text
 * into a `data-search` attribute on the server; the small custom element in
 * `Decoder.astro` folds what the visitor types the same way and shows the entries
 * where every word matches. Kept free of the DOM so it can be tested in Node, and free
 * of data so the decoder's script stays small; the link builder reuses `foldName`.
 */

/**
 * A name folded for comparison: lower case, accents and typographic apostrophes
 * removed, underscores and hyphens read as spaces, runs of spaces made one.
 * "Mesure d’audience", "mesure d'audience" and "MESURE-D-AUDIENCE" fold alike.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/**
 * The text an entry is found by, folded: its names, its anchor (`ad_storage`,
 * `tcf-purpose-3`) and labels such as "TCF purpose 3".
 */
export function searchText(parts: readonly string[]): string {
  return parts.map(foldName).join(' | ');
}

/**
 * Whether an entry's folded search text matches what the visitor typed: every word of
 * the query must appear in it, in any order. An empty query matches everything.
 * "ad storage", "AD_STORAGE" and "storage ad" all find `ad_storage`.
 */
export function matches(query: string, folded: string): boolean {
  const words = foldName(query).split(' ').filter(Boolean);
  return words.every((word) => folded.includes(word));
}
