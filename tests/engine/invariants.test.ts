/**
 * The invariants of docs/design.md ("The simulation model", "Invariants"), checked with random settings over
 * every scenario file in content/scenarios, so a new scenario is held to them too.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { categoryIds, optionalCategoryIds } from '~/engine/categories.ts';
import { SCRIPT_STORAGE_CAP_DAYS, keptDays, simulate } from '~/engine/simulate.ts';
import type { Outcome } from '~/engine/types.ts';
import { allScenarios, settingsArb } from './helpers.ts';

const gained = (o: Outcome) => o.experiences.filter((e) => e.status === 'gained').map((e) => e.id);
const dataIds = (o: Outcome) => o.ledger.map((e) => e.id);
const storageIds = (o: Outcome) => o.storage.map((s) => s.id);
const thirdPartyData = (o: Outcome) => o.ledger.filter((e) => e.holder.kind === 'third').map((e) => e.id);
const thirdPartyStorage = (o: Outcome) => o.storage.filter((s) => s.setBy.kind === 'third').map((s) => s.id);

/** Whether every item of `small` is in `large`. */
const subset = (small: string[], large: string[]) => small.every((id) => large.includes(id));

describe.each(allScenarios)('invariants of %s', (_, scenario) => {
  test('granting one more category never loses an experience, a data point or a storage item', () => {
    fc.assert(
      fc.property(settingsArb, fc.constantFrom(...optionalCategoryIds), (base, extra) => {
        const before = simulate(scenario, base);
        const after = simulate(scenario, { ...base, consent: [...base.consent, extra] });
        expect(subset(gained(before), gained(after))).toBe(true);
        expect(subset(dataIds(before), dataIds(after))).toBe(true);
        expect(subset(storageIds(before), storageIds(after))).toBe(true);
      }),
    );
  });

  test('necessary alone sends nothing to a second or third party, whatever the brand, browser or GPC', () => {
    fc.assert(
      fc.property(settingsArb, (random) => {
        const outcome = simulate(scenario, { ...random, consent: [] });
        expect(outcome.ledger.filter((e) => e.holder.kind !== 'first')).toEqual([]);
        expect(outcome.storage.filter((s) => s.setBy.kind !== 'first' || s.context !== 'first-party')).toEqual([]);
        expect(outcome.summary).toMatchObject({ recipients: 0, thirdParties: 0, sharedDataPoints: 0 });
      }),
    );
  });

  test('what the service needs is always there, whatever the settings', () => {
    const necessary = scenario.steps
      .flatMap((s) => [...s.dataPoints, ...s.storage])
      .filter((i) => i.category === 'necessary');
    fc.assert(
      fc.property(settingsArb, (random) => {
        const outcome = simulate(scenario, random);
        expect(
          subset(
            necessary.map((i) => i.id),
            [...dataIds(outcome), ...storageIds(outcome)],
          ),
        ).toBe(true);
        const needsOnlyNecessary = scenario.steps
          .flatMap((s) => s.experiences)
          .filter((e) => e.needs.every((c) => c === 'necessary'));
        expect(
          subset(
            needsOnlyNecessary.map((e) => e.id),
            gained(outcome),
          ),
        ).toBe(true);
      }),
    );
  });

  test('a minimal brand never holds more than a maximal one, and the shopper sees the same', () => {
    fc.assert(
      fc.property(settingsArb, (random) => {
        const minimal = simulate(scenario, { ...random, policy: 'minimal' });
        const maximal = simulate(scenario, { ...random, policy: 'maximal' });
        expect(subset(dataIds(minimal), dataIds(maximal))).toBe(true);
        expect(subset(storageIds(minimal), storageIds(maximal))).toBe(true);
        expect(minimal.experiences).toEqual(maximal.experiences);
      }),
    );
  });

  test('blocking third-party cookies never gives a third party more', () => {
    fc.assert(
      fc.property(settingsArb, (random) => {
        const allows = simulate(scenario, { ...random, browser: 'allows-third-party-cookies' });
        const blocks = simulate(scenario, { ...random, browser: 'blocks-third-party-cookies' });
        expect(subset(thirdPartyData(blocks), thirdPartyData(allows))).toBe(true);
        expect(subset(thirdPartyStorage(blocks), thirdPartyStorage(allows))).toBe(true);
        expect(blocks.storage.filter((s) => s.context === 'third-party' && s.storageKind !== 'pixel')).toEqual([]);
      }),
    );
  });

  test('a blocking browser keeps nothing a script wrote beyond the cap, and never lengthens a lifetime', () => {
    const items = new Map(scenario.steps.flatMap((s) => s.storage.map((item) => [item.id, item] as const)));
    fc.assert(
      fc.property(settingsArb, (random) => {
        const allows = simulate(scenario, { ...random, browser: 'allows-third-party-cookies' });
        const blocks = simulate(scenario, { ...random, browser: 'blocks-third-party-cookies' });
        expect(allows.storage.filter((s) => s.browserCap !== null)).toEqual([]);
        for (const entry of blocks.storage) {
          const item = items.get(entry.id);
          const scriptWritten =
            entry.storageKind === 'local-storage' || (entry.storageKind === 'cookie' && item?.scriptWritten);
          const kept = keptDays(entry);
          if (scriptWritten && kept !== null) expect(kept).toBeLessThanOrEqual(SCRIPT_STORAGE_CAP_DAYS);
          if (entry.lifetime.days === null) expect(kept).toBeNull();
          else expect(kept).toBeLessThanOrEqual(entry.lifetime.days);
        }
        // The cap shortens how long items stay; it never adds one.
        expect(subset(storageIds(blocks), storageIds(allows))).toBe(true);
      }),
    );
  });

  test('turning GPC on never gives a third party more, and stops every sale or share', () => {
    fc.assert(
      fc.property(settingsArb, (random) => {
        const off = simulate(scenario, { ...random, gpc: false });
        const on = simulate(scenario, { ...random, gpc: true });
        expect(subset(thirdPartyData(on), thirdPartyData(off))).toBe(true);
        expect(subset(thirdPartyStorage(on), thirdPartyStorage(off))).toBe(true);
        expect(on.ledger.filter((e) => e.saleOrShare)).toEqual([]);
      }),
    );
  });

  test('every experience, data point and storage item names categories that exist', () => {
    const experiences = scenario.steps.flatMap((s) => s.experiences);
    expect(experiences.every((e) => e.needs.length > 0 && e.needs.every((c) => categoryIds.includes(c)))).toBe(true);
    const items = scenario.steps.flatMap((s) => [...s.dataPoints, ...s.storage]);
    expect(items.every((item) => categoryIds.includes(item.category))).toBe(true);
  });

  test('an experience is gained exactly when its categories are granted and neither the browser nor GPC stops it', () => {
    fc.assert(
      fc.property(settingsArb, (random) => {
        const outcome = simulate(scenario, random);
        const granted = ['necessary', ...random.consent];
        const all = scenario.steps.flatMap((s) => s.experiences);
        for (const result of outcome.experiences) {
          const experience = all.find((e) => e.id === result.id);
          const expected =
            !!experience &&
            experience.needs.every((c) => granted.includes(c)) &&
            !(experience.crossSiteCookie && random.browser === 'blocks-third-party-cookies') &&
            !(experience.saleOrShare && random.gpc);
          expect(result.status).toBe(expected ? 'gained' : 'lost');
        }
      }),
    );
  });

  test('accounts for every data point and storage item once: held, set or withheld', () => {
    fc.assert(
      fc.property(settingsArb, (random) => {
        const outcome = simulate(scenario, random);
        const declared = scenario.steps.flatMap((s) => [...s.dataPoints, ...s.storage].map((item) => item.id));
        const accounted = [...dataIds(outcome), ...storageIds(outcome), ...outcome.withheld.map((w) => w.id)];
        expect([...accounted].sort()).toEqual([...declared].sort());
        expect(outcome.withheld.every((w) => w.reasons.length > 0)).toBe(true);
        expect(outcome.steps.flatMap((s) => s.ledger)).toEqual(dataIds(outcome));
        expect(outcome.steps.flatMap((s) => s.storage)).toEqual(storageIds(outcome));
        expect(outcome.steps.flatMap((s) => s.experiences)).toEqual(outcome.experiences.map((e) => e.id));
      }),
    );
  });

  test('the summary matches the lists', () => {
    fc.assert(
      fc.property(settingsArb, (random) => {
        const outcome = simulate(scenario, random);
        const shared = outcome.ledger.filter((e) => e.holder.kind !== 'first');
        expect(outcome.summary).toEqual({
          experiencesGained: gained(outcome).length,
          experiencesLost: outcome.experiences.length - gained(outcome).length,
          dataPoints: outcome.ledger.length,
          recipients: new Set(shared.map((e) => e.holder.id)).size,
          thirdParties: new Set(thirdPartyData(outcome).map((id) => outcome.ledger.find((e) => e.id === id)?.holder.id))
            .size,
          sharedDataPoints: shared.length,
          storageItems: outcome.storage.length,
          thirdPartyStorage: outcome.storage.filter((s) => s.context === 'third-party').length,
        });
      }),
    );
  });

  test('same input, same output, and the outcome survives structuredClone and JSON', () => {
    fc.assert(
      fc.property(settingsArb, (random) => {
        const first = simulate(scenario, random);
        const again = simulate(structuredClone(scenario), structuredClone(random));
        expect(again).toEqual(first);
        expect(structuredClone(first)).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
      }),
    );
  });

  test('the order of the consent list does not matter', () => {
    fc.assert(
      fc.property(settingsArb, (random) => {
        const reversed = { ...random, consent: [...random.consent].reverse() };
        expect(simulate(scenario, reversed)).toEqual(simulate(scenario, random));
      }),
    );
  });
});
