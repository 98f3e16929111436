/**
 * Embeds: a widget alone in an iframe on someone else's page. It shows the widget, takes the
 * simulator's URL parameters, links back to the full page with the same preset (in a new tab), and
 * tells its parent its height so the iframe can fit it. The simulator's embed is compact, speaks as
 * a guest of the brand's page, and never scrolls that page when the visitor acts inside it.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchChromium } from './support/browser';
import { layoutShifts, recordLayoutShifts, visit } from './support/visit';

const origin = inject('baseURL');
const embeds = ['shop-simulator', 'tradeoff-map', 'compare'].flatMap((widget) => [
  `/embed/${widget}/`,
  `/fr/embed/${widget}/`,
]);
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('embeds', () => {
  test.each(embeds)('%s in an iframe reports its height and shows the widget', async (path) => {
    const page = await browser.newPage();
    try {
      // A brand's page on another origin (about:blank here), listening as the builder's snippet does.
      await page.setContent(`<!doctype html><title>Brand page</title>
        <iframe id="dd" title="Data Deal" src="${origin}${path}?consent=preferences&brand=Acme" width="360" height="200"></iframe>
        <script>window.heights = []; addEventListener('message', (e) => {
          if (e.data && e.data.type === 'datadeal:height') window.heights.push(e.data.height);
        });</script>`);
      await page.waitForFunction(() => (window as unknown as { heights: number[] }).heights.length > 0, null, {
        timeout: 15_000,
      });
      const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
      expect(Math.max(...heights)).toBeGreaterThan(400);
      const frame = page.frameLocator('#dd');
      // The greeting comes with the island, which may hydrate after the first height message.
      await expect.poll(() => frame.locator('main').innerText()).toMatch(/Acme/);
      const back = frame.locator('embed-height a');
      await expect(back.getAttribute('href')).resolves.toMatch(/\/simulator\/\?consent=preferences&brand=Acme$/);
      await expect(back.getAttribute('target')).resolves.toBe('_blank');
      await expect(back.getAttribute('rel')).resolves.toBe('noopener');
      // On the brand's own page, the embed does not say the visitor came from it.
      await expect(frame.locator('main').innerText()).resolves.not.toMatch(/You came from|Vous arrivez du site/);
    } finally {
      await page.close();
    }
  });

  // The greeting came with each widget's code and pushed the widget down (0.107 for the map at 412 px).
  test.each(embeds)('%s greets the linking brand from the first paint, once', async (path) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/_astro/**/*.js', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${origin}${path}?brand=Acme`, { waitUntil: 'domcontentloaded' });
      const greeting = page.locator('.greeting:visible');
      expect(await greeting.allInnerTexts()).toEqual([
        path.startsWith('/fr/')
          ? '«\u00a0Acme\u00a0» vous montre ce que changent les choix de son bandeau, sur une cliente imaginaire.'
          : 'Acme shows you what the choices on its banner change, on a made-up shopper.',
      ]);
      release();
      await page.waitForSelector('astro-island:not([ssr])');
      await page.waitForLoadState('networkidle');
      expect(await greeting.count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  test('the trade-off map embed selects the link’s choice and says what it set aside', async () => {
    const result = await visit(browser, origin, '/embed/tradeoff-map/?consent=analytics&scenario=nope');
    try {
      const main = result.page.locator('main');
      await expect.poll(() => main.innerText(), { timeout: 10_000 }).toMatch(/What Analytics changes in the session/);
      await expect(main.innerText()).resolves.toMatch(/There is no session called “nope”/);
    } finally {
      await result.close();
    }
  });

  test('the compare embed puts the link’s choice between reject all and accept all', async () => {
    const result = await visit(browser, origin, '/embed/compare/?consent=advertising&policy=minimal');
    try {
      const headers = result.page.locator('table thead th');
      await expect
        .poll(async () => (await headers.allInnerTexts()).join(' | '), { timeout: 10_000 })
        .toMatch(/Reject all.*\|.*Advertising.*\|.*Accept all/);
    } finally {
      await result.close();
    }
  });
});

