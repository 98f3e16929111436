/**
 * The small readers of the decoder: GPC (gpc.ts), lifetimes (retention.ts), CMP names
 * (cmp-names.ts) and quoting of untrusted text (problem.ts).
 */
import { describe, expect, test } from 'vitest';
import { readGpc } from '~/features/decoder/decode/gpc';
import { readRetention } from '~/features/decoder/decode/retention';
import { cmpName } from '~/features/decoder/decode/cmp-names';
import { quote } from '~/features/decoder/decode/problem';

describe('readGpc', () => {
  test.each([
    [true, 'on'],
    [false, 'off'],
    [undefined, 'unsupported'],
    [null, 'unsupported'],
    ['1', 'unsupported'],
    [1, 'unsupported'],
  ])('%j reads as %s', (value, state) => {
    expect(readGpc(value)).toBe(state);
  });
});

describe('readRetention', () => {
  test.each([
    ['session', { kind: 'session' }],
    ['Session', { kind: 'session' }],
    ['End of session (browser)', { kind: 'session' }],
    ['2 years', { kind: 'duration', amount: 2, unit: 'year' }],
    ['1 Year', { kind: 'duration', amount: 1, unit: 'year' }],
    ['13 months', { kind: 'duration', amount: 13, unit: 'month' }],
    ['30 minutes', { kind: 'duration', amount: 30, unit: 'minute' }],
    ['24 hours', { kind: 'duration', amount: 24, unit: 'hour' }],
    ['3 weeks', { kind: 'duration', amount: 3, unit: 'week' }],
    ['forever', { kind: 'text', text: 'forever' }],
    ['Unknown', { kind: 'text', text: 'Unknown' }],
  ])('%j', (text, retention) => {
    expect(readRetention(text)).toEqual(retention);
  });
});

describe('cmpName', () => {
  test('names the tools of the short list, and only those', () => {
    expect(cmpName(28)).toBe('OneTrust');
    expect(cmpName(7)).toBe('Didomi');
    expect(cmpName(999_999)).toBe(null);
    expect(cmpName(0)).toBe(null);
  });
});

describe('quote', () => {
  test('cuts long text and shows control and direction characters as a replacement mark', () => {
    expect(quote('a'.repeat(30))).toBe(`${'a'.repeat(24)}…`);
    expect(quote('x\u202Ey\u0000')).toBe('x\uFFFDy\uFFFD');
  });
});
