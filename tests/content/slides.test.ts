/**
 * The slide decks (`content/slides/<locale>/NN-slug.yaml`; that every lesson has one is in
 * parity.test.ts): every deck passes the schema that keeps slides short enough for a 16:9
 * screen; the English and French decks of a lesson have the same slides, in the same order and
 * of the same kinds, so a trainer switching language stays on the same slide.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { deckSchema, type SlideDeck } from '~/features/slides/schema';

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
const locales = ['en', 'fr'] as const;

function names(dir: string, extension: string): string[] {
  return readdirSync(`${contentDir}${dir}`)
    .filter((file) => file.endsWith(extension) && !file.startsWith('_'))
    .map((file) => file.slice(0, -extension.length))
    .sort();
}

function readDeck(locale: string, name: string): SlideDeck {
  const raw: unknown = YAML.parse(readFileSync(`${contentDir}slides/${locale}/${name}.yaml`, 'utf8'));
  const parsed = deckSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`slides/${locale}/${name}.yaml:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

describe.each(locales)('slide decks (%s)', (locale) => {
  const lessons = names(`lessons/${locale}/`, '.mdx');

  test.each(lessons)('%s.yaml passes the schema, and every slide has notes', (name) => {
    const deck = readDeck(locale, name);
    expect(deck.slides[0].kind).toBe('title');
    for (const slide of deck.slides) expect(slide.notes.trim().length).toBeGreaterThan(20);
  });
});

describe('English and French decks', () => {
  test.each(names('lessons/en/', '.mdx'))('%s: the same kinds of slide in the same order', (name) => {
    const kinds = (locale: string) => readDeck(locale, name).slides.map((slide) => slide.kind);
    expect(kinds('fr')).toEqual(kinds('en'));
  });
});

describe('deckSchema', () => {
  const title = { kind: 'title', subtitle: 'What this is about.', notes: 'Ask the room what they think first.' };
  const statement: Record<string, unknown> = { kind: 'statement', title: 'One idea', text: 'A sentence.', notes: 'Say it slowly and wait a little.' };

  /** `n` statement slides. */
  const statements = (n: number) => Array.from({ length: n }, () => statement);

  test('accepts a deck of a title slide and five others', () => {
    expect(deckSchema.safeParse({ slides: [title, ...statements(5)] }).success).toBe(true);
  });

  test.each([
    ['a slide without notes', { slides: [title, ...statements(4), { ...statement, notes: undefined }] }],
    ['a deck that does not open on its title', { slides: [statement, title, ...statements(4)] }],
    ['a second title slide', { slides: [title, title, ...statements(4)] }],
    ['a statement too long for the screen', { slides: [title, ...statements(4), { ...statement, text: 'x'.repeat(171) }] }],
    ['five points on one slide', { slides: [title, ...statements(4), { kind: 'points', title: 'Too many', notes: 'Too many points here.', points: ['a', 'b', 'c', 'd', 'e'] }] }],
    ['a table row with a missing cell', { slides: [title, ...statements(4), { kind: 'table', title: 'T', notes: 'A table with a gap.', head: ['A', 'B'], rows: [['1', '2'], ['3']] }] }],
    ['an answer that is not a choice', { slides: [title, ...statements(4), { kind: 'question', title: 'Q', notes: 'Ask, then reveal.', question: 'Which?', choices: ['a', 'b'], answer: 3, explanation: 'Because.' }] }],
    ['an unknown widget', { slides: [title, ...statements(4), { kind: 'widget', title: 'W', notes: 'Show the widget.', widget: 'cookie-jar' }] }],
    ['a source without an address', { slides: [title, ...statements(4), { ...statement, sources: [{ label: 'GDPR', url: 'eur-lex' }] }] }],
  ])('refuses %s', (_name, deck) => {
    expect(deckSchema.safeParse(deck).success).toBe(false);
  });
});
