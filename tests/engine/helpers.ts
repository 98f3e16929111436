/**
 * Shared by the engine tests: the real scenario files, the malformed fixtures, and
 * fast-check arbitraries for settings. Not a test file itself (vitest only runs `*.test.ts`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import YAML from 'yaml';
import { optionalCategoryIds } from '~/engine/categories.ts';
import { parseScenario } from '~/engine/scenario.ts';
import type { BrowserMode, Policy, Scenario, Settings } from '~/engine/types.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scenarioDir = path.join(root, 'content/scenarios');
const fixtureDir = path.join(root, 'tests/fixtures/scenarios');

/** The raw YAML of `content/scenarios/<id>.yaml`, parsed but not validated. */
export function readScenarioYaml(id: string): unknown {
  return YAML.parse(fs.readFileSync(path.join(scenarioDir, `${id}.yaml`), 'utf8'));
}

/** `content/scenarios/<id>.yaml`, validated. */
export function loadScenario(id: string): Scenario {
  return parseScenario(readScenarioYaml(id));
}

/** Ids of every scenario file, so properties run over scenarios added later too. */
export const scenarioIds: string[] = fs
  .readdirSync(scenarioDir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''))
  .sort();

/** Every scenario file, validated, as `[id, scenario]` pairs for `describe.each`. */
export const allScenarios: [string, Scenario][] = scenarioIds.map((id) => [id, loadScenario(id)]);

/** `tests/fixtures/scenarios/<name>.yaml`, parsed but not validated. Broken cases patch a copy of `valid`. */
export function readFixture(name: string): unknown {
  return YAML.parse(fs.readFileSync(path.join(fixtureDir, `${name}.yaml`), 'utf8'));
}

export const policies: Policy[] = ['minimal', 'maximal'];
export const browsers: BrowserMode[] = ['allows-third-party-cookies', 'blocks-third-party-cookies'];

/** Any combination of consent, policy, browser and GPC. */
export const settingsArb: fc.Arbitrary<Settings> = fc.record({
  consent: fc.subarray([...optionalCategoryIds]),
  policy: fc.constantFrom(...policies),
  browser: fc.constantFrom(...browsers),
  gpc: fc.boolean(),
});

/** Shorthand for settings in example tests: a browser that allows third-party cookies, no GPC, a maximal brand. */
export function settings(consent: Settings['consent'], overrides: Partial<Omit<Settings, 'consent'>> = {}): Settings {
  return { consent, policy: 'maximal', browser: 'allows-third-party-cookies', gpc: false, ...overrides };
}
