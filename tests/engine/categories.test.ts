import { describe, expect, test } from 'vitest';
import {
  categories,
  categoryIds,
  isOptionalCategory,
  normaliseConsent,
  optionalCategoryIds,
} from '~/engine/categories.ts';

describe('categories', () => {
  test('lists the six categories in banner order, necessary first and alone always on', () => {
    expect(categories.map((c) => [c.id, c.alwaysOn])).toEqual([
      ['necessary', true],
      ['preferences', false],
      ['analytics', false],
      ['personalization', false],
      ['advertising', false],
      ['partners', false],
    ]);
    expect(categoryIds).toEqual(categories.map((c) => c.id));
    expect(optionalCategoryIds).toEqual(categoryIds.slice(1));
  });

  test('gives each its Google Consent Mode v2 names, each name used once', () => {
    expect(Object.fromEntries(categories.map((c) => [c.id, c.consentMode]))).toEqual({
      necessary: ['security_storage'],
      preferences: ['functionality_storage'],
      analytics: ['analytics_storage'],
      personalization: ['personalization_storage'],
      advertising: ['ad_storage', 'ad_user_data', 'ad_personalization'],
      partners: [],
    });
  });

  test('uses only TCF v2.2 purpose numbers that exist (purposes 1-11, special purposes 1-3)', () => {
    for (const { tcf } of categories) {
      expect(tcf.purposes.every((n) => Number.isInteger(n) && n >= 1 && n <= 11)).toBe(true);
      expect(tcf.specialPurposes.every((n) => Number.isInteger(n) && n >= 1 && n <= 3)).toBe(true);
    }
    expect(categories.find((c) => c.id === 'advertising')?.tcf.purposes).toEqual([1, 2, 3, 4, 7]);
    expect(categories.find((c) => c.id === 'necessary')?.tcf.specialPurposes).toEqual([1, 3]);
  });

  test('flags the TCF mappings that are a judgement call', () => {
    expect(categories.filter((c) => c.tcf.mapping === 'interpretive').map((c) => c.id)).toEqual([
      'preferences',
      'analytics',
      'partners',
    ]);
  });

  test('names the party each concerns and its dictionary key', () => {
    expect(categories.map((c) => [c.labelKey, c.party])).toEqual([
      ['category.necessary', 'first'],
      ['category.preferences', 'first'],
      ['category.analytics', 'first'],
      ['category.personalization', 'first'],
      ['category.advertising', 'third'],
      ['category.partners', 'second'],
    ]);
  });

  test('cannot be changed at run time', () => {
    expect(Object.isFrozen(categories)).toBe(true);
    expect(Object.isFrozen(categories[4]?.consentMode)).toBe(true);
    expect(Object.isFrozen(optionalCategoryIds)).toBe(true);
  });
});

describe('normaliseConsent', () => {
  test('deduplicates, orders and drops what is not an optional category', () => {
    expect(normaliseConsent(['partners', 'necessary', 'ads', 'analytics', 'partners'])).toEqual([
      'analytics',
      'partners',
    ]);
  });

  test('recognises optional categories only', () => {
    expect(isOptionalCategory('advertising')).toBe(true);
    expect(isOptionalCategory('necessary')).toBe(false);
    expect(isOptionalCategory('toString')).toBe(false);
  });
});
