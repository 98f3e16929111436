import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { optionalCategoryIds } from '~/engine/categories.ts';
import { drawScreen, screenDifferences } from '~/engine/screen.ts';
import { simulate } from '~/engine/simulate.ts';
import type { Scenario } from '~/engine/types.ts';
import { allScenarios, loadScenario, readFixture, settings, settingsArb } from './helpers.ts';
import { parseScenario } from '~/engine/scenario.ts';

const shopping = loadScenario('shopping');

describe('drawScreen', () => {
  test('draws the return visit with everything on after "accept all"', () => {
    const screen = drawScreen(shopping, simulate(shopping, settings([...optionalCategoryIds])), 'return');
    expect(screen).toMatchObject({ kind: 'screen', step: 'return', place: 'shop', site: null, detail: null });
    expect(screen.heading.en).toBe('Welcome to Threadline');
    expect(screen.slots.map((slot) => [slot.experience, slot.look, slot.state])).toEqual([
      ['remembered-language', 'badge', 'on'],
      ['restored-cart', 'cart', 'on'],
      ['recently-viewed', 'tiles', 'on'],
      ['recommendations', 'tiles', 'on'],
    ]);
    expect(screen.slots[0]?.content.text.en).toBe('FR · CHF');
    expect(screen.slots.every((slot) => slot.reasons.length === 0)).toBe(true);
  });

  test('draws them off after "reject all", with what shows instead and the category that would fill each', () => {
    const screen = drawScreen(shopping, simulate(shopping, settings([])), 'return');
    expect(screen.slots.map((slot) => slot.state)).toEqual(['off', 'off', 'off', 'off']);
    expect(screen.slots[1]).toMatchObject({
      experience: 'restored-cart',
      state: 'off',
      content: { text: { en: 'Cart: empty' }, items: [] },
      reasons: [{ kind: 'consent', missing: ['preferences'] }],
    });
    expect(screen.slots[3]?.content.items.map((item) => item.en)).toEqual(['Sun hat', 'Sandals']);
    expect(screen.slots[3]?.reasons).toEqual([{ kind: 'consent', missing: ['personalization'] }]);
  });

  test('says the browser, not consent, keeps the jacket ad off when third-party cookies are blocked', () => {
    const outcome = simulate(shopping, settings(['advertising'], { browser: 'blocks-third-party-cookies' }));
    expect(drawScreen(shopping, outcome, 'news-next-day').slots[0]).toMatchObject({
      look: 'ad',
      state: 'off',
      reasons: [{ kind: 'browser' }],
    });
  });

  test('without a screen in the scenario, heads it with the step title and draws each experience as a line', () => {
    const tiny = parseScenario(readFixture('valid'));
    const screen = drawScreen(tiny, simulate(tiny, settings([])), 'elsewhere');
    expect(screen.heading).toEqual(tiny.steps[1]?.title);
    expect(screen.slots).toEqual([
      {
        kind: 'slot',
        experience: 'retargeted-ad',
        name: { en: 'Sock ad', fr: 'Publicité pour les chaussettes' },
        look: 'note',
        state: 'off',
        content: { text: { en: 'Sock ad', fr: 'Publicité pour les chaussettes' }, items: [] },
        reasons: [{ kind: 'consent', missing: ['advertising'] }],
      },
    ]);
  });

  test('refuses a step that does not exist and an outcome of another scenario', () => {
    const news = loadScenario('news');
    expect(() => drawScreen(shopping, simulate(shopping, settings([])), 'nowhere')).toThrow(
      'scenario "shopping" has no step "nowhere"',
    );
    expect(() => drawScreen(shopping, simulate(news, settings([])), 'return')).toThrow(
      'the outcome is of "news", not of "shopping"',
    );
  });
});

describe('screenDifferences', () => {
  test('names the parts on in one choice and off in the other, in drawing order', () => {
    const all = drawScreen(shopping, simulate(shopping, settings([...optionalCategoryIds])), 'return');
    const preferences = drawScreen(shopping, simulate(shopping, settings(['preferences'])), 'return');
    expect(screenDifferences(all, preferences)).toEqual(['recommendations']);
    expect(screenDifferences(preferences, preferences)).toEqual([]);
  });

  test('refuses screens of two different steps', () => {
    const outcome = simulate(shopping, settings([]));
    expect(() =>
      screenDifferences(drawScreen(shopping, outcome, 'return'), drawScreen(shopping, outcome, 'checkout')),
    ).toThrow('steps "return" and "checkout" differ');
  });
});

describe.each(allScenarios)('the screens of %s', (_, scenario: Scenario) => {
  test('draw each experience once, on exactly when the outcome gains it', () => {
    fc.assert(
      fc.property(settingsArb, fc.nat({ max: scenario.steps.length - 1 }), (random, index) => {
        const step = scenario.steps[index];
        const outcome = simulate(scenario, random);
        const screen = drawScreen(scenario, outcome, step.id);
        expect(screen.slots.map((slot) => slot.experience).sort()).toEqual(step.experiences.map((e) => e.id).sort());
        for (const slot of screen.slots) {
          const result = outcome.experiences.find((e) => e.id === slot.experience);
          expect(slot.state === 'on').toBe(result?.status === 'gained');
          expect(slot.reasons).toEqual(result?.status === 'lost' ? result.reasons : []);
        }
      }),
    );
  });

  test('never switch a part off when one more category is granted', () => {
    fc.assert(
      fc.property(
        settingsArb,
        fc.constantFrom(...optionalCategoryIds),
        fc.nat({ max: scenario.steps.length - 1 }),
        (base, extra, index) => {
          const id = scenario.steps[index].id;
          const before = drawScreen(scenario, simulate(scenario, base), id);
          const after = drawScreen(scenario, simulate(scenario, { ...base, consent: [...base.consent, extra] }), id);
          const turnedOff = after.slots.filter((slot, i) => slot.state === 'off' && before.slots[i]?.state === 'on');
          expect(turnedOff).toEqual([]);
        },
      ),
    );
  });

  test('differ between reject all and accept all only where an optional category is needed', () => {
    for (const step of scenario.steps) {
      const none = drawScreen(scenario, simulate(scenario, settings([])), step.id);
      const all = drawScreen(scenario, simulate(scenario, settings([...optionalCategoryIds])), step.id);
      const optional = step.experiences.filter((e) => e.needs.some((c) => c !== 'necessary')).map((e) => e.id);
      expect(screenDifferences(none, all).sort()).toEqual(optional.sort());
    }
  });
});
