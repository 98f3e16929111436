/**
 * What `npm test` prints when it ends (scripts/test.ts): how long each step and the whole run
 * took, and a last line of the form `N passed, N failed` that CI reads in any language.
 */

/** One step of the run: an npm script, whether it passed, and how long it took. */
export interface StepResult {
  step: string;
  ok: boolean;
  seconds: number;
}

/** `42 s` under a minute, `7 min 05 s` above. */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

/**
 * The closing lines: the total time with each step's, then the count of steps that passed and
 * failed. A step after a failure does not run, and is named as such.
 */
export function summaryLines(results: readonly StepResult[], steps: readonly string[], totalSeconds: number): string[] {
  const timed = results.map(
    (result) => `${result.step} ${formatDuration(result.seconds)}${result.ok ? '' : ' (failed)'}`,
  );
  const skipped = steps.slice(results.length);
  const passed = results.filter((result) => result.ok).length;
  const failed = results.length - passed;
  return [
    `npm test took ${formatDuration(totalSeconds)}: ${timed.join(', ')}${skipped.length > 0 ? `; not run: ${skipped.join(', ')}` : ''}.`,
    `${passed} passed, ${failed} failed`,
  ];
}
