/**
 * The site search on the built site, in Chromium, against the real Pagefind index: every
 * glossary term, searched by its name, is found at its own anchor, in each language and only
 * in that language; the keyboard alone can search and open a result; the page calls no one
 * else, stores nothing, passes axe, and says what to do when JavaScript is off or the index
 * cannot load.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { launchChromium } from './support/browser';
import { builtPages } from './support/site';
import { expectClean } from './support/clean';
import { elementsDefined, visit } from './support/visit';
import { locales, type Locale } from '~/i18n';

const origin = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const searchPath = (locale: Locale) => (locale === 'en' ? '/search/' : `/${locale}/search/`);

/** Every glossary term of `locale`: its anchor and its name, from the content files. */
function glossaryTerms(locale: Locale): { id: string; name: string }[] {
  const dir = new URL(`../../content/glossary/${locale}/`, import.meta.url);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md') && !file.startsWith('_'))
    .map((file) => {
      const frontMatter = readFileSync(new URL(file, dir), 'utf8').split(/^---$/m)[1] ?? '';
      return { id: file.slice(0, -3), name: String((parse(frontMatter) as { term: string }).term) };
    });
}

/** Runs a search as the element does and returns the links it shows: result titles and sections. */
async function search(page: Page, query: string): Promise<string[]> {
  await elementsDefined(page, 'site-search');
  await page.evaluate(
    (q) => document.querySelector<HTMLElement & { run(q: string): Promise<void> }>('site-search')!.run(q),
    query,
  );
  return page.$$eval('ol.results a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
}

describe('/search/', () => {
  test('is built in every language', () => {
    expect(builtPages()).toEqual(expect.arrayContaining(locales.map(searchPath)));
  });

  test.each(locales)('%s: every glossary term, searched by its name, is found at its anchor', async (locale) => {
    const terms = glossaryTerms(locale);
    expect(terms.length).toBeGreaterThanOrEqual(40);
    const result = await visit(browser, origin, searchPath(locale));
    try {
      const glossary = locale === 'en' ? '/glossary/' : `/${locale}/glossary/`;
      const missed: string[] = [];
      for (const { id, name } of terms) {
        const links = await search(result.page, name);
        if (!links.includes(`${glossary}#${id}`)) missed.push(`${name} (${id})`);
        // Results stay within the visitor's language.
        expect(
          links.every((href) => (locale === 'en' ? !href.startsWith('/fr/') : href.startsWith(`/${locale}/`))),
        ).toBe(true);
      }
      expect(missed).toEqual([]);
      expect(result.consoleErrors).toEqual([]);
    } finally {
      await result.close();
    }
  });

  test.each(locales)('%s: loads cleanly, calls no one, stores nothing and passes axe with results', async (locale) => {
    const result = await visit(browser, origin, `${searchPath(locale)}?q=cookie`);
    try {
      const { page } = result;
      expect(result.status).toBe(200);
      await page.locator('ol.results li').first().waitFor();
      expect(await page.locator('.status').textContent()).toMatch(/^\d+ (results?|résultats?) (for|pour) /);
      await expectClean(result);
      const section = await page.locator('ol.results .section').first().textContent();
      expect(section).toBe(locale === 'en' ? 'Lesson' : 'Leçon');
    } finally {
      await result.close();
    }
  });

  test('the keyboard alone searches and opens a result', async () => {
    const result = await visit(browser, origin, '/search/');
    try {
      const { page } = result;
      // From the top of the page: the skip link, then the site's links, until the search box.
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.id === 'site-search-query')) break;
      }
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-query');
      await page.keyboard.type('fingerprinting');
      await page.keyboard.press('Enter');
      await page.locator('.status', { hasText: 'fingerprinting' }).waitFor();
      expect(new URL(page.url()).search).toBe('?q=fingerprinting');
      await page.keyboard.press('Tab'); // the Search button
      await page.keyboard.press('Tab'); // the first result
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      expect(href).toMatch(/^\/[a-z-/#]+$/);
      await Promise.all([page.waitForURL((url) => url.pathname === href!.split('#')[0]), page.keyboard.press('Enter')]);
    } finally {
      await result.close();
    }
  });

  test('a hostile ?q= is searched as plain text, clipped, and breaks nothing', async () => {
    const hostile = `<img src=x onerror="document.title='pwned'">${'x'.repeat(500)}`;
    const result = await visit(browser, origin, `/search/?q=${encodeURIComponent(hostile)}`);
    try {
      const { page } = result;
      await page.locator('.status:not(:empty)').waitFor();
      expect(await page.locator('.status').textContent()).toContain('<img src=x');
      expect(await page.locator('site-search img').count()).toBe(0);
      expect(await page.title()).not.toBe('pwned');
      expect((await page.inputValue('#site-search-query')).length).toBeLessThanOrEqual(100);
      expect(result.consoleErrors).toEqual([]);
    } finally {
      await result.close();
    }
  });

  test('when the index cannot load, it says so, and the next search tries again', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.route('**/pagefind/**', (route) => route.abort());
      await page.goto(`${origin}/search/`);
      expect(await search(page, 'cookie')).toEqual([]);
      expect(await page.locator('.status').textContent()).toBe(
        'Search could not load. Check your connection, then try again.',
      );
      await page.unroute('**/pagefind/**');
      expect((await search(page, 'cookie')).length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  test.each(locales)(
    '%s: without JavaScript, it says search needs it and links to the lessons and glossary',
    async (locale) => {
      const result = await visit(browser, origin, searchPath(locale), { javaScriptEnabled: false });
      try {
        const { page } = result;
        expect(await page.locator('site-search form').isVisible()).toBe(false);
        await expect(page.locator('.needs-js').isVisible()).resolves.toBe(true);
        const prefix = locale === 'en' ? '' : `/${locale}`;
        const links = await page.$$eval('.browse a', (as) => as.map((a) => a.getAttribute('href')));
        expect(links).toEqual([`${prefix}/learn/`, `${prefix}/glossary/`]);
      } finally {
        await result.close();
      }
    },
  );

  test('every page links to search in its own language', async () => {
    for (const path of ['/', '/learn/what-is-a-cookie/', '/fr/glossary/']) {
      const result = await visit(browser, origin, path, { javaScriptEnabled: false });
      try {
        const href = await result.page.locator('header a.search-link').getAttribute('href');
        expect(href).toBe(path.startsWith('/fr/') ? '/fr/search/' : '/search/');
      } finally {
        await result.close();
      }
    }
  });
});
