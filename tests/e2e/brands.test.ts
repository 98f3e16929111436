/**
 * The page for brands and its link builder, on the built site in Chromium: the links it
 * makes open pages that exist and carry the right parameters, hostile input runs nothing,
 * and without JavaScript the page still shows how to write the links by hand.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { builtPages } from './support/site';
import { expectClean } from './support/clean';
import { cspViolations, visit } from './support/visit';

const origin = inject('baseURL');
const pages = builtPages().filter((path) => /^(\/fr)?\/for-brands\/$/.test(path));
const brandLabel = 'Your brand’s name, as your visitors know it';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Scrolls the builder into view, which hydrates it, and waits for its form. */
async function startBuilder(page: Page) {
  await page.locator('#builder').scrollIntoViewIfNeeded();
  await page.locator('.link-builder form').waitFor();
}

/** The text of the builder's copy field `key`. */
function field(page: Page, key: string): Promise<string> {
  return page.locator(`[data-key="${key}"] code`).innerText();
}

async function pickAcme(page: Page) {
  await startBuilder(page);
  await page.getByLabel(brandLabel).fill('Acme Shoes');
  for (const name of ['Preferences', 'Analytics', 'Advertising']) {
    await page.getByRole('checkbox', { name, exact: true }).check();
  }
}

