/**
 * Reading a pasted cookie list (src/features/decoder/decode/cookie-list.ts): names in
 * every shape a browser gives them, values never kept.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { MAX_COOKIE_NAMES, readCookieNames } from '~/features/decoder/decode/cookie-list';

const names = (text: string) => readCookieNames(text).names.map((n) => n.name);

describe('readCookieNames', () => {
  test('names one per line', () => {
    expect(names('_ga\n_gid\r\n\n  IDE  \n')).toEqual(['_ga', '_gid', 'IDE']);
  });

  test('document.cookie: name=value; name=value', () => {
    expect(names('_ga=GA1.2.1234.5678; euconsent-v2=CPabc.def; lang=fr')).toEqual(['_ga', 'euconsent-v2', 'lang']);
  });

  test('rows copied from the developer tools, header row or not', () => {
    const table = [
      'Name\tValue\tDomain\tPath\tExpires / Max-Age',
      '_ga\tGA1.1.99\t.shop.example\t/\t2027-01-01T00:00:00.000Z',
      '_fbp\tfb.1.2.3\t.shop.example\t/\t2026-03-01T00:00:00.000Z',
    ].join('\n');
    expect(names(table)).toEqual(['_ga', '_fbp']);
  });

  test('a Set-Cookie line gives its name, not its attributes', () => {
    expect(names('Set-Cookie: sid=abc; Path=/; Secure; HttpOnly; SameSite=Lax')).toEqual(['sid']);
  });

  test('a copied Cookie request header gives every name, its first included', () => {
    expect(names('Cookie: _ga=GA1.1.1; _hjSessionUser_123=x; lang=fr')).toEqual(['_ga', '_hjSessionUser_123', 'lang']);
    expect(names('cookie:_ga=1')).toEqual(['_ga']);
  });

  test('counts repeats once, in order of first appearance', () => {
    expect(readCookieNames('a=1; b=2\na\nb=3').names).toEqual([
      { name: 'a', count: 2, valid: true },
      { name: 'b', count: 2, valid: true },
    ]);
  });

  test('flags what cannot be a cookie name, and keeps it as text', () => {
    expect(readCookieNames('<script>alert(1)</script>').names).toEqual([
      { name: '<script>alert(1)</script>', count: 1, valid: false },
    ]);
  });

  test('reads at most 300 names and counts the rest', () => {
    const list = Array.from({ length: 350 }, (_, i) => `c${i}`).join('\n');
    const result = readCookieNames(list);
    expect(result.names).toHaveLength(MAX_COOKIE_NAMES);
    expect(result.skipped).toBe(50);
  });

  test('a 1 MB paste is read in part, and says so', () => {
    const result = readCookieNames('x=1\n'.repeat(300_000));
    expect(result.names).toEqual([{ name: 'x', count: 20_000, valid: true }]);
    expect(result.truncated).toBe(true);
  });

  test('no value ever comes back', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,10}$/), fc.string({ minLength: 6, maxLength: 20 })),
        ),
        (pairs) => {
          const pasted = pairs.map(([name, value]) => `${name}=SECRET${value.replace(/[;\n\r]/g, '')}`).join('; ');
          const result = readCookieNames(pasted);
          expect(JSON.stringify(result)).not.toContain('SECRET');
        },
      ),
    );
  });

  test('any text gives names, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        const result = readCookieNames(text);
        expect(result.names.every((n) => n.name.length > 0 && n.count > 0)).toBe(true);
      }),
    );
  });
});
