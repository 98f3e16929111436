/** The facts of a consent category's page, from the real scenarios. */
import { describe, expect, test } from 'vitest';
import { categoryIds, optionalCategoryIds } from '~/engine/categories';
import { toSimulatorParams } from '~/engine/params';
import { categoryFacts } from '~/features/choices/category-facts';
import { loadScenario, scenarioIds } from '../../engine/helpers';

const shopping = loadScenario('shopping');

describe('categoryFacts', () => {
  test('necessary enables what needs nothing else, and sends nothing outside the shop', () => {
    const facts = categoryFacts(shopping, 'necessary');
    expect(facts.enabled.length).toBeGreaterThan(0);
    for (const e of facts.enabled) expect(e.needs.every((need) => need === 'necessary')).toBe(true);
    expect(facts.outsideRecipients).toEqual([]);
    expect(facts.marginal).toBeUndefined();
    expect(facts.lost).toEqual([]);
    expect(facts.presets.allBut).toBeUndefined();
    expect(toSimulatorParams(facts.presets.only)).toBe('consent=none');
  });

  test('advertising sends data to third parties and its presets are it alone and all but it', () => {
    const facts = categoryFacts(shopping, 'advertising');
    const parties = new Map(shopping.parties.map((party) => [party.id, party.kind]));
    expect(facts.outsideRecipients.length).toBeGreaterThan(0);
    expect(facts.outsideRecipients.some((id) => parties.get(id) === 'third')).toBe(true);
    expect(toSimulatorParams(facts.presets.only)).toBe('consent=advertising');
    expect(toSimulatorParams(facts.presets.allBut!)).toBe('consent=preferences,analytics,personalization,partners');
  });

  test.each(scenarioIds)('in %s, every category’s facts agree with the scenario and the engine', (id) => {
    const scenario = loadScenario(id);
    for (const category of categoryIds) {
      const facts = categoryFacts(scenario, category);
      for (const d of facts.dataPoints) expect(d.category).toBe(category);
      for (const s of facts.storage) expect(s.category).toBe(category);
      expect(new Set(facts.outsideRecipients).size).toBe(facts.outsideRecipients.length);
      // Turning a category off never adds anything (the engine's monotony, seen from this page).
      expect(facts.withoutIt.experiencesGained).toBeLessThanOrEqual(facts.withAll.experiencesGained);
      expect(facts.withoutIt.dataPoints).toBeLessThanOrEqual(facts.withAll.dataPoints);
      if (category !== 'necessary') {
        expect(facts.marginal?.category).toBe(category);
        expect(facts.lost.map((e) => e.id)).toEqual(facts.marginal?.experiences);
        for (const e of facts.lost) expect(e.needs).toContain(category);
        expect(facts.presets.allBut?.consent).toEqual(optionalCategoryIds.filter((c) => c !== category));
      }
    }
  });
});
