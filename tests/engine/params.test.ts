import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { optionalCategoryIds } from '~/engine/categories.ts';
import {
  BRAND_MAX_LENGTH,
  NOTICE_VALUE_MAX_LENGTH,
  NOTICES_MAX,
  cleanBrand,
  consentKey,
  parseSimulatorParams,
  toSimulatorParams,
} from '~/engine/params.ts';
import { settingsArb } from './helpers.ts';

const known = ['news', 'shopping'];
const parse = (query: string) => parseSimulatorParams(new URLSearchParams(query), known);
const consentOf = (query: string) => parse(query).settings.consent;
const knownParams = [
  'consent',
  'functionality_storage',
  'analytics_storage',
  'personalization_storage',
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'policy',
  'browser',
  'gpc',
  'scenario',
  'brand',
];

describe('parseSimulatorParams', () => {
  test('opens the shopping session, everything refused, a maximal brand, Chrome defaults and no GPC when the URL says nothing', () => {
    expect(parse('')).toEqual({
      settings: { consent: [], policy: 'maximal', browser: 'allows-third-party-cookies', gpc: false },
      scenario: 'shopping',
      brand: null,
      notices: [],
    });
  });

  describe('consent', () => {
    test('reads a comma list in any order and returns it in category order', () => {
      expect(consentOf('consent=partners,preferences')).toEqual(['preferences', 'partners']);
    });

    test('reads all and none', () => {
      expect(consentOf('consent=all')).toEqual([...optionalCategoryIds]);
      expect(consentOf('consent=none')).toEqual([]);
    });

    test('forgives case, spaces, empty items and a mention of necessary', () => {
      expect(parse('consent= Analytics ,,necessary,ADVERTISING')).toMatchObject({
        settings: { consent: ['analytics', 'advertising'] },
        notices: [],
      });
    });

    test('says once what a link repeats, and at most NOTICES_MAX things in all', () => {
      expect(parse('consent=ads,ads,ads').notices).toEqual([
        { param: 'consent', value: 'ads', code: 'unknown-category' },
      ]);
      const many = Array.from({ length: 2000 }, (_, i) => `x${i}`).join(',');
      expect(parse(`consent=${many}`).notices).toHaveLength(NOTICES_MAX);
    });

    test('drops an unknown category with a notice and keeps the others', () => {
      expect(parse('consent=preferences,ads')).toMatchObject({
        settings: { consent: ['preferences'] },
        notices: [{ param: 'consent', value: 'ads', code: 'unknown-category' }],
      });
    });
  });

  describe('Consent Mode v2 aliases', () => {
    test('map functionality, analytics and personalization storage to our categories', () => {
      expect(
        consentOf('functionality_storage=granted&analytics_storage=granted&personalization_storage=granted'),
      ).toEqual(['preferences', 'analytics', 'personalization']);
    });

    test('apply over consent', () => {
      expect(consentOf('consent=all&analytics_storage=denied')).toEqual([
        'preferences',
        'personalization',
        'advertising',
        'partners',
      ]);
    });

    test('grant advertising when every ad_* parameter present is granted', () => {
      expect(consentOf('ad_storage=granted&ad_user_data=granted&ad_personalization=granted')).toEqual(['advertising']);
      expect(consentOf('ad_storage=granted')).toEqual(['advertising']);
    });

    test('refuse advertising when any ad_* parameter is denied, with a notice when they disagree', () => {
      expect(parse('consent=advertising&ad_storage=granted&ad_personalization=denied')).toMatchObject({
        settings: { consent: [] },
        notices: [{ param: 'ad_personalization', value: 'denied', code: 'mixed-ad-consent' }],
      });
      expect(parse('consent=all&ad_user_data=denied')).toMatchObject({
        settings: { consent: ['preferences', 'analytics', 'personalization', 'partners'] },
        notices: [],
      });
    });

    test('ignore a value other than granted or denied, with a notice', () => {
      expect(parse('consent=analytics&analytics_storage=yes')).toMatchObject({
        settings: { consent: ['analytics'] },
        notices: [{ param: 'analytics_storage', value: 'yes', code: 'bad-consent-mode-value' }],
      });
    });

    test('ignore security_storage: necessary cannot be refused', () => {
      expect(parse('security_storage=denied')).toMatchObject({ settings: { consent: [] }, notices: [] });
    });
  });

  describe('brand', () => {
    test('is plain text, trimmed, with runs of spaces made one', () => {
      expect(parse('brand=%20%20Threadline%20%20%26%20Co%20').brand).toBe('Threadline & Co');
    });

    test('keeps markup as text: nothing from the URL becomes HTML', () => {
      expect(parse('brand=<b>Shop</b>').brand).toBe('<b>Shop</b>');
    });

    test('loses control characters and direction overrides', () => {
      expect(parse('brand=Bri%00nd%E2%80%AEille%0A').brand).toBe('Brindille');
    });

    test('is cut to 60 characters, with a notice', () => {
      const long = 'B'.repeat(70);
      expect(parse(`brand=${long}`)).toMatchObject({
        brand: 'B'.repeat(60),
        notices: [{ param: 'brand', value: 'B'.repeat(40), code: 'brand-truncated' }],
      });
    });

    test('is cut between characters, never inside an emoji', () => {
      const brand = parse(`brand=${encodeURIComponent('🧦'.repeat(61))}`).brand;
      expect(Array.from(brand ?? '')).toHaveLength(60);
      expect(brand).toBe('🧦'.repeat(60));
    });

    test('made only of control characters gives no brand and a notice', () => {
      expect(parse('brand=%01%02')).toMatchObject({
        brand: null,
        notices: [{ param: 'brand', code: 'brand-unprintable' }],
      });
    });

    test('empty gives no brand and no notice', () => {
      expect(parse('brand=')).toMatchObject({ brand: null, notices: [] });
    });
  });

  test('reads policy, browser and gpc for trainers’ presets', () => {
    expect(parse('policy=minimal&browser=blocks&gpc=on').settings).toEqual({
      consent: [],
      policy: 'minimal',
      browser: 'blocks-third-party-cookies',
      gpc: true,
    });
  });

  test('falls back to the default for a malformed policy, browser, gpc or scenario, with one notice each', () => {
    expect(parse('policy=greedy&browser=safari&gpc=1&scenario=bank')).toEqual({
      settings: { consent: [], policy: 'maximal', browser: 'allows-third-party-cookies', gpc: false },
      scenario: 'shopping',
      brand: null,
      notices: [
        { param: 'policy', value: 'greedy', code: 'unknown-policy' },
        { param: 'browser', value: 'safari', code: 'unknown-browser' },
        { param: 'gpc', value: '1', code: 'unknown-gpc' },
        { param: 'scenario', value: 'bank', code: 'unknown-scenario' },
      ],
    });
  });

  test('opens a known scenario', () => {
    expect(parse('scenario=news').scenario).toBe('news');
  });

  test('falls back to the first known scenario when shopping is not among them', () => {
    expect(parseSimulatorParams(new URLSearchParams(''), ['news']).scenario).toBe('news');
  });

  test('ignores unknown parameters silently', () => {
    expect(parse('utm_source=banner&lang=fr&consent=partners')).toMatchObject({
      settings: { consent: ['partners'] },
      notices: [],
    });
  });

  test('echoes at most 40 characters of a rejected value, without control characters', () => {
    const notice = parse(`policy=${'x'.repeat(100)}%07`).notices[0];
    expect(notice?.value).toBe('x'.repeat(40));
  });

  test('counts only the first value of a repeated parameter', () => {
    expect(consentOf('consent=analytics&consent=all')).toEqual(['analytics']);
  });

  test('never throws and always keeps its contract, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (query) => {
        checkContract(parseSimulatorParams(new URLSearchParams(query), known));
      }),
      { numRuns: 500 },
    );
  });

  test('never throws and always keeps its contract, whatever the values of known parameters', () => {
    const value = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.constantFrom('all', 'none', 'granted', 'denied', 'minimal', 'on', 'blocks', 'news', ''),
      fc.subarray([...optionalCategoryIds, 'ads', 'NECESSARY']).map((list) => list.join(',')),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...knownParams, 'other'), value), { maxLength: 14 }), (pairs) => {
        checkContract(parseSimulatorParams(new URLSearchParams(pairs), known));
      }),
      { numRuns: 500 },
    );
  });
});

