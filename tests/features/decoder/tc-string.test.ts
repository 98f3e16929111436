/**
 * Decoding TC strings with the IAB library (src/features/decoder/decode/tc-string.ts):
 * the IAB's published examples read right, and broken, truncated, bit-flipped, huge or
 * hostile pastes give a problem with a known code, never an exception.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeTcString, extractTcString, TC_STRING_MAX_LENGTH } from '~/features/decoder/decode/tc-string';
import examples from '../../fixtures/tc-strings/iab-examples.json';

const byId = (id: string) => examples.examples.find((e) => e.id === id)?.tcString ?? '';
const problemCodes = new Set([
  'tc.empty',
  'tc.tooLong',
  'tc.badCharacter',
  'tc.emptySegment',
  'tc.version1',
  'tc.notVersion2',
  'tc.coreBroken',
  'tc.segmentBroken',
]);
const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Decodes, and checks the answer is a value or a problem with a known code. */
function decodeSafely(text: string) {
  const result = decodeTcString(text);
  if (!result.ok) expect(problemCodes, result.problem.code).toContain(result.problem.code);
  return result;
}

describe('decodeTcString', () => {
  test('reads the IAB example with publisher restrictions and a publisher segment', () => {
    const result = decodeTcString(byId('spec-2025-02-publisher'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const tc = result.value;
    expect(tc).toMatchObject({
      version: 2,
      created: '2025-02-20',
      lastUpdated: '2025-02-20',
      cmpId: 309,
      cmpVersion: 2,
      consentLanguage: 'DE',
      publisherCountryCode: 'DE',
      policyVersion: 5,
      vendorListVersion: 91,
      isServiceSpecific: true,
      vendorConsents: 259,
      vendorLegitimateInterests: 0,
      segments: 2,
    });
    expect(tc.purposes.filter((p) => p.consent).map((p) => p.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(tc.restrictions.length).toBeGreaterThan(0);
    expect(tc.restrictions.every((r) => r.vendors > 0 && r.purposeId >= 1 && r.purposeId <= 11)).toBe(true);
  });

  test('reads the French IAB example: three purposes by consent, two by legitimate interest', () => {
    const result = decodeTcString(byId('spec-2025-02-core'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.cmpId).toBe(56);
    expect(result.value.consentLanguage).toBe('FR');
    expect(result.value.publisherCountryCode).toBe('BE');
    expect(result.value.purposes.filter((p) => p.consent).map((p) => p.id)).toEqual([1, 3, 4]);
    expect(result.value.purposes.filter((p) => p.legitimateInterest).map((p) => p.id)).toEqual([8, 11]);
    expect(result.value.specialFeatures).toEqual([
      { id: 1, optedIn: false },
      { id: 2, optedIn: false },
    ]);
    expect(result.value.restrictions).toEqual([]);
  });

  test('reads the current specification example, with its disclosed vendors', () => {
    const result = decodeTcString(byId('spec-2025-11'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ cmpId: 880, vendorConsents: 4, vendorsDisclosed: 7, segments: 3 });
  });

  test('takes the string out of a cookie line or a URL', () => {
    const tc = byId('spec-2025-02-core');
    expect(extractTcString(`euconsent-v2=${tc}; _ga=GA1.2.3`)).toBe(tc);
    expect(extractTcString(`https://ads.example/p?x=1&gdpr_consent=${tc}&y=2`)).toBe(tc);
    expect(extractTcString(`  ${tc}\n`)).toBe(tc);
    expect(decodeTcString(`euconsent-v2=${tc}`).ok).toBe(true);
  });

  test.each([
    ['', 'tc.empty'],
    ['   ', 'tc.empty'],
    ['<script>alert(1)</script>', 'tc.badCharacter'],
    ['CPabc def', 'tc.badCharacter'],
    ['CPabc..def', 'tc.emptySegment'],
    ['BOEFEAyOEFEAyAHABDENAI4AAAB9vABAASA', 'tc.version1'],
    ['XYZ', 'tc.notVersion2'],
    ['C', 'tc.coreBroken'],
  ])('%j gives %s', (text, code) => {
    const result = decodeTcString(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe(code);
  });

  test('names the position and the character that does not belong, quoted as text', () => {
    const result = decodeTcString('CPab<img src=x onerror=alert(1)>');
    expect(result).toEqual({ ok: false, problem: { code: 'tc.badCharacter', params: { position: 5, found: '<' } } });
  });

  test('a paste of 1 MB says it is too long, with its real length, without reading it', () => {
    const result = decodeTcString('C'.repeat(1024 * 1024));
    expect(result).toEqual({
      ok: false,
      problem: { code: 'tc.tooLong', params: { length: 1024 * 1024, max: TC_STRING_MAX_LENGTH } },
    });
  });

  test('a cookie line with an over-long value gives the value’s length', () => {
    const result = decodeTcString(`euconsent-v2=${'C'.repeat(TC_STRING_MAX_LENGTH + 1)}; other=1`);
    expect(result).toMatchObject({ problem: { params: { length: TC_STRING_MAX_LENGTH + 1 } } });
  });

  test('every truncation of every IAB example gives a value or a known problem', () => {
    for (const { tcString } of examples.examples) {
      for (let length = 0; length < tcString.length; length++) decodeSafely(tcString.slice(0, length));
    }
  });

  test('a damaged later segment is named as such', () => {
    const [core, , publisher] = byId('spec-2025-11').split('.');
    const result = decodeTcString(`${core}.Q.${publisher}`);
    expect(result).toMatchObject({ ok: false, problem: { code: 'tc.segmentBroken', params: { part: 2, parts: 3 } } });
  });

  test('every one-character change of the IAB examples gives a value or a known problem', () => {
    for (const { tcString } of examples.examples) {
      for (let i = 0; i < tcString.length; i++) {
        if (tcString[i] === '.') continue;
        const flipped = base64[(base64.indexOf(tcString[i] ?? 'A') + 1) % 64];
        decodeSafely(tcString.slice(0, i) + flipped + tcString.slice(i + 1));
      }
    }
  });

  test('any text at all gives a value or a known problem', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        decodeSafely(text);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...base64.split(''), '.'), minLength: 1, maxLength: 300 }),
        (text) => {
          decodeSafely(`C${text}`);
        },
      ),
      { numRuns: 500 },
    );
  });
});
