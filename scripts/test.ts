/**
 * `npm test`: every gate in order (README, "The two commands"), stopping at the first that fails,
 * then how long each step and the whole run took. The timing is printed, never asserted: a slow
 * machine makes a slow run, not a failed one.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { summaryLines, type StepResult } from './lib/test-run';

/** The npm scripts `npm test` runs, in order: fast checks first, the browser last. */
const steps = ['lint', 'check', 'test:unit', 'build', 'budget', 'validate:html', 'test:e2e'];

const start = performance.now();
const results: StepResult[] = [];
for (const step of steps) {
  const began = performance.now();
  const run = spawnSync('npm', ['run', step], { stdio: 'inherit' });
  results.push({ step, ok: run.status === 0, seconds: (performance.now() - began) / 1000 });
  if (run.status !== 0) break;
}

console.log(`\n${summaryLines(results, steps, (performance.now() - start) / 1000).join('\n')}`);
process.exitCode = results.length === steps.length && results.every((result) => result.ok) ? 0 : 1;
