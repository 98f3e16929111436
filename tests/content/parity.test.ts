/**
 * English and French hold the same things: every UI key, lesson, glossary term, workshop
 * guide, prose page, slide deck and handout exists in both, so the language switch never leads nowhere;
 * and every lesson has its slide deck, so presenter mode never falls back to running text.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { en } from '~/i18n/en/index';
import { fr } from '~/i18n/fr/index';

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));

function files(collection: string, locale: string): string[] {
  return readdirSync(`${contentDir}${collection}/${locale}/`)
    .filter((file) => /\.(mdx?|yaml)$/.test(file) && !file.startsWith('_'))
    .sort();
}

describe('English and French parity', () => {
  test('every UI key exists in both dictionaries, with the same placeholders', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const frStrings = fr as Record<string, string>;
    for (const [key, text] of Object.entries(en)) {
      expect([key, placeholders(frStrings[key] ?? '')]).toEqual([key, placeholders(text)]);
    }
  });

  test.each(['lessons', 'glossary', 'workshops', 'pages', 'slides', 'handouts'])('%s: the same files in both locales', (collection) => {
    expect(files(collection, 'fr')).toEqual(files(collection, 'en'));
  });

  test.each(['en', 'fr'])('%s: every lesson has a slide deck of the same name, and every deck a lesson', (locale) => {
    const decks = files('slides', locale).map((file) => file.replace(/\.yaml$/, ''));
    expect(decks).toEqual(files('lessons', locale).map((file) => file.replace(/\.mdx$/, '')));
  });
});
