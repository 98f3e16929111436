/**
 * Times the simulation engine on every scenario in content/scenarios: the median and 95th
 * percentile, in milliseconds, of `simulate` for one profile (accept-all, the largest
 * outcome) and of `compareProfiles` for all 32 profiles, for each brand policy × browser ×
 * GPC combination. docs/design.md ("Budgets and bars") asks for every profile of a scenario in well under a frame
 * (16 ms). Prints figures only; it asserts nothing.
 *
 * Run with `npm run bench:engine` (Node 22 through tsx).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { compareProfiles } from '../src/engine/compare.ts';
import { optionalCategoryIds } from '../src/engine/categories.ts';
import { parseScenario } from '../src/engine/scenario.ts';
import { simulate } from '../src/engine/simulate.ts';
import type { BrowserMode, Policy, Scenario } from '../src/engine/types.ts';

const WARM_UP = 50;
const RUNS = 200;

const scenarioDir = fileURLToPath(new URL('../content/scenarios/', import.meta.url));
const scenarios: Scenario[] = fs
  .readdirSync(scenarioDir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => parseScenario(YAML.parse(fs.readFileSync(path.join(scenarioDir, name), 'utf8'))));

/** Runs `work` WARM_UP times untimed, then RUNS times timed; returns [median, p95] in ms. */
function time(work: () => unknown): [number, number] {
  let sink = 0; // keeps the results alive so the work cannot be optimised away
  for (let i = 0; i < WARM_UP; i += 1) sink += work() ? 1 : 0;
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    sink += work() ? 1 : 0;
    samples.push(performance.now() - start);
  }
  if (sink < 0) console.log(sink);
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)] ?? NaN;
  return [at(0.5), at(0.95)];
}

const ms = (value: number) => value.toFixed(3).padStart(8);
const policies: Policy[] = ['minimal', 'maximal'];
const browsers: BrowserMode[] = ['allows-third-party-cookies', 'blocks-third-party-cookies'];

console.log(`Engine benchmark: ${RUNS} timed runs after ${WARM_UP} warm-up runs, Node ${process.version}`);
console.log('simulate = one profile (accept-all); compare = compareProfiles, all 32 profiles. Times in ms.\n');
console.log(
  ['scenario'.padEnd(10), 'policy'.padEnd(8), 'browser'.padEnd(8), 'gpc'.padEnd(4)].join(' ') +
    ['sim p50', 'sim p95', 'cmp p50', 'cmp p95'].map((h) => h.padStart(9)).join(''),
);
for (const scenario of scenarios) {
  for (const policy of policies) {
    for (const browser of browsers) {
      for (const gpc of [false, true]) {
        const settings = { consent: optionalCategoryIds, policy, browser, gpc };
        const [simMedian, simP95] = time(() => simulate(scenario, settings));
        const [cmpMedian, cmpP95] = time(() => compareProfiles(scenario, { policy, browser, gpc }));
        console.log(
          [
            scenario.id.padEnd(10),
            policy.padEnd(8),
            (browser === 'allows-third-party-cookies' ? 'allows' : 'blocks').padEnd(8),
            (gpc ? 'on' : 'off').padEnd(4),
          ].join(' ') + [simMedian, simP95, cmpMedian, cmpP95].map((v) => ` ${ms(v)}`).join(''),
        );
      }
    }
  }
}
