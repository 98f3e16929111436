/**
 * The cookie jar and the data flow in their lessons, in Chromium: without JavaScript they
 * show the server's result; with it they hydrate, and a category unticked by keyboard changes
 * the result and is announced. Neither stores anything, calls another origin, logs an error or
 * breaks the CSP, and axe finds nothing, in light and dark, before and after a change.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { builtPages } from './support/site';
import { expectClean } from './support/clean';
import { visit } from './support/visit';

const origin = inject('baseURL');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The lessons that carry a panel, in every locale that was built. */
const lessons = [
  { path: '/learn/what-is-a-cookie/', widget: 'cookie-jar', advertising: 'Advertising' },
  { path: '/learn/third-party-data/', widget: 'data-flow', advertising: 'Advertising' },
  { path: '/fr/learn/what-is-a-cookie/', widget: 'cookie-jar', advertising: 'Publicité' },
  { path: '/fr/learn/third-party-data/', widget: 'data-flow', advertising: 'Publicité' },
].filter((lesson) => builtPages().includes(lesson.path));

/** Waits until every island of the page has hydrated (Astro drops `ssr` once it has). */
async function hydrated(page: Page) {
  await page.locator('.widget').first().scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}

/**
 * axe-core on the panels alone, with the rules `axeViolations` uses. On a phone the lesson's
 * own wide tables are another matter; this checks what the panels add.
 */
async function panelAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }).axe.run(
      { include: [['.widget']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    ),
  );
  const { violations } = results as { violations: { id: string; nodes: { target: string[] }[] }[] };
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe('panels in lessons', () => {
  test('both lessons with a panel were built', () => {
    expect(lessons.map((lesson) => lesson.path)).toEqual(
      expect.arrayContaining(['/learn/what-is-a-cookie/', '/learn/third-party-data/']),
    );
  });

  describe('the cookie jar', () => {
    const path = '/learn/what-is-a-cookie/';

    test('without JavaScript, shows the 18 items of accept-all, grouped, with the count', async () => {
      const result = await visit(browser, origin, path, { javaScriptEnabled: false });
      try {
        const jar = result.page.locator('.cookie-jar');
        await expect(jar.locator('caption').textContent()).resolves.toBe('Stored in Maya’s browser so far: 18 items');
        expect(await jar.locator('tr.item').count()).toBe(18);
        await expect(jar.locator('tbody[data-context="third-party"] tr.item').count()).resolves.toBe(4);
        // The checkboxes show the choice but wait for the script that makes them work.
        await expect(result.page.getByRole('checkbox', { name: 'Advertising' }).isChecked()).resolves.toBe(true);
        await expect(result.page.getByRole('checkbox', { name: 'Advertising' }).isDisabled()).resolves.toBe(true);
      } finally {
        await result.close();
      }
    });

    test('with JavaScript, unticking advertising by keyboard empties the third-party group and says so', async () => {
      const result = await visit(browser, origin, path);
      try {
        const { page } = result;
        await hydrated(page);
        const jar = page.locator('.cookie-jar');
        await page.getByRole('checkbox', { name: 'Preferences' }).focus();
        for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
        const advertising = page.getByRole('checkbox', { name: 'Advertising' });
        await expect(advertising.evaluate((box) => box === document.activeElement)).resolves.toBe(true);
        await page.keyboard.press('Space');
        await expect(advertising.isChecked()).resolves.toBe(false);
        await expect(jar.locator('caption').textContent()).resolves.toBe('Stored in Maya’s browser so far: 13 items');
        expect(await jar.locator('tbody[data-context="third-party"] tr.item').count()).toBe(0);
        await expect(jar.getByRole('status').textContent()).resolves.toBe(
          '13 items in Maya’s browser, 0 of them third-party.',
        );
        const withheld = jar.locator('details.withheld');
        await withheld.locator('summary').focus();
        await page.keyboard.press('Enter');
        await expect(withheld.getAttribute('open')).resolves.toBe('');
        await expect(withheld.locator('li').first().textContent()).resolves.toMatch(
          /adx_uid[\s\S]*you refused Advertising/,
        );
        await expectClean(result);
      } finally {
        await result.close();
      }
    });

    test('on a 360 px phone the rows stack, and Chromium still exposes a table of rows', async () => {
      const result = await visit(browser, origin, path, { viewport: { width: 360, height: 800 }, isMobile: true });
      try {
        const { page } = result;
        await hydrated(page);
        const row = page.locator('.cookie-jar tr.item').first();
        await expect(row.evaluate((tr) => getComputedStyle(tr).display)).resolves.toBe('block');
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(360);
        const cdp = await page.context().newCDPSession(page);
        const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
          nodes: { role?: { value?: string }; name?: { value?: string } }[];
        };
        const roles = nodes.map((node) => node.role?.value);
        expect(roles.filter((role) => role === 'table').length).toBeGreaterThanOrEqual(1);
        expect(roles.filter((role) => role === 'row').length).toBeGreaterThanOrEqual(18);
        // On a phone the lesson's own wide tables are another matter: axe here checks the panels.
        await expectClean(result, { axe: false });
        expect(await panelAxeViolations(result.page)).toEqual([]);
      } finally {
        await result.close();
      }
    });
  });

  describe('the data flow', () => {
    const path = '/learn/third-party-data/';

    test('without JavaScript, shows the diagram and the list of holders with their counts', async () => {
      const result = await visit(browser, origin, path, { javaScriptEnabled: false });
      try {
        const { page } = result;
        const diagram = page.getByRole('img', { name: /^Diagram of who holds Maya’s data\./ });
        await expect(diagram.getAttribute('aria-label')).resolves.toMatch(/Adnexa, Third party: 6 data points\./);
        const holders = page.locator('.data-flow ul.holders > li');
        expect(await holders.count()).toBe(6);
        await expect(holders.first().textContent()).resolves.toMatch(/Threadline\s*First party\s*19 data points/);
      } finally {
        await result.close();
      }
    });

    test('with JavaScript, unticking advertising by keyboard leaves the third parties with nothing', async () => {
      const result = await visit(browser, origin, path);
      try {
        const { page } = result;
        await hydrated(page);
        const advertising = page.getByRole('checkbox', { name: 'Advertising' });
        await advertising.focus();
        await page.keyboard.press('Space');
        await expect(advertising.isChecked()).resolves.toBe(false);
        const adnexa = page.locator('.data-flow li[data-holder="adnexa"]');
        await expect(adnexa.textContent()).resolves.toMatch(/nothing yet/);
        await expect(page.locator('svg [data-box="adnexa"]').getAttribute('data-state')).resolves.toBe('empty');
        await expect(page.locator('.data-flow [role="status"]').textContent()).resolves.toBe(
          '21 data points about Maya, held by 3 companies; 3 of them outside the shop.',
        );
        await expectClean(result);
      } finally {
        await result.close();
      }
    });
  });

  test.each(lessons.map((lesson) => [lesson.path, lesson] as const))(
    '%s is clean in the dark scheme and in reduced motion, after a change',
    async (_path, lesson) => {
      const result = await visit(browser, origin, lesson.path, { colorScheme: 'dark', reducedMotion: 'reduce' });
      try {
        const { page } = result;
        await hydrated(page);
        const before = await page.locator(`.${lesson.widget} [role="status"]`).textContent();
        await page.getByRole('checkbox', { name: lesson.advertising }).focus();
        await page.keyboard.press('Space');
        await expect(page.locator(`.${lesson.widget} [role="status"]`).textContent()).resolves.not.toBe(before);
        await expectClean(result);
      } finally {
        await result.close();
      }
    },
  );
});
