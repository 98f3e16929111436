import { describe, expect, test } from 'vitest';
import { isPlaceholderSite, placeholderSite, resolveSiteAddress, siteUrl } from '~/features/site-address/site-address';

describe('resolveSiteAddress', () => {
  test('without SITE_URL, the placeholder, said to be one', () => {
    expect(resolveSiteAddress(undefined)).toEqual({ url: 'https://datadeal.example/', placeholder: true });
    expect(resolveSiteAddress('  ')).toEqual({ url: 'https://datadeal.example/', placeholder: true });
  });

  test('an origin becomes the address, with its trailing slash', () => {
    expect(resolveSiteAddress('https://datadeal.org')).toEqual({ url: 'https://datadeal.org/', placeholder: false });
    expect(resolveSiteAddress(' https://Learn.Example.ORG/ ')).toEqual({
      url: 'https://learn.example.org/',
      placeholder: false,
    });
    expect(resolveSiteAddress('http://192.168.1.20:4321').url).toBe('http://192.168.1.20:4321/');
  });

  test.each([
    ['datadeal.org', /not an address/],
    ['ftp://datadeal.org', /https:\/\//],
    ['https://example.org/datadeal/', /origin only/],
    ['https://datadeal.org/?x=1', /origin only/],
    ['https://user:secret@datadeal.org', /origin only/],
  ])('refuses %s, saying why', (value, message) => {
    expect(() => resolveSiteAddress(value)).toThrow(message);
  });
});

describe('siteUrl and isPlaceholderSite', () => {
  test('a page without a site gets the placeholder', () => {
    expect(siteUrl(undefined).href).toBe(`${placeholderSite}/`);
    expect(isPlaceholderSite(undefined)).toBe(true);
  });

  test('a configured site is used as it is', () => {
    const site = new URL('https://datadeal.org/');
    expect(siteUrl(site)).toBe(site);
    expect(isPlaceholderSite(site)).toBe(false);
  });
});
