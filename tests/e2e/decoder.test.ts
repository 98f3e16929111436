/**
 * The banner decoder on the built site, in Chromium: every name is findable by typing,
 * the list shrinks and the count is announced, entries have anchors, and without
 * JavaScript the whole list reads, grouped by vocabulary.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { builtPages } from './support/site';
import { axeViolations, visit } from './support/visit';
import { entriesOf as entriesIn, vocabularies, type Vocabulary } from '~/features/decoder/vocabulary/entries';
import { loadDecoderEntries } from '../features/decoder/decoder-content';

const origin = inject('baseURL');
const pages = builtPages().filter((path) => /^(\/fr)?\/decoder\/$/.test(path));
const decoderEntries = loadDecoderEntries();
const entriesOf = (vocabulary: Vocabulary) => entriesIn(decoderEntries, vocabulary);
const total = decoderEntries.length;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The ids of the entries on show. */
function visibleIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-search]', (entries) =>
    entries.filter((entry) => (entry as HTMLElement).offsetParent !== null).map((entry) => entry.id),
  );
}

/** Types `query` into the search box and waits for the count to be announced. */
async function search(page: Page, query: string) {
  const box = page.getByRole('searchbox', { name: /Find a name|Chercher un nom/ });
  await box.fill(query);
  const shown = await page.locator('banner-decoder').getAttribute('data-shown');
  await page.waitForFunction((n) => {
    const element = document.querySelector<HTMLElement & { message(n: number): string }>('banner-decoder');
    return element?.querySelector('.count')?.textContent === element?.message(n);
  }, Number(shown));
  return Number(shown);
}

describe('/decoder/', () => {
  test('is built', () => {
    expect(pages).toContain('/decoder/');
  });

  test.each(pages)('%s passes axe with the list filtered', async (path) => {
    const result = await visit(browser, origin, path);
    try {
      expect(await search(result.page, 'marketing')).toBeLessThan(total);
      expect(await axeViolations(result.page)).toEqual([]);
    } finally {
      await result.close();
    }
  });

  test('typing finds each of the seven Consent Mode types, and the list shrinks', async () => {
    const result = await visit(browser, origin, '/decoder/');
    const { page } = result;
    try {
      expect(await visibleIds(page)).toHaveLength(total);
      for (const { id } of entriesOf('consent-mode')) {
        const shown = await search(page, id);
        const ids = await visibleIds(page);
        expect(ids, id).toContain(id);
        expect(ids.length, id).toBe(shown);
        expect(shown, id).toBeLessThan(total);
        expect(await page.locator('banner-decoder .count').innerText()).toBe(
          shown === 1 ? '1 name matches.' : `${shown} names match.`,
        );
      }
    } finally {
      await result.close();
    }
  });

  test('typing finds each of the eleven TCF purposes by its official name', async () => {
    const result = await visit(browser, origin, '/decoder/');
    const { page } = result;
    try {
      for (const entry of entriesOf('tcf-purpose')) {
        const shown = await search(page, entry.names.en[0] ?? entry.id);
        const ids = await visibleIds(page);
        expect(ids, entry.id).toContain(entry.id);
        expect(shown, entry.id).toBeLessThan(total);
      }
      expect(await search(page, 'TCF purpose 4')).toBeGreaterThanOrEqual(1);
      expect(await visibleIds(page)).toContain('tcf-purpose-4');
    } finally {
      await result.close();
    }
  });

  test('finds usual names and OneTrust groups, and says when nothing matches', async () => {
    const result = await visit(browser, origin, '/decoder/');
    const { page } = result;
    try {
      await search(page, 'essential');
      expect(await visibleIds(page)).toEqual(['name-necessary']);
      await search(page, 'c0004');
      expect(await visibleIds(page)).toEqual(['onetrust-c0004']);
      expect(await search(page, 'no such name at all')).toBe(0);
      expect(await page.locator('banner-decoder .count').innerText()).toBe('No name matches.');
      expect(await page.locator('.no-match').isVisible()).toBe(true);
      expect(await search(page, '')).toBe(total);
    } finally {
      await result.close();
    }
  });

  test('the French page finds French names', async () => {
    expect(pages).toContain('/fr/decoder/');
    const result = await visit(browser, origin, '/fr/decoder/');
    const { page } = result;
    try {
      await search(page, 'Mesurer la performance des contenus');
      expect(await visibleIds(page)).toEqual(['tcf-purpose-8']);
      await search(page, 'mesure d’audience');
      expect(await visibleIds(page)).toContain('name-statistics');
      expect(await page.locator('#name-statistics a[href="/fr/choices/analytics/"]').count()).toBe(1);
    } finally {
      await result.close();
    }
  });

  test('every entry has an anchor, a category link and a simulator preset', async () => {
    const result = await visit(browser, origin, '/decoder/#tcf-purpose-3');
    const { page } = result;
    try {
      expect(await page.locator('#tcf-purpose-3').isVisible()).toBe(true);
      for (const entry of decoderEntries) {
        const item = page.locator(`[id="${entry.id}"]`);
        for (const category of entry.categories) {
          expect(await item.locator(`a[href="/choices/${category}/"]`).count(), entry.id).toBe(1);
        }
        const optional = entry.categories.filter((c) => c !== 'necessary');
        const preset = optional.length === 0 ? 'none' : optional.length === 5 ? 'all' : optional.join(',');
        expect(await item.locator(`a[href="/simulator/?consent=${preset}"]`).count(), entry.id).toBe(1);
        expect(await item.locator('.badge').count(), entry.id).toBe(entry.judgement ? 1 : 0);
      }
      expect(await page.locator('#ad_storage a[href="/simulator/?consent=advertising"]').count()).toBe(1);
      expect(await page.locator('#security_storage a[href="/simulator/?consent=none"]').count()).toBe(1);
    } finally {
      await result.close();
    }
  });

  test('a deep link to an entry hidden by the search shows it again', async () => {
    const result = await visit(browser, origin, '/decoder/');
    const { page } = result;
    try {
      await search(page, 'ad_storage');
      expect(await page.locator('#tcf-purpose-2').isVisible()).toBe(false);
      await page.evaluate(() => (location.hash = '#tcf-purpose-2'));
      await expect.poll(() => page.locator('#tcf-purpose-2').isVisible()).toBe(true);
    } finally {
      await result.close();
    }
  });

  test('without JavaScript, every name is listed, grouped by vocabulary', async () => {
    const result = await visit(browser, origin, '/decoder/', { javaScriptEnabled: false });
    const { page } = result;
    try {
      expect(result.status).toBe(200);
      expect(await visibleIds(page)).toEqual(decoderEntries.map((entry) => entry.id));
      expect(await page.locator('section.group h2').count()).toBe(vocabularies.length);
      expect(await page.locator('.search').isVisible()).toBe(false);
      for (const vocabulary of vocabularies) {
        expect(await page.locator(`#vocabulary-${vocabulary} [data-search]`).count()).toBe(
          entriesOf(vocabulary).length,
        );
      }
    } finally {
      await result.close();
    }
  });
});
