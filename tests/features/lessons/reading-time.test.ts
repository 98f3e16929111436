/** A lesson's reading time, counted from its words. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readingMinutes, wordsOf, WORDS_PER_MINUTE } from '~/features/lessons/reading-time';

describe('reading time', () => {
  test('counts the words a reader reads, not the code around them', () => {
    const mdx = [
      "import Cite from '~/components/Cite.astro';",
      '',
      '## What a cookie is',
      '',
      'A [cookie](/glossary/#cookie) is a small note <Cite n={1} />.',
      '{/* a comment for authors */}',
      '<CookieJar locale="en" consent="all" />',
      '| Kind | Lasts |',
      '| --- | --- |',
      '| Session | until you close it |',
    ].join('\n');
    // What a cookie is (4), A cookie is a small note (6), Kind Lasts (2), Session until you close it (5).
    expect(wordsOf(mdx)).toBe(17);
  });

  test('words with apostrophes, accents and numbers count once', () => {
    expect(wordsOf('L’éditeur garde 13 mois d’historique, jusqu’au 1er janvier.')).toBe(8);
    expect(wordsOf("Maya's 2-day trial isn't free.")).toBe(5);
  });

  test('minutes are the words at 200 a minute, rounded, at least one', () => {
    expect(WORDS_PER_MINUTE).toBe(200);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1330)).toBe(7);
    expect(readingMinutes(1290)).toBe(6);
  });

  test('every lesson in both languages reads in 3 to 15 minutes', () => {
    for (const locale of ['en', 'fr']) {
      const dir = new URL(`../../../content/lessons/${locale}/`, import.meta.url);
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.mdx'))) {
        const body = readFileSync(new URL(file, dir), 'utf8').split(/^---$/m).slice(2).join('---');
        const minutes = readingMinutes(wordsOf(body));
        expect(minutes, `${locale}/${file}`).toBeGreaterThanOrEqual(3);
        expect(minutes, `${locale}/${file}`).toBeLessThanOrEqual(15);
      }
    }
  });
});