describe('/for-brands/', () => {
  test('is built in every published language', () => {
    expect(pages).toContain('/for-brands/');
  });

  test.each(pages)(
    '%s loads cleanly, stores nothing, calls no one and passes axe with the builder running',
    async (path) => {
      const result = await visit(browser, origin, path);
      try {
        expect(result.status).toBe(200);
        await startBuilder(result.page);
        await result.page.locator('#lb-brand').fill('Acme Shoes');
        await result.page.locator('#lb-own-1').fill('Marketing');
        await expectClean(result);
      } finally {
        await result.close();
      }
    },
  );

  test('the links for Acme Shoes, with three categories, all open pages that exist', async () => {
    const result = await visit(browser, origin, '/for-brands/');
    const { page } = result;
    try {
      await pickAcme(page);
      const main = await field(page, 'main');
      const all = await field(page, 'all');
      const categories = await page.locator('[data-key^="category-"] code').allInnerTexts();
      expect(main).toBe(`${origin}/simulator/?consent=none&brand=Acme%20Shoes`);
      expect(all).toBe(`${origin}/simulator/?consent=preferences,analytics,advertising&brand=Acme%20Shoes`);
      expect(categories).toEqual([
        `${origin}/choices/necessary/`,
        `${origin}/choices/preferences/`,
        `${origin}/choices/analytics/`,
        `${origin}/choices/advertising/`,
      ]);
      for (const url of [main, all, ...categories]) {
        const response = await page.context().request.get(url, { maxRedirects: 0 });
        expect(response.status(), url).toBe(200);
      }
      const html = await field(page, 'snippet-html');
      expect(html).toBe(
        `<a href="${origin}/simulator/?consent=none&amp;brand=Acme%20Shoes" target="_blank" rel="noopener">What each cookie choice on Acme Shoes trades, explained by Data Deal</a>`,
      );
      expect(result.consoleErrors).toEqual([]);
    } finally {
      await result.close();
    }
  });

  test('the main link opens the simulator with consent=none and the brand', async () => {
    const result = await visit(browser, origin, '/for-brands/');
    const { page } = result;
    try {
      await pickAcme(page);
      await page.getByRole('link', { name: 'Open the main link' }).click();
      await page.waitForURL(/\/simulator\//);
      const url = new URL(page.url());
      expect(url.pathname).toBe('/simulator/');
      expect(url.searchParams.get('consent')).toBe('none');
      expect(url.searchParams.get('brand')).toBe('Acme Shoes');
      await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toContain('Acme Shoes');
    } finally {
      await result.close();
    }
  });

  test('the link with everything on carries the offered categories', async () => {
    const result = await visit(browser, origin, '/for-brands/');
    const { page } = result;
    try {
      await pickAcme(page);
      await page.getByRole('link', { name: 'Open the link with everything on' }).click();
      await page.waitForURL(/\/simulator\//);
      const url = new URL(page.url());
      expect(url.searchParams.get('consent')).toBe('preferences,analytics,advertising');
      expect(url.searchParams.get('brand')).toBe('Acme Shoes');
    } finally {
      await result.close();
    }
  });

  test('French links go under /fr/', async () => {
    const result = await visit(browser, origin, '/for-brands/');
    const { page } = result;
    try {
      await pickAcme(page);
      await page.getByRole('radio', { name: 'French' }).check();
      const main = await field(page, 'main');
      expect(main).toBe(`${origin}/fr/simulator/?consent=none&brand=Acme%20Shoes`);
      const categories = await page.locator('[data-key^="category-"] code').allInnerTexts();
      for (const url of [main, ...categories]) {
        expect(url).toMatch(new RegExp(`^${origin}/fr/`));
        const response = await page.context().request.get(url, { maxRedirects: 0 });
        expect(response.status(), url).toBe(200);
      }
    } finally {
      await result.close();
    }
  });

  test('hostile input breaks nothing and runs nothing, here or in the simulator', async () => {
    const result = await visit(browser, origin, '/for-brands/');
    const { page } = result;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      await startBuilder(page);
      const brand = `<script>alert(1)</script>"'; alert(2); //`;
      await page.getByLabel(brandLabel).fill(brand);
      await page.locator('#lb-own-1').fill('<img src=x onerror=alert(3)>');
      await page.locator('#lb-category-1').selectOption('advertising');
      await page.getByRole('button', { name: 'Add a name' }).click();
      await page.locator('#lb-own-2').fill('</code></pre><b>bold</b>');

      expect(await page.locator('.link-builder img, .link-builder b, .link-builder script').count()).toBe(0);
      for (const key of ['snippet-html', 'snippet-klaro', 'snippet-orestbida', 'snippet-tarteaucitron']) {
        expect(await field(page, key)).not.toMatch(/<script|<img|<b>/i);
      }
      const parsed = await page.evaluate(
        (html) => {
          const doc = new DOMParser().parseFromString(html, 'text/html');
          const links = [...doc.querySelectorAll('a')];
          return { links: links.length, text: links[0]?.textContent, elements: doc.body.querySelectorAll('*').length };
        },
        await field(page, 'snippet-html'),
      );
      expect(parsed).toEqual({
        links: 1,
        text: `What each cookie choice on ${brand} trades, explained by Data Deal`,
        elements: 1,
      });
      const main = await field(page, 'main');
      expect(new URL(main).searchParams.get('brand')).toBe(brand);

      await page.getByRole('link', { name: 'Open the main link' }).click();
      await page.waitForURL(/\/simulator\//);
      await page.waitForLoadState('networkidle');
      expect(new URL(page.url()).searchParams.get('brand')).toBe(brand);
      // The brand is shown, if at all, as text: no element came out of it.
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      const inlineScripts = await page.$$eval('script:not([src])', (scripts) =>
        scripts.map((s) => s.textContent ?? ''),
      );
      expect(inlineScripts.filter((text) => text.includes('alert('))).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(result.consoleErrors).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await result.close();
    }
  });

  test('Copy puts the link on the clipboard and says so', async () => {
    const result = await visit(browser, origin, '/for-brands/', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const { page } = result;
    try {
      await pickAcme(page);
      await page.getByRole('button', { name: 'Copy: Main link: the simulator, starting like your banner' }).click();
      await expect
        .poll(() => page.locator('.link-builder [role="status"]').innerText())
        .toBe('Copied: Main link: the simulator, starting like your banner.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `${origin}/simulator/?consent=none&brand=Acme%20Shoes`,
      );
    } finally {
      await result.close();
    }
  });

  test('the QR code holds the main link and downloads as SVG', async () => {
    const result = await visit(browser, origin, '/for-brands/', { acceptDownloads: true });
    const { page } = result;
    try {
      await pickAcme(page);
      const qr = page.getByRole('img', { name: `QR code for ${origin}/simulator/?consent=none&brand=Acme%20Shoes` });
      await expect.poll(() => qr.count()).toBe(1);
      const download = page.getByRole('link', { name: 'Download the QR code (SVG)' });
      expect(await download.getAttribute('download')).toBe('datadeal-qr.svg');
      expect((await download.getAttribute('href')) ?? '').toMatch(/^blob:/);
      const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
      expect(file.suggestedFilename()).toBe('datadeal-qr.svg');
      const svg = readFileSync(await file.path(), 'utf8');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toContain(`<path d="${await qr.locator('path').getAttribute('d')}"`);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await result.close();
    }
  });

  test('without JavaScript, the page says the builder needs it and shows the pattern', async () => {
    const result = await visit(browser, origin, '/for-brands/', { javaScriptEnabled: false });
    const { page } = result;
    try {
      expect(result.status).toBe(200);
      const text = await page.locator('main').innerText();
      expect(text).toContain('The builder runs in your browser and needs JavaScript');
      expect(text).toMatch(/https?:\/\/\S+\/simulator\/\?consent=none&brand=Your%20Name/);
      expect(text).toMatch(/https?:\/\/\S+\/choices\/<category>\//);
      expect(text).toMatch(/https?:\/\/\S+\/simulator\/\?consent=none&brand=Acme%20Shoes/);
      expect(text).toMatch(/https?:\/\/\S+\/choices\/advertising\//);
      expect(await page.locator('.link-builder form').count()).toBe(0);
    } finally {
      await result.close();
    }
  });
});
