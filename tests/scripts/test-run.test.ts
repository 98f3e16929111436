/** The closing lines of `npm test` (scripts/lib/test-run.ts). */
import { describe, expect, test } from 'vitest';
import { formatDuration, summaryLines } from '../../scripts/lib/test-run';

describe('formatDuration', () => {
  test('seconds under a minute, minutes and two-digit seconds above', () => {
    expect(formatDuration(41.6)).toBe('42 s');
    expect(formatDuration(425)).toBe('7 min 05 s');
    expect(formatDuration(59.7)).toBe('1 min 00 s');
  });
});

describe('summaryLines', () => {
  const steps = ['lint', 'check', 'test:e2e'];

  test('a full run: each step timed, the total, then passed and failed', () => {
    const lines = summaryLines(
      [
        { step: 'lint', ok: true, seconds: 20 },
        { step: 'check', ok: true, seconds: 40 },
        { step: 'test:e2e', ok: true, seconds: 300 },
      ],
      steps,
      361,
    );
    expect(lines).toEqual([
      'npm test took 6 min 01 s: lint 20 s, check 40 s, test:e2e 5 min 00 s.',
      '3 passed, 0 failed',
    ]);
  });

  test('a failed step stops the run; the steps after it are named as not run', () => {
    const lines = summaryLines(
      [
        { step: 'lint', ok: true, seconds: 20 },
        { step: 'check', ok: false, seconds: 12 },
      ],
      steps,
      32,
    );
    expect(lines[0]).toBe('npm test took 32 s: lint 20 s, check 12 s (failed); not run: test:e2e.');
    expect(lines[1]).toBe('1 passed, 1 failed');
  });
});
