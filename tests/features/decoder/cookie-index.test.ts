/**
 * The cookie index (src/features/decoder/decode/cookie-index.ts, csv.ts): built from a
 * small CSV in the Open Cookie Database's format (tests/fixtures/cookies/ocd-sample.csv,
 * written for these tests), and the lookup of names in it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '~/features/decoder/decode/csv';
import { buildCookieIndex, cookieLookup, emptyIndex } from '~/features/decoder/decode/cookie-index';

const csv = readFileSync(new URL('../../fixtures/cookies/ocd-sample.csv', import.meta.url), 'utf8');
const index = buildCookieIndex(csv, { name: 'sample', licence: 'Apache-2.0', commit: 'abc', date: '2026-01-21' });
const lookup = cookieLookup(index);

describe('parseCsv', () => {
  test('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b, c","say ""hi""","two\nlines"\r\nx,,z\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['x', '', 'z'],
    ]);
  });
});

describe('buildCookieIndex', () => {
  test('keeps each repeated string once and leaves out unknown categories', () => {
    expect(index.entries).toHaveLength(8);
    expect(index.platforms.filter((p) => p === 'Example Analytics')).toHaveLength(1);
    expect(index.entries.some((entry) => entry[0] === 'mystery_cookie')).toBe(false);
  });

  test('refuses a CSV without the expected columns', () => {
    expect(() => buildCookieIndex('a,b\n1,2\n', null)).toThrow(/column/);
  });
});

describe('cookieLookup', () => {
  test('finds an exact name, with its platform, category, lifetime and description', () => {
    expect(lookup('IDE')).toEqual({
      kind: 'known',
      matchedBy: 'exact',
      prefix: 'IDE',
      facts: [
        {
          platform: 'Example Ads',
          ocdCategory: 'Marketing',
          category: 'advertising',
          retention: '13 months',
          description: 'Remembers ads shown, and clicks, "for reports"',
          thirdParty: true,
        },
      ],
    });
  });

  test('gives every entry of a name that several services use', () => {
    const found = lookup('euconsent-v2');
    expect(found.kind === 'known' && found.facts.map((f) => f.platform)).toEqual(['Example Consent', 'Other Consent']);
  });

  test('matches a wildcard entry by its prefix, longest first, exact names before prefixes', () => {
    expect(lookup('_ga_ABC123')).toMatchObject({ kind: 'known', matchedBy: 'prefix', prefix: '_ga_' });
    expect(lookup('_ga')).toMatchObject({ kind: 'known', matchedBy: 'exact' });
    expect(lookup('_ga_')).toMatchObject({ kind: 'known', matchedBy: 'exact' });
  });

  test('a prefix shorter than three characters matches only itself', () => {
    expect(lookup('SRM_B')).toEqual({ kind: 'unknown' });
    expect(lookup('SR')).toMatchObject({ kind: 'known', matchedBy: 'exact' });
  });

  test('maps the database categories to ours', () => {
    const category = (name: string) => {
      const found = lookup(name);
      return found.kind === 'known' ? found.facts[0]?.category : null;
    };
    expect([category('_ga'), category('IDE'), category('shop_lang'), category('__Host-csrf')]).toEqual([
      'analytics',
      'advertising',
      'preferences',
      'necessary',
    ]);
  });

  test('an unknown name is unknown, and the empty index knows nothing', () => {
    expect(lookup('my_own_cookie')).toEqual({ kind: 'unknown' });
    expect(cookieLookup(emptyIndex)('_ga')).toEqual({ kind: 'unknown' });
  });
});
