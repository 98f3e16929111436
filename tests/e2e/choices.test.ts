/**
 * The six `/choices/<category>/` pages and the widgets of the trade-off lesson, in Chromium
 * against the built site: each category page loads cleanly, names its Consent Mode types,
 * links to its simulator presets, passes axe and ships no JavaScript; the lesson shows the
 * map and the compare table without JavaScript, and with it the map works by keyboard.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { categories, optionalCategoryIds } from '~/engine/categories';
import { defaultSettings, toSimulatorParams } from '~/engine/params';
import { launchChromium } from './support/browser';
import { builtPages } from './support/site';
import { expectClean } from './support/clean';
import { visit } from './support/visit';

const origin = inject('baseURL');
const pages = builtPages();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Scripts the page holds or loaded. */
async function scriptsOf(page: Page): Promise<{ elements: number; islands: number; loaded: string[] }> {
  return page.evaluate(() => ({
    elements: document.querySelectorAll('script').length,
    islands: document.querySelectorAll('astro-island').length,
    loaded: performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /\.m?js(\?|$)/.test(name)),
  }));
}

describe('the category pages', () => {
  test('exist for the six categories, and an index lists them', async () => {
    for (const { id } of categories) expect(pages).toContain(`/choices/${id}/`);
    const result = await visit(browser, origin, '/choices/');
    try {
      expect(result.status).toBe(200);
      const hrefs = await result.page
        .locator('main a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      for (const { id } of categories) expect(hrefs).toContain(`/choices/${id}/`);
      expect(hrefs).toContain('/learn/the-six-choices/');
    } finally {
      await result.close();
    }
  });

  test.each(categories.map((c) => [c.id, c] as const))(
    '/choices/%s/ answers first, names its Consent Mode types, links its presets, passes axe, ships no JavaScript',
    async (id, info) => {
      const result = await visit(browser, origin, `/choices/${id}/`);
      try {
        const { page } = result;
        expect(result.status).toBe(200);

        // The first screen: the name, then two sentences on what the switch does.
        const lede = (await page.locator('main .lede').innerText()).trim();
        expect(lede.split(/(?<=\.)\s+/)).toHaveLength(2);
        const box = await page.locator('main .lede').boundingBox();
        expect(box && box.y + box.height).toBeLessThan(720);

        const main = await page.locator('main').innerText();
        for (const type of info.consentMode) expect(main).toContain(type);
        if (info.consentMode.length === 0) expect(main).toContain('Consent Mode has no type for it');
        if (info.tcf.mapping === 'interpretive') expect(main).toContain('This match is our judgement');
        expect(main).toContain('is a judgement');

        const hrefs = await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        expect(hrefs).toContain(
          `/simulator/?${toSimulatorParams({ ...defaultSettings, consent: id === 'necessary' ? [] : [id] })}`,
        );
        if (id !== 'necessary') {
          const except = optionalCategoryIds.filter((c) => c !== id);
          expect(hrefs).toContain(`/simulator/?${toSimulatorParams({ ...defaultSettings, consent: except })}`);
        } else {
          expect(hrefs).toContain('https://eur-lex.europa.eu/eli/dir/2002/58/oj');
        }
        for (const other of categories.filter((c) => c.id !== id)) expect(hrefs).toContain(`/choices/${other.id}/`);
        expect(hrefs).toContain('/learn/the-six-choices/');

        expect(await scriptsOf(page)).toEqual({ elements: 0, islands: 0, loaded: [] });
      } finally {
        await result.close();
      }
    },
  );

  // Five columns did not fit a phone: the last ones hid past the edge, where the text sent readers.
  test.each(['/choices/analytics/', '/fr/choices/analytics/'])(
    '%s on a phone: each data point and cookie is a block of labelled lines, nothing past the edge',
    async (path) => {
      const result = await visit(browser, origin, path, { viewport: { width: 390, height: 844 } });
      try {
        const { page } = result;
        const tables = page.locator('table.stacks');
        expect(await tables.count()).toBe(2);
        for (const box of await page.locator('.table-scroll.wide').all()) {
          expect(await box.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
        }
        const label = await page
          .locator('table.stacks td')
          .first()
          .evaluate((cell) => getComputedStyle(cell, '::before').content);
        expect(label).toBe(path.startsWith('/fr/') ? '"Détenue par\u00a0: "' : '"Held by: "');
        // Still a table to a screen reader: rows of cells under their column headers.
        expect(await page.getByRole('row').count()).toBeGreaterThan(4);
        expect(
          await page.getByRole('columnheader', { name: path.startsWith('/fr/') ? 'Pourquoi' : 'Why' }).count(),
        ).toBe(2);
      } finally {
        await result.close();
      }
    },
  );

  test('exist in French too, with French links', async () => {
    const french = pages.filter((path) => path.startsWith('/fr/choices/'));
    expect(french).toHaveLength(7);
    const result = await visit(browser, origin, '/fr/choices/advertising/');
    try {
      expect(result.status).toBe(200);
      expect(await result.page.locator('html').getAttribute('lang')).toBe('fr');
      expect(await result.page.locator('main a[href="/fr/simulator/?consent=advertising"]').count()).toBe(1);
      expect(await result.page.locator('h1').innerText()).toBe('Publicité');
    } finally {
      await result.close();
    }
  });
});

describe('the trade-off lesson', () => {
  test('shows the map and the compare table without JavaScript', async () => {
    const result = await visit(browser, origin, '/learn/the-trade-off/', { javaScriptEnabled: false });
    try {
      const { page } = result;
      const map = page.locator('figure.tradeoff-map');
      await expect(map.locator('svg.map').isVisible()).resolves.toBe(true);
      const radios = map.locator('[role="radio"]');
      expect(await radios.count()).toBeGreaterThan(10);
      expect(await map.locator('[role="radio"][aria-checked="true"]').count()).toBe(1);
      const names = await map.locator('svg .name').allTextContents();
      expect(names.join(' ')).toContain('Reject all');
      expect(names.join(' ')).toContain('Accept all');
      expect(await map.locator('details.table-alt tbody tr').count()).toBe(32);

      const compare = page.locator('.compare-explorer table');
      await expect(compare.isVisible()).resolves.toBe(true);
      expect(await compare.locator('thead th[scope="col"]').allInnerTexts()).toEqual([
        'In the session',
        'Reject all',
        'Preferences, Analytics, Personalisation',
        'Accept all',
      ]);
      expect(await compare.locator('tbody th[scope="row"]').count()).toBeGreaterThan(30);
    } finally {
      await result.close();
    }
  });

  test('with JavaScript, the map is a keyboard radio group and the compare columns change', async () => {
    const result = await visit(browser, origin, '/learn/the-trade-off/');
    try {
      const { page } = result;
      const map = page.locator('figure.tradeoff-map');
      await map.scrollIntoViewIfNeeded();
      await page.locator('astro-island:not([ssr]) figure.tradeoff-map').waitFor();

      const checked = map.locator('[role="radio"][aria-checked="true"]');
      const before = await checked.getAttribute('aria-label');
      await checked.focus();
      await page.keyboard.press('ArrowRight');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      expect(focused).not.toBe(before);
      expect(await checked.getAttribute('aria-label')).toBe(before);
      await page.keyboard.press('Enter');
      expect(await map.locator('[role="radio"][aria-checked="true"]').getAttribute('aria-label')).toBe(focused);
      await expect(map.locator('[role="status"]').innerText()).resolves.toMatch(/^Selected /);

      await page.keyboard.press('End');
      await page.keyboard.press(' ');
      await expect(map.locator('[role="radio"][aria-checked="true"]').getAttribute('aria-label')).resolves.toMatch(
        /^Accept all:/,
      );
      await expect(page.locator('.explorer .outcome').innerText()).resolves.toContain('Maya misses (0)');

      const explorer = page.locator('.compare-explorer');
      await explorer.scrollIntoViewIfNeeded();
      await page.locator('astro-island:not([ssr]) .compare-explorer').waitFor();
      const ad = explorer.locator('tr', {
        has: page.getByRole('rowheader', { name: 'An ad for the jacket she left' }),
      });
      expect(await ad.locator('td').allInnerTexts()).toEqual(['✗ Lost', '✗ Lost', '✓ Gained']);
      await page.getByRole('checkbox', { name: 'Column 2: Advertising' }).check();
      expect(await ad.locator('td').allInnerTexts()).toEqual(['✗ Lost', '✓ Gained', '✓ Gained']);
      await expect(explorer.locator('[role="status"]').innerText()).resolves.toMatch(/^Column 2 now shows/);

      await expectClean(result);
    } finally {
      await result.close();
    }
  });

  test('the lesson for brands compares a minimal and a maximal brand', async () => {
    const result = await visit(browser, origin, '/learn/for-brands/', { javaScriptEnabled: false });
    try {
      const headers = await result.page.locator('.compare-explorer thead th[scope="col"]').allInnerTexts();
      expect(headers).toEqual(['In the session', 'Minimal brand', 'Maximal brand']);
    } finally {
      await result.close();
    }
  });
});
