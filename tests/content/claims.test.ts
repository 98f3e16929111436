/**
 * The claims register (`content/claims.yaml`, rules in `src/features/claims/claims.ts`): the
 * staleness rule on fixed dates, then the real register checked against today, read once. A
 * claim a year past its check, or past its `recheckBy` day, fails here until someone checks it
 * again; a passage rewritten without updating the register fails too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { describe, expect, test } from 'vitest';
import { claimsFileSchema, dueDay, staleClaims } from '~/features/claims/claims';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The one reading of the clock in this file. */
const today = new Date().toISOString().slice(0, 10);

describe('staleClaims', () => {
  const checkedInDecember = { id: 'gpc', checked: '2026-12-04' };

  test('a claim stays fresh for a year after its check, to the day', () => {
    expect(staleClaims([checkedInDecember], '2026-12-04')).toEqual([]);
    expect(staleClaims([checkedInDecember], '2027-12-04')).toEqual([]);
  });

  test('falls due the day after its first anniversary', () => {
    expect(staleClaims([checkedInDecember], '2027-12-05')).toEqual([{ id: 'gpc', due: '2027-12-04' }]);
  });

  test('an earlier recheckBy day brings the due date forward', () => {
    const lawAboutToChange = { id: 'ab-566', checked: '2026-12-04', recheckBy: '2027-01-15' };
    expect(staleClaims([lawAboutToChange], '2027-01-15')).toEqual([]);
    expect(staleClaims([lawAboutToChange], '2027-01-16')).toEqual([{ id: 'ab-566', due: '2027-01-15' }]);
  });

  test('a recheckBy day later than a year does not extend it', () => {
    expect(dueDay({ checked: '2026-12-04', recheckBy: '2028-06-01' })).toBe('2027-12-04');
  });

  test('a check on 29 February falls due on 1 March of the next year', () => {
    expect(dueDay({ checked: '2024-02-29' })).toBe('2025-03-01');
  });

  test('lists only the stale claims, in register order', () => {
    const claims = [
      { id: 'old', checked: '2020-01-01' },
      { id: 'fresh', checked: '2026-11-30' },
      { id: 'due-soon', checked: '2026-01-01', recheckBy: '2026-06-01' },
    ];
    expect(staleClaims(claims, '2026-12-04').map((claim) => claim.id)).toEqual(['old', 'due-soon']);
  });
});

describe('content/claims.yaml', () => {
  const raw: unknown = YAML.parse(readFileSync(`${root}content/claims.yaml`, 'utf8'));
  const parsed = claimsFileSchema.safeParse(raw);

  test('follows the schema, with unique ids', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  const claims = parsed.data ?? [];

  test('holds the time-sensitive claims of the site', () => {
    expect(claims.map((claim) => claim.id)).toEqual(
      expect.arrayContaining(['gpc-browser-support', 'california-ab-566', 'safari-script-storage-seven-days']),
    );
  });

  test(`has no claim past due on ${today}`, () => {
    expect(staleClaims(claims, today)).toEqual([]);
  });

  /** Non-breaking spaces and curly apostrophes count as plain ones, so a quote survives typography. */
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/’/g, "'").replace(/\s+/g, ' ');

  test('every place it names exists and still carries the quoted words', () => {
    const missing = claims.flatMap((claim) =>
      claim.appearsIn.flatMap(({ file, quote }) => {
        const path = `${root}${file}`;
        if (!existsSync(path)) return [`${claim.id}: ${file} does not exist`];
        return plain(readFileSync(path, 'utf8')).includes(plain(quote)) ? [] : [`${claim.id}: "${quote}" not in ${file}`];
      }),
    );
    expect(missing).toEqual([]);
  });

  test('no claim is checked in the future', () => {
    expect(claims.filter((claim) => claim.checked > today).map((claim) => claim.id)).toEqual([]);
  });
});
