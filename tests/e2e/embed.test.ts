/**
 * Embeds: a widget alone in an iframe on someone else's page. It shows the widget, takes the
 * simulator's URL parameters, links back to the full page with the same preset, and tells its
 * parent its height so the iframe can fit it.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';
import { axeViolations, visit } from './support/visit';

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
    } finally {
      await page.close();
    }
  });

  test.each(embeds)('%s on its own passes axe and stores nothing', async (path) => {
    const result = await visit(browser, origin, path);
    try {
      expect(result.status).toBe(200);
      expect(result.consoleErrors).toEqual([]);
      expect(result.foreignRequests).toEqual([]);
      expect(await axeViolations(result.page)).toEqual([]);
    } finally {
      await result.close();
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
