/**
 * The rule that maps TCF purposes to our six categories
 * (src/features/decoder/decode/tcf-categories.ts), table by table.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  grantedCategories,
  purposeBasis,
  readCategories,
  type PurposeAnswer,
} from '~/features/decoder/decode/tcf-categories';

const ids = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const answers = (consent: number[], li: number[] = []): PurposeAnswer[] =>
  ids.map((id) => ({ id, consent: consent.includes(id), legitimateInterest: li.includes(id) }));

describe('readCategories', () => {
  test('everything consented turns on every category that has TCF purposes, never partners', () => {
    const readings = readCategories(answers(ids));
    expect(readings.map((r) => [r.category, r.status])).toEqual([
      ['necessary', 'always-on'],
      ['preferences', 'on-by-consent'],
      ['analytics', 'on-by-consent'],
      ['personalization', 'on-by-consent'],
      ['advertising', 'on-by-consent'],
      ['partners', 'no-tcf-purpose'],
    ]);
    expect(grantedCategories(readings)).toEqual(['preferences', 'analytics', 'personalization', 'advertising']);
  });

  test('nothing consented and no legitimate interest grants nothing', () => {
    expect(grantedCategories(readCategories(answers([])))).toEqual([]);
  });

  test('legitimate interest alone never turns a category on: purpose 1 needs consent', () => {
    expect(grantedCategories(readCategories(answers([], ids)))).toEqual([]);
  });

  test.each([
    // consent, legitimate interest, granted
    [[1], [], ['preferences']],
    [[1], [8, 9, 10], ['preferences', 'analytics']],
    [[1, 8, 9, 10], [], ['preferences', 'analytics']],
    [[1, 5, 6, 11], [], ['preferences', 'personalization']],
    [[1, 5, 6], [11], ['preferences', 'personalization']],
    [[1, 2, 3, 4, 7], [], ['preferences', 'advertising']],
    [[1, 2, 7], [3, 4], ['preferences']],
    [
      [1, 3, 4],
      [2, 7],
      ['preferences', 'advertising'],
    ],
    [[1, 3, 4], [8, 11], ['preferences']],
  ])('consent %j and legitimate interest %j grant %j', (consent, li, granted) => {
    expect(grantedCategories(readCategories(answers(consent, li)))).toEqual(granted);
  });

  test('a category on partly by legitimate interest says so', () => {
    const analytics = readCategories(answers([1], [8, 9, 10])).find((r) => r.category === 'analytics');
    expect(analytics).toEqual({
      category: 'analytics',
      status: 'on-with-legitimate-interest',
      purposes: [
        { id: 1, basis: 'consent' },
        { id: 8, basis: 'legitimate-interest' },
        { id: 9, basis: 'legitimate-interest' },
        { id: 10, basis: 'legitimate-interest' },
      ],
    });
  });

  test('a legitimate-interest bit on a consent-only purpose counts for nothing', () => {
    expect(purposeBasis({ id: 3, consent: false, legitimateInterest: true })).toBe('none');
    expect(purposeBasis({ id: 1, consent: false, legitimateInterest: true })).toBe('none');
    expect(purposeBasis({ id: 7, consent: false, legitimateInterest: true })).toBe('legitimate-interest');
    expect(purposeBasis(undefined)).toBe('none');
  });

  test('allowing more purposes never turns a category off', () => {
    const subset = fc.subarray(ids);
    fc.assert(
      fc.property(subset, subset, subset, subset, (consent, li, moreConsent, moreLi) => {
        const before = grantedCategories(readCategories(answers(consent, li)));
        const after = grantedCategories(readCategories(answers([...consent, ...moreConsent], [...li, ...moreLi])));
        expect(before.every((category) => after.includes(category))).toBe(true);
      }),
    );
  });
});
