/**
 * Both editions: every page declares its language, names its other-language twin with
 * hreflang, and the language switch leads to the same page in the other language.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';
import { builtPages } from './support/site';

const origin = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const pages = builtPages().filter((path) => !path.startsWith('/embed/') && !path.startsWith('/fr/embed/'));

describe('English and French editions', () => {
  test('every English page has a French twin and the other way round', () => {
    const english = pages.filter((path) => !path.startsWith('/fr/'));
    const french = pages.filter((path) => path.startsWith('/fr/')).map((path) => path.slice(3));
    expect(french.sort()).toEqual(english.sort());
  });

  test.each(pages)('%s declares its language and links its twin', async (path) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    try {
      await page.goto(origin + path);
      const locale = path.startsWith('/fr/') ? 'fr' : 'en';
      const other = locale === 'fr' ? 'en' : 'fr';
      const twin = locale === 'fr' ? path.slice(3) : `/fr${path}`;
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      expect(await page.locator(`link[rel=alternate][hreflang=${other}]`).getAttribute('href')).toMatch(
        new RegExp(`${twin.replace(/[.?]/g, '\\$&')}$`),
      );
      const switchLink = page.locator(`nav.language-switch a[hreflang=${other}]`);
      expect(await switchLink.getAttribute('href')).toBe(twin);
      expect(await switchLink.getAttribute('lang')).toBe(other);
    } finally {
      await page.close();
    }
  });
});