function checkContract(result: ReturnType<typeof parseSimulatorParams>) {
  expect(optionalCategoryIds.filter((c) => result.settings.consent.includes(c))).toEqual(result.settings.consent);
  expect(['minimal', 'maximal']).toContain(result.settings.policy);
  expect(['allows-third-party-cookies', 'blocks-third-party-cookies']).toContain(result.settings.browser);
  expect(typeof result.settings.gpc).toBe('boolean');
  expect(known).toContain(result.scenario);
  if (result.brand !== null) {
    expect(Array.from(result.brand).length).toBeLessThanOrEqual(BRAND_MAX_LENGTH);
    expect(result.brand).not.toMatch(/[\p{Cc}\p{Cs}]/u);
    expect(result.brand).toBe(result.brand.trim());
    expect(result.brand).not.toBe('');
  }
  for (const notice of result.notices) {
    expect(Array.from(notice.value).length).toBeLessThanOrEqual(NOTICE_VALUE_MAX_LENGTH);
    expect(knownParams).toContain(notice.param);
  }
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

describe('toSimulatorParams', () => {
  test('writes consent always, and the other settings only when they differ from the defaults', () => {
    expect(
      toSimulatorParams({ consent: [], policy: 'maximal', browser: 'allows-third-party-cookies', gpc: false }),
    ).toBe('consent=none');
    expect(
      toSimulatorParams(
        { consent: ['partners', 'analytics'], policy: 'minimal', browser: 'blocks-third-party-cookies', gpc: true },
        { scenario: 'news', brand: 'Threadline & Co' },
      ),
    ).toBe('scenario=news&consent=analytics,partners&policy=minimal&browser=blocks&gpc=on&brand=Threadline%20%26%20Co');
  });

  test('writes all when every category is granted and leaves out the default scenario', () => {
    expect(
      toSimulatorParams(
        { consent: [...optionalCategoryIds], policy: 'maximal', browser: 'allows-third-party-cookies', gpc: false },
        { scenario: 'shopping' },
      ),
    ).toBe('consent=all');
  });

  test('is read back to the same settings, scenario and brand, with no notice', () => {
    fc.assert(
      fc.property(
        settingsArb,
        fc.constantFrom(...known),
        fc.option(fc.string({ unit: 'binary', maxLength: 90 })),
        (settings, scenario, brand) => {
          const query = toSimulatorParams(settings, { scenario, brand });
          const read = parseSimulatorParams(new URLSearchParams(query), known);
          expect(read.settings).toEqual({
            ...settings,
            consent: optionalCategoryIds.filter((c) => settings.consent.includes(c)),
          });
          expect(read.scenario).toBe(scenario);
          expect(read.brand).toBe(brand === null ? null : cleanBrand(brand).brand);
          expect(read.notices).toEqual([]);
        },
      ),
    );
  });
});

describe('consentKey', () => {
  test('names a profile as the consent parameter would', () => {
    expect(consentKey([])).toBe('none');
    expect(consentKey(['advertising', 'preferences'])).toBe('preferences,advertising');
    expect(consentKey([...optionalCategoryIds])).toBe('all');
  });
});