describe('the simulator’s compact embed', () => {
  test.each(['/embed/shop-simulator/', '/fr/embed/shop-simulator/'])(
    '%s is at most about one and a half screens tall at 320 × 640, before and after the banner',
    async (path) => {
      const result = await visit(browser, origin, path, {
        viewport: { width: 320, height: 640 },
        reducedMotion: 'reduce',
      });
      try {
        const { page } = result;
        await page.waitForSelector('astro-island:not([ssr])');
        const height = () => page.evaluate(() => document.documentElement.scrollHeight);
        expect(await height()).toBeLessThanOrEqual(1.6 * 640);
        await page.getByRole('button', { name: /^(Accept all|Tout accepter)$/ }).click();
        await page.locator('.outcome').waitFor();
        expect(await height()).toBeLessThanOrEqual(1.6 * 640);
        await expect(page.locator('.fold, .compare').count()).resolves.toBe(0);
        expect(result.consoleErrors).toEqual([]);
      } finally {
        await result.close();
      }
    },
  );

  // A brand's banner links to it with the visitor's answer: the banner must not show, then vanish.
  test.each([
    ['?consent=analytics,advertising', '8 of 17 experiences'],
    ['?ad_storage=granted&ad_user_data=granted&ad_personalization=granted', '7 of 17 experiences'],
    ['?consent=analytics,advertising&brand=Acme%20%3Cb%3EShoes%3C/b%3E', '8 of 17 experiences'],
  ])('a link that answers the banner (%s) is drawn answered from the first paint', async (search, outcome) => {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      await recordLayoutShifts(page);
      // The island's code held back: this is what the first paint shows.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/_astro/ShopSimulator.*.js', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${origin}/embed/shop-simulator/${search}`, { waitUntil: 'domcontentloaded' });
      expect(await page.locator('.fair-banner').isVisible()).toBe(false);
      // The brand's greeting is there from the start too, its name as text.
      const brand = new URLSearchParams(search).get('brand');
      expect(await page.locator('.greeting:visible').allInnerTexts()).toEqual(
        brand ? [`${brand} shows you what the choices on its banner change, on a made-up shopper.`] : [],
      );
      // The outcome holds its place, blank rather than the reject-all figures it will not keep.
      expect((await page.locator('.outcome').boundingBox())?.height).toBeGreaterThan(0);
      expect(await page.locator('.outcome').isVisible()).toBe(false);
      release();
      await page.waitForSelector('astro-island:not([ssr])');
      await expect.poll(() => page.locator('.outcome').innerText()).toContain(outcome);
      // Once: the island does not greet a second time.
      expect(await page.locator('.greeting:visible').count()).toBe(brand ? 1 : 0);
      expect(await page.locator('.outcome').isVisible()).toBe(true);
      const shifts = await layoutShifts(page);
      // What is left is the "Change choices" button appearing under the outcome (0.009 at 412 px).
      expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.02);
    } finally {
      await context.close();
    }
  });

  test('answering inside it leaves its address alone: it is the frame’s, set by the brand', async () => {
    const result = await visit(browser, origin, '/embed/shop-simulator/?brand=Acme');
    try {
      const { page } = result;
      await page.waitForSelector('astro-island:not([ssr])');
      await page.getByRole('button', { name: 'Accept all' }).click();
      await page.locator('.outcome').getByText('17 of 17').waitFor();
      expect(await page.evaluate(() => location.search)).toBe('?brand=Acme');
    } finally {
      await result.close();
    }
  });

  test('a link that does not answer the banner shows it', async () => {
    const result = await visit(browser, origin, '/embed/shop-simulator/?consent=%20&policy=minimal');
    try {
      await result.page.waitForSelector('astro-island:not([ssr])');
      expect(await result.page.locator('.fair-banner').isVisible()).toBe(true);
    } finally {
      await result.close();
    }
  });

  test('acting inside it never scrolls the brand’s page, which is on another origin', async () => {
    // The brand's page, served by a second local server: an origin other than the site's.
    const brandPage = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><title>A brand's page</title><body style="margin:0">
        <div style="height:1200px">The brand's own content</div>
        <iframe id="dd" title="Data Deal" src="${origin}/embed/shop-simulator/?brand=Acme" width="390" height="1400"></iframe>
        <div style="height:2000px"></div></body>`);
    });
    await new Promise<void>((resolve) => brandPage.listen(0, '127.0.0.1', resolve));
    const host = `http://127.0.0.1:${(brandPage.address() as AddressInfo).port}`;
    expect(host).not.toBe(origin);
    const context = await browser.newContext({ viewport: { width: 390, height: 640 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    try {
      await page.goto(`${host}/`);
      const frame = page.frameLocator('#dd');
      await frame.locator('astro-island:not([ssr])').waitFor();
      // Only the top of the embed shows: what a press leads to (the step's heading) is below the fold.
      await page.evaluate(() => window.scrollTo(0, 1200 - 440));
      const scrollY = () => page.evaluate(() => window.scrollY);
      const before = await scrollY();
      expect(before).toBe(760);
      const press = (name: RegExp) =>
        frame.getByRole('button', { name }).evaluate((button) => (button as HTMLButtonElement).click());
      await press(/^Accept all$/);
      await expect.poll(() => frame.locator('.step-heading').evaluate((h) => h === document.activeElement)).toBe(true);
      expect(await scrollY()).toBe(before);
      await press(/^Next step$/);
      await press(/^Change my choices$/);
      await expect
        .poll(() => frame.locator('.fair-banner .title').evaluate((h) => h === document.activeElement))
        .toBe(true);
      expect(await scrollY()).toBe(before);
    } finally {
      await context.close();
      brandPage.close();
    }
  });
});
