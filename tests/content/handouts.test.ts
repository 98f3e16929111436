/**
 * The handouts written as content (`content/handouts/<locale>/`): each passes its schema; every
 * data card names a data point of its scenario; English and French hold the same cards in the
 * same order, and the same banners with the same verdicts, so a bilingual room works from one key.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { describe, expect, test } from 'vitest';
import { bannerWalkSchema, dataCardsSchema } from '~/features/handouts/schema';
import { resolveCards } from '~/features/handouts/cards';
import { loadScenario } from '../engine/helpers';

const contentDir = fileURLToPath(new URL('../../content/handouts/', import.meta.url));
const read = (locale: string, name: string): unknown =>
  YAML.parse(readFileSync(`${contentDir}${locale}/${name}.yaml`, 'utf8'));

const cards = {
  en: dataCardsSchema.parse(read('en', 'data-cards')),
  fr: dataCardsSchema.parse(read('fr', 'data-cards')),
};
const walks = {
  en: bannerWalkSchema.parse(read('en', 'banner-walk')),
  fr: bannerWalkSchema.parse(read('fr', 'banner-walk')),
};

describe('data cards', () => {
  test.each(['en', 'fr'] as const)('%s: every card names a data point of its scenario, once', (locale) => {
    const file = cards[locale];
    expect(() => resolveCards(file.cards, loadScenario(file.scenario), `${locale}/data-cards.yaml`)).not.toThrow();
    const ids = file.cards.map((card) => card.dataPoint);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('English and French hold the same cards in the same order', () => {
    expect(cards.fr.cards.map((card) => card.dataPoint)).toEqual(cards.en.cards.map((card) => card.dataPoint));
    expect(cards.fr.scenario).toBe(cards.en.scenario);
  });

  test('the cards cover the three kinds of party and every switch but necessary alone', () => {
    const resolved = resolveCards(cards.en.cards, loadScenario(cards.en.scenario), 'en/data-cards.yaml');
    expect(new Set(resolved.map((card) => card.holder.kind))).toEqual(new Set(['first', 'second', 'third']));
    expect(new Set(resolved.map((card) => card.category))).toEqual(
      new Set(['necessary', 'preferences', 'analytics', 'personalization', 'advertising', 'partners']),
    );
  });
});

describe('banner walk', () => {
  test('English and French hold the same banners, with the same verdicts', () => {
    const summary = (locale: 'en' | 'fr') => walks[locale].banners.map(({ letter, fair }) => ({ letter, fair }));
    expect(summary('fr')).toEqual(summary('en'));
  });

  test('refuses two banners with one letter', () => {
    const banner = { letter: 'A', script: 'x', fair: true, answer: 'y', sources: [{ label: 'z', url: 'https://example.org/' }] };
    expect(bannerWalkSchema.safeParse({ banners: [banner, banner, { ...banner, letter: 'B' }] }).success).toBe(false);
  });
});
