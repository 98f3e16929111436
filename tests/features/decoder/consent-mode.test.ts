/**
 * Reading Google Consent Mode's gcs and gcd (src/features/decoder/decode/consent-mode.ts):
 * every value of the reading the page cites, table by table; what lies outside it is
 * reported as undocumented; any paste gives a reading or a known problem.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  GCD_LETTERS,
  readConsentMode,
  simulatorAliases,
  type ConsentModeReading,
} from '~/features/decoder/decode/consent-mode';

function read(text: string): ConsentModeReading {
  const result = readConsentMode(text);
  if (!result.ok) throw new Error(`expected a reading, got ${result.problem.code}`);
  return result.value;
}

const state = (reading: ConsentModeReading, signal: string) =>
  reading.signals.find((s) => s.signal === signal && s.documented)?.documented
    ? (reading.signals.find((s) => s.signal === signal) as { state: string }).state
    : 'undocumented';

describe('readConsentMode: gcs', () => {
  test.each([
    ['G100', 'denied', 'denied'],
    ['G101', 'denied', 'granted'],
    ['G110', 'granted', 'denied'],
    ['G111', 'granted', 'granted'],
  ])('%s: ad_storage %s, analytics_storage %s', (gcs, ad, analytics) => {
    const reading = read(gcs);
    expect(reading.gcsDocumented).toBe(true);
    expect(reading.signals.map((s) => s.signal)).toEqual(['ad_storage', 'analytics_storage']);
    expect(state(reading, 'ad_storage')).toBe(ad);
    expect(state(reading, 'analytics_storage')).toBe(analytics);
  });

  test.each(['G1--', 'G1', 'G102', 'G200', 'G0111', 'g111'])('%s is outside the reading: undocumented', (gcs) => {
    const reading = read(gcs);
    expect(reading.gcsDocumented).toBe(false);
    expect(reading.signals).toEqual([]);
  });
});

describe('readConsentMode: gcd', () => {
  const signals = ['ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization'] as const;

  test.each(Object.entries(GCD_LETTERS))('letter %s reads the same in each of the four places', (letter, history) => {
    for (let place = 0; place < 4; place++) {
      const letters = ['l', 'l', 'l', 'l'];
      letters[place] = letter;
      const reading = read(`11${letters.join('1')}5`);
      expect(reading.signals[place]).toEqual({ signal: signals[place], documented: true, from: 'gcd', ...history });
    }
  });

  test.each([
    ['l', 'not-set', null, null],
    ['p', 'denied', 'denied', null],
    ['q', 'denied', 'denied', 'denied'],
    ['t', 'granted', 'granted', null],
    ['r', 'granted', 'denied', 'granted'],
    ['m', 'denied', null, 'denied'],
    ['n', 'granted', null, 'granted'],
    ['u', 'denied', 'granted', 'denied'],
    ['v', 'granted', 'granted', 'granted'],
  ])('%s: %s (default %s, update %s)', (letter, state, byDefault, byUpdate) => {
    expect(GCD_LETTERS[letter]).toEqual({ state, byDefault, byUpdate });
  });

  test('the reading has exactly nine letters', () => {
    expect(Object.keys(GCD_LETTERS).sort()).toEqual(['l', 'm', 'n', 'p', 'q', 'r', 't', 'u', 'v']);
  });

  test.each(['a', 'e', 'R', 'z'])('letter %s is reported as undocumented, not guessed', (letter) => {
    const reading = read(`11${letter}1p1p1p5`);
    expect(reading.signals[0]).toEqual({ signal: 'ad_storage', documented: false, from: 'gcd', letter });
    expect(reading.signals[1]).toMatchObject({ documented: true, state: 'denied' });
  });

  test('other digits around the letters do not change the letters', () => {
    expect(read('13r3p3l2v5').signals.map((s) => (s.documented ? s.state : 'undocumented'))).toEqual([
      'granted',
      'denied',
      'not-set',
      'granted',
    ]);
  });

  test.each(['11p1p1p', '11pp1p1p5', '1p1p1p1p5', '11p1p1p1p5x'])('%s has the wrong shape', (gcd) => {
    expect(readConsentMode(`gcd=${gcd}`)).toMatchObject({ ok: false, problem: { code: 'gcm.gcdShape' } });
  });
});

describe('readConsentMode: what can be pasted', () => {
  const url =
    'https://region1.google-analytics.com/g/collect?v=2&tid=G-XXXX&gcs=G101&gcd=13r3r3p2p5&dma=1&en=page_view';

  test('a URL gives both values; gcd wins where both speak', () => {
    const reading = read(url);
    expect(reading.gcs).toBe('G101');
    expect(reading.gcd).toBe('13r3r3p2p5');
    expect(reading.signals.map((s) => [s.signal, s.documented && s.state, s.from])).toEqual([
      ['ad_storage', 'granted', 'gcd'],
      ['analytics_storage', 'granted', 'gcd'],
      ['ad_user_data', 'denied', 'gcd'],
      ['ad_personalization', 'denied', 'gcd'],
    ]);
  });

  test('values that agree give no disagreement', () => {
    expect(read('gcs=G101&gcd=11p1r1p1p5').disagreements).toEqual([]);
    // gcd's "not set" does not contradict gcs.
    expect(read('gcs=G101&gcd=11l1l1p1p5').disagreements).toEqual([]);
  });

  test('gcs and gcd that disagree are named, signal by signal, and gcd still wins', () => {
    const reading = read('gcs=G110&gcd=11q1r1p1p5');
    expect(reading.disagreements).toEqual([
      { signal: 'ad_storage', gcs: 'granted', gcd: 'denied' },
      { signal: 'analytics_storage', gcs: 'denied', gcd: 'granted' },
    ]);
    expect(reading.signals.slice(0, 2).map((s) => s.documented && s.state)).toEqual(['denied', 'granted']);
  });

  test('a request line or a query string works as well', () => {
    expect(read(`GET /g/collect?v=2&gcs=G110 HTTP/2`).gcs).toBe('G110');
    expect(read('gcs=G100').signals).toHaveLength(2);
    expect(read('v=2&gcd=11t1t1t1t5&x=1').gcd).toBe('11t1t1t1t5');
  });

  test.each([
    ['', 'gcm.empty'],
    ['hello world', 'gcm.notFound'],
    ['<script>alert(1)</script>', 'gcm.notFound'],
    ['gcd=<b>', 'gcm.gcdShape'],
  ])('%j gives %s', (text, code) => {
    expect(readConsentMode(text)).toMatchObject({ ok: false, problem: { code } });
  });

  test('a problem quotes at most a short, cleaned fragment', () => {
    const result = readConsentMode(`${'x'.repeat(500)}\u202E<script>`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(String(result.problem.params.found).length).toBeLessThanOrEqual(25);
  });

  test('a 1 MB paste is read without trouble', () => {
    expect(read(`?gcs=G111&x=${'a'.repeat(1024 * 1024)}`).gcs).toBe('G111');
    expect(readConsentMode('a'.repeat(1024 * 1024))).toMatchObject({ ok: false, problem: { code: 'gcm.notFound' } });
  });

  test('any text gives a reading or a known problem', () => {
    const codes = ['gcm.empty', 'gcm.notFound', 'gcm.gcdShape'];
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 20 }), (text, value) => {
        for (const paste of [text, `gcs=${value}`, `gcd=${value}`, `?gcs=${value}&gcd=${value}`]) {
          const result = readConsentMode(paste);
          if (!result.ok) expect(codes).toContain(result.problem.code);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('simulatorAliases', () => {
  test('passes on only the signals read as granted or denied', () => {
    expect(simulatorAliases(read('gcd=11r1p1l1e5')).toString()).toBe('ad_storage=granted&analytics_storage=denied');
    expect(simulatorAliases(read('G111')).toString()).toBe('ad_storage=granted&analytics_storage=granted');
  });
});
