/**
 * The scenario trimmer of the islands (`src/widgets/kit/island-scenario.ts`): what each kind of
 * island keeps, and that trimming changes no figure the engine computes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import YAML from 'yaml';
import { optionalCategoryIds } from '~/engine/categories';
import { parseScenario } from '~/engine/scenario';
import { simulate } from '~/engine/simulate';
import type { Settings } from '~/engine/types';
import { islandScenario } from '~/widgets/kit/island-scenario';

const scenario = parseScenario(YAML.parse(readFileSync(resolve('content/scenarios/shopping.yaml'), 'utf8')));
const step = scenario.steps.find((s) => s.dataPoints.length > 0 && s.storage.length > 0) ?? scenario.steps[0];

/** Every text (`{ en, fr }`) of a value, depth first. */
function texts(value: unknown): { en: string; fr: string }[] {
  if (Array.isArray(value)) return value.flatMap(texts);
  if (!value || typeof value !== 'object') return [];
  const keys = Object.keys(value).sort().join();
  if (keys === 'en,fr') return [value as { en: string; fr: string }];
  return Object.values(value).flatMap(texts);
}

describe('islandScenario', () => {
  test('names: the names in the page’s language, no other text', () => {
    const trimmed = islandScenario(scenario, 'fr', 'names');
    expect(trimmed.persona.name).toEqual({ en: '', fr: scenario.persona.name.fr });
    expect(trimmed.parties[0].role).toEqual({ en: '', fr: '' });
    expect(trimmed.steps[0].title).toEqual({ en: '', fr: '' });
    expect(trimmed.steps[0].experiences[0]?.name.fr).toBe(scenario.steps[0].experiences[0]?.name.fr);
  });

  test('ledger: also what the cookie jar and the data flow list', () => {
    const trimmed = islandScenario(scenario, 'en', 'ledger');
    const at = trimmed.steps.find((s) => s.id === step.id);
    expect(at?.title).toEqual({ en: step.title.en, fr: '' });
    expect(at?.dataPoints[0].purpose).toEqual({ en: step.dataPoints[0].purpose.en, fr: '' });
    expect(at?.storage[0].lifetime.text).toEqual({ en: step.storage[0].lifetime.text.en, fr: '' });
    expect(at?.happens).toEqual({ en: '', fr: '' });
  });

  test('all: every text in the page’s language, none in the other', () => {
    const trimmed = islandScenario(scenario, 'en', 'all');
    expect(trimmed.steps[0].happens).toEqual({ en: scenario.steps[0].happens.en, fr: '' });
    expect(texts(trimmed).length).toBe(texts(scenario).length);
    expect(texts(trimmed).filter((text) => text.fr !== '')).toEqual([]);
    expect(texts(trimmed).map((text) => text.en)).toEqual(texts(scenario).map((text) => text.en));
  });

  test('changes no figure: the same data, storage and experiences under every choice', () => {
    const figures = (settings: Settings, s = scenario) => {
      const outcome = simulate(s, settings);
      return {
        experiences: outcome.experiences.map((e) => `${e.id}:${e.status}`),
        data: outcome.ledger.map((d) => `${d.id}:${d.holder.id}`),
        storage: outcome.storage.map((s) => s.name),
        summary: outcome.summary,
      };
    };
    for (const consent of [[], optionalCategoryIds]) {
      const settings: Settings = { consent, policy: 'maximal', browser: 'allows-third-party-cookies', gpc: false };
      for (const texts of ['names', 'ledger', 'all'] as const) {
        expect(figures(settings, islandScenario(scenario, 'fr', texts))).toEqual(figures(settings));
      }
    }
  });
});
