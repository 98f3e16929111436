/** The build step that gives each page's CSP the hashes of exactly its own inline styles. */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { styleHash, withOwnStyleHashes } from '../../src/integrations/style-hashes';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head><body></body></html>`;
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)?.[1];

describe('style-hashes', () => {
  test('styleHash is the CSP source of the exact text between the tags', () => {
    expect(styleHash('a{color:red}')).toBe(sha('a{color:red}'));
    expect(styleHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  test('style-src names the styles of the page, and drops hashes of styles it does not carry', () => {
    const html = page(
      "default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-abc'; style-src 'self' 'sha256-other';",
      '<style>p{margin:0}</style><style data-x="1">.a{color:red}</style>',
    );
    expect(policyOf(withOwnStyleHashes(html))).toBe(
      `default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-abc'; style-src 'self' ${sha('p{margin:0}')} ${sha('.a{color:red}')};`,
    );
  });

  test('a style repeated in the page is named once, and never with unsafe-inline', () => {
    const result = policyOf(withOwnStyleHashes(page("style-src 'self';", '<style>b{}</style><style>b{}</style>')));
    expect(result).toBe(`style-src 'self' ${sha('b{}')};`);
    expect(result).not.toContain('unsafe-inline');
  });

  test('a policy without style-src gets one; a page without a policy is left as it is', () => {
    expect(policyOf(withOwnStyleHashes(page("default-src 'self'", '<style>i{}</style>')))).toBe(
      `default-src 'self'; style-src 'self' ${sha('i{}')};`,
    );
    const plain = '<html><head><style>i{}</style></head></html>';
    expect(withOwnStyleHashes(plain)).toBe(plain);
  });

  test('a page without inline styles allows only its own stylesheets', () => {
    expect(policyOf(withOwnStyleHashes(page("style-src 'self' 'sha256-x';", '')))).toBe("style-src 'self';");
  });
});
