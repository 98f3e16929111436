import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareProfiles, marginalValue } from '~/engine/compare.ts';
import { simulate } from '~/engine/simulate.ts';
import type { Outcome } from '~/engine/types.ts';
import { allScenarios, loadScenario, settings, settingsArb } from './helpers.ts';

const shopping = loadScenario('shopping');

describe('compareProfiles', () => {
  const comparison = compareProfiles(shopping);

  test('lists all 32 profiles once, from reject-all to accept-all', () => {
    expect(comparison.profiles).toHaveLength(32);
    expect(new Set(comparison.profiles.map((p) => p.key)).size).toBe(32);
    expect(comparison.profiles[0]).toMatchObject({ key: 'none', preset: 'reject-all', consent: [] });
    expect(comparison.profiles[31]).toMatchObject({
      key: 'all',
      preset: 'accept-all',
      consent: ['preferences', 'analytics', 'personalization', 'advertising', 'partners'],
    });
    expect(comparison.profiles.filter((p) => p.preset !== 'custom').map((p) => p.key)).toEqual(['none', 'all']);
  });

  test('orders profiles by the categories they grant, preferences weighing most', () => {
    expect(comparison.profiles.slice(0, 4).map((p) => p.key)).toEqual([
      'none',
      'partners',
      'advertising',
      'advertising,partners',
    ]);
    expect(comparison.profiles[16]?.key).toBe('preferences');
  });

  test('uses a maximal brand, a browser that allows third-party cookies and no GPC unless told otherwise', () => {
    expect(comparison).toMatchObject({
      kind: 'profile-comparison',
      scenario: 'shopping',
      policy: 'maximal',
      browser: 'allows-third-party-cookies',
      gpc: false,
    });
    const blocked = compareProfiles(shopping, { browser: 'blocks-third-party-cookies' });
    expect(blocked).toMatchObject({ policy: 'maximal', browser: 'blocks-third-party-cookies', gpc: false });
  });

  test('shows that accepting everything shares data with five other companies, refusing everything with none', () => {
    expect(comparison.profiles[0]?.summary.recipients).toBe(0);
    expect(comparison.profiles[31]?.summary.recipients).toBe(5);
  });

  test.each(allScenarios)('agrees with simulate for every profile of %s', (_, scenario) => {
    fc.assert(
      fc.property(settingsArb, ({ policy, browser, gpc }) => {
        for (const profile of compareProfiles(scenario, { policy, browser, gpc }).profiles) {
          expect(profile.summary).toEqual(
            simulate(scenario, { consent: profile.consent, policy, browser, gpc }).summary,
          );
        }
      }),
      { numRuns: 8 },
    );
  });
});

describe('marginalValue', () => {
  test('says what granting preferences adds for a shopper who refused everything', () => {
    const preferences = marginalValue(shopping, settings([])).find((m) => m.category === 'preferences');
    expect(preferences).toEqual({
      kind: 'marginal-value',
      category: 'preferences',
      change: 'would-add',
      experiences: ['remembered-language', 'restored-cart', 'recently-viewed', 'faster-checkout'],
      dataPoints: ['saved-language', 'saved-cart'],
      storage: ['language-cookie', 'currency-cookie', 'recently-viewed-list', 'saved-cart-cookie', 'checkout-prefill'],
      recipients: [],
    });
  });

  test('says what revoking advertising loses for a shopper who accepted everything', () => {
    const advertising = marginalValue(
      shopping,
      settings(['preferences', 'analytics', 'personalization', 'advertising', 'partners']),
    ).find((m) => m.category === 'advertising');
    expect(advertising?.change).toBe('would-lose');
    expect(advertising?.experiences).toEqual(['retargeted-ad', 'social-ad']);
    expect(advertising?.recipients).toEqual(['adnexa', 'plume', 'datavista']);
  });

  test('shows that advertising adds no experience when the browser blocks third-party cookies and GPC is on', () => {
    const advertising = marginalValue(
      shopping,
      settings([], { policy: 'minimal', browser: 'blocks-third-party-cookies', gpc: true }),
    ).find((m) => m.category === 'advertising');
    expect(advertising).toMatchObject({ experiences: [], dataPoints: [], storage: [], recipients: [] });
  });

  test('covers the five optional categories, in category order', () => {
    expect(marginalValue(shopping, settings(['analytics'])).map((m) => [m.category, m.change])).toEqual([
      ['preferences', 'would-add'],
      ['analytics', 'would-lose'],
      ['personalization', 'would-add'],
      ['advertising', 'would-add'],
      ['partners', 'would-add'],
    ]);
  });

  test.each(allScenarios)('matches the difference between two simulations in %s', (_, scenario) => {
    const gained = (o: Outcome) => o.experiences.filter((e) => e.status === 'gained').map((e) => e.id);
    fc.assert(
      fc.property(settingsArb, (base) => {
        for (const value of marginalValue(scenario, base)) {
          const withIt = simulate(scenario, { ...base, consent: [...base.consent, value.category] });
          const without = simulate(scenario, { ...base, consent: base.consent.filter((c) => c !== value.category) });
          expect(value.change).toBe(base.consent.includes(value.category) ? 'would-lose' : 'would-add');
          expect(value.experiences).toEqual(gained(withIt).filter((id) => !gained(without).includes(id)));
          expect(value.dataPoints).toEqual(
            withIt.ledger.map((e) => e.id).filter((id) => !without.ledger.some((e) => e.id === id)),
          );
          expect(value.storage.length).toBe(withIt.summary.storageItems - without.summary.storageItems);
        }
      }),
    );
  });
});
