/**
 * The drawn mock screens (`src/features/step-screens/PhoneScreen.svelte`), rendered in jsdom from the
 * engine's `drawScreen`: in both scenarios, for every optional category, a part that refusing the
 * category switches off is drawn off (what shows instead), labelled for screen readers, and names the
 * category that would fill it; granted, the same part is drawn on.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import YAML from 'yaml';
import { optionalCategoryIds } from '~/engine/categories';
import { defaultSettings } from '~/engine/params';
import { parseScenario } from '~/engine/scenario';
import { drawScreen, screenDifferences } from '~/engine/screen';
import { simulate } from '~/engine/simulate';
import type { OptionalCategory, Scenario } from '~/engine/types';
import { labelsFor } from '~/i18n';
import { stepScreenLabelPrefixes } from '~/features/step-screens/labels';
import PhoneScreen from '~/features/step-screens/PhoneScreen.svelte';

const load = (id: string) => parseScenario(YAML.parse(readFileSync(resolve(`content/scenarios/${id}.yaml`), 'utf8')));
const scenarios = ['shopping', 'news'].map(load);
const locales = ['en', 'fr'] as const;

/** Every (scenario, category, step, experience) where the experience needs that one optional category. */
const cases = scenarios.flatMap((scenario) =>
  optionalCategoryIds.flatMap((category) => {
    const found = scenario.steps.flatMap((step) =>
      step.experiences
        .filter((experience) => experience.needs.includes(category))
        .map((experience) => ({ step: step.id, experience })),
    );
    return found.map((item) => [scenario.id, category, item.step, item.experience.id] as const);
  }),
);

function draw(scenario: Scenario, step: string, consent: readonly OptionalCategory[], locale: 'en' | 'fr' = 'en') {
  const outcome = simulate(scenario, { ...defaultSettings, consent });
  const labels = labelsFor(locale, ...stepScreenLabelPrefixes);
  const shop = scenario.parties.find((party) => party.id === scenario.shop.party)!.name[locale];
  return render(PhoneScreen, {
    screen: drawScreen(scenario, outcome, step),
    shop,
    persona: scenario.persona.name[locale],
    locale,
    labels,
  });
}

/** The drawn part that shows `experience`. */
function slotOf(container: HTMLElement, name: string) {
  const slot = [...container.querySelectorAll<HTMLElement>('.slot')].find((element) =>
    element.querySelector('.visually-hidden')?.textContent?.startsWith(`${name},`),
  );
  if (!slot) throw new Error(`no drawn part for "${name}"`);
  return slot;
}

describe('PhoneScreen', () => {
  test('every optional category fills at least one part in each scenario', () => {
    for (const scenario of scenarios) {
      const covered = new Set(cases.filter(([id]) => id === scenario.id).map(([, category]) => category));
      expect([...covered].sort()).toEqual([...optionalCategoryIds].sort());
    }
  });

  test.each(cases)(
    '%s: refusing %s draws %s’s “%s” off, labelled, with the category that fills it',
    (id, category, step, experienceId) => {
      const scenario = scenarios.find((candidate) => candidate.id === id)!;
      const experience = scenario.steps.flatMap((s) => s.experiences).find((e) => e.id === experienceId)!;
      const declared = scenario.steps
        .find((s) => s.id === step)!
        .screen!.slots.find((s) => s.experience === experienceId)!;
      for (const locale of locales) {
        const labels = labelsFor(locale, 'category.');
        const refused = optionalCategoryIds.filter((other) => other !== category);
        const off = slotOf(draw(scenario, step, refused, locale).container, experience.name[locale]);
        expect(off).toHaveAttribute('data-state', 'off');
        expect(off.querySelector('.visually-hidden')).toHaveTextContent(
          locale === 'en' ? `${experience.name.en}, switched off:` : `${experience.name.fr}, désactivé :`,
        );
        expect(off.querySelector('.text')?.textContent).toBe(declared.lost.text[locale]);
        expect(off.querySelector('.needs')).toHaveTextContent(labels[`category.${category}`]);
        cleanup();
        const on = slotOf(draw(scenario, step, optionalCategoryIds, locale).container, experience.name[locale]);
        expect(on).toHaveAttribute('data-state', 'on');
        expect(on.querySelector('.text')?.textContent).toBe(declared.gained.text[locale]);
        expect(on.querySelector('.needs')).toBeNull();
        cleanup();
      }
    },
  );

  test('is a figure named as a mock screen of its place, with the shop in its header', () => {
    const shopping = scenarios[0];
    draw(shopping, 'return', []);
    const figure = screen.getByRole('figure');
    expect(figure).toHaveTextContent('Mock screen: Threadline, the shop');
    expect(figure.querySelector('.top')).toHaveTextContent('Threadline');
    expect(figure.querySelector('.heading')).toHaveTextContent('Welcome to Threadline');
  });

  test('names the browser or the privacy signal when they, not consent, keep a part off', () => {
    const shopping = scenarios[0];
    const outcome = simulate(shopping, { ...defaultSettings, consent: optionalCategoryIds, gpc: true });
    const labels = labelsFor('en', ...stepScreenLabelPrefixes);
    const { container } = render(PhoneScreen, {
      screen: drawScreen(shopping, outcome, 'partner-offers'),
      shop: 'Threadline',
      persona: 'Maya',
      locale: 'en',
      labels,
    });
    expect(slotOf(container, 'Partner discount').querySelector('.needs')).toHaveTextContent(
      'Stopped by the privacy signal',
    );
  });

  test('marks the parts that differ from another choice in words and with a frame, and captions the choice', () => {
    const shopping = scenarios[0];
    const all = drawScreen(
      shopping,
      simulate(shopping, { ...defaultSettings, consent: optionalCategoryIds }),
      'return',
    );
    const none = drawScreen(shopping, simulate(shopping, { ...defaultSettings, consent: [] }), 'return');
    const { container } = render(PhoneScreen, {
      screen: none,
      shop: 'Threadline',
      persona: 'Maya',
      caption: 'Reject all',
      differs: screenDifferences(all, none),
      locale: 'en',
      labels: labelsFor('en', ...stepScreenLabelPrefixes),
    });
    expect(screen.getByRole('figure').querySelector('figcaption')).toHaveTextContent('Reject all');
    const marked = [...container.querySelectorAll('.slot[data-differs="true"]')];
    expect(marked).toHaveLength(4);
    for (const slot of marked) expect(slot.querySelector('.differs')).toHaveTextContent('Differs');
  });
});
