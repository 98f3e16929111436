/**
 * Reading ease of a plain text, for comparing the letters with the lessons: Flesch's formula in
 * English, and its French adaptation by Kandel and Moles (1958). Syllables are counted by vowel
 * groups, a rough count that is good enough to compare two texts measured the same way.
 */
import type { Locale } from '~/i18n';

function syllablesEn(word: string): number {
  let letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length <= 3) return 1;
  // A silent final e, and the -es and -ed endings that add no syllable.
  letters = letters.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, letters.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

function syllablesFr(word: string): number {
  let letters = word.toLowerCase().replace(/[^a-zàâäéèêëîïôöûùüÿœæç]/g, '');
  // A mute final e or es after a consonant is not pronounced.
  if (letters.length > 3) letters = letters.replace(/([^aeiouyàâäéèêëîïôöûùüÿœæ])(e|es|ent)$/, '$1');
  return Math.max(1, letters.match(/[aeiouyàâäéèêëîïôöûùüÿœæ]+/g)?.length ?? 1);
}

/** Words, sentences and syllables of a text; list items and lines count as sentences of their own. */
export function textStats(text: string, locale: Locale) {
  const sentences = text
    .split(/[.!?;]+(?:\s|$)|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}]/u.test(sentence));
  const words = sentences.flatMap((sentence) => sentence.split(/[\s’']+/).filter((word) => /[\p{L}]/u.test(word)));
  const count = locale === 'en' ? syllablesEn : syllablesFr;
  const syllables = words.reduce((sum, word) => sum + count(word), 0);
  return { sentences: sentences.length, words: words.length, syllables };
}

/** Flesch reading ease (English) or Kandel–Moles (French): higher is easier; 60–70 is plain. */
export function readingEase(text: string, locale: Locale): number {
  const { sentences, words, syllables } = textStats(text, locale);
  const perSentence = words / sentences;
  const perWord = syllables / words;
  return locale === 'en' ? 206.835 - 1.015 * perSentence - 84.6 * perWord : 207 - 1.015 * perSentence - 73.6 * perWord;
}

/** The prose of a lesson's MDX body: no frontmatter, imports, components, markup or link targets. */
export function lessonProse(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^\|?\s*-+\s*\|.*$/gm, '')
    .replace(/[#*|_`>[\]]+/g, ' ');
}
