/**
 * A lesson's reading time, counted from its words rather than written by hand, so that it
 * stays true when the lesson changes.
 */

/**
 * Words a minute. Adults read English non-fiction silently at about 238 words a minute
 * (Brysbaert, 2019, Journal of Memory and Language 109); a learner meeting new terms, and a
 * 14-year-old, read slower, so the lessons count 200.
 */
export const WORDS_PER_MINUTE = 200;

/** The words a reader reads in an MDX body: no imports, comments, tags, expressions or link targets. */
export function wordsOf(mdx: string): number {
  const text = mdx
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_`>|[\]-]+(?=\s|$)/g, ' ');
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}’'.,-]*/gu)?.length ?? 0;
}

/** Whole minutes to read `words` words, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
