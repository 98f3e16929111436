/**
 * Printing: lessons, guides and handouts print black on white without the site's navigation,
 * and Chromium's PDF output on A4 and on US Letter has pages in it. The slides of every lesson
 * print one per landscape page, and the trade-off map on its slide keeps a readable legend.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { builtPages } from './support/site';
import { visit } from './support/visit';

const origin = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** What print media leaves on screen of the site's chrome, and the colours of the text. */
function printedChrome(page: Page) {
  return page.evaluate(() => {
    const display = (selector: string) =>
      [...document.querySelectorAll(selector)].map((el) => getComputedStyle(el).display);
    return {
      header: display('body > header.site-header'),
      footer: display('body > footer.site-footer'),
      skipLink: display('.skip-link'),
      visibleNavs: [...document.querySelectorAll('nav')].filter((nav) => nav.checkVisibility()).length,
      visibleButtons: [...document.querySelectorAll('button')].filter((button) => button.checkVisibility()).length,
      text: getComputedStyle(document.body).color,
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
}

/** How many pages a PDF holds, counted from its page objects. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

/** Width and height of every page of a PDF, in points, from the pages' media boxes. */
function pageSizes(pdf: Buffer): { width: number; height: number }[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map(
    ([, x0, y0, x1, y1]) => ({ width: Number(x1) - Number(x0), height: Number(y1) - Number(y0) }),
  );
}

describe.each([
  '/learn/what-is-a-cookie/',
  '/workshop/cookies-in-45-minutes/',
  '/handouts/categories/',
  '/handouts/shopping-worksheet/',
  '/handouts/data-cards/',
  '/handouts/banner-walk/',
  '/handouts/answers/',
  '/handouts/glossary/',
  '/handouts/rights-letter/',
  '/rights/',
])('printing %s', (path) => {
  test('hides the header, navigation, footer and buttons, in black on white', async () => {
    const result = await visit(browser, origin, path);
    try {
      await result.page.emulateMedia({ media: 'print' });
      expect(await printedChrome(result.page)).toEqual({
        header: ['none'],
        footer: ['none'],
        skipLink: ['none'],
        visibleNavs: 0,
        visibleButtons: 0,
        text: 'rgb(0, 0, 0)',
        background: 'rgb(255, 255, 255)',
      });
      // On screen the same page has all of them.
      await result.page.emulateMedia({ media: 'screen' });
      expect((await printedChrome(result.page)).header).toEqual(['block']);
    } finally {
      await result.close();
    }
  });

  test('makes a PDF on A4 and on Letter', async () => {
    const result = await visit(browser, origin, path);
    try {
      for (const format of ['A4', 'Letter']) {
        const pdf = await result.page.pdf({ format, preferCSSPageSize: false });
        expect(pdf.byteLength).toBeGreaterThan(0);
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
      }
    } finally {
      await result.close();
    }
  });
});

describe('handouts fit their sheet', () => {
  test('the six category cards fit on one A4 page, each kept whole', async () => {
    const result = await visit(browser, origin, '/handouts/categories/');
    try {
      await result.page.emulateMedia({ media: 'print' });
      const breakInside = await result.page
        .locator('.cards > li')
        .evaluateAll((cards) => cards.map((card) => getComputedStyle(card).breakInside));
      expect(breakInside).toEqual(Array(6).fill('avoid'));
      expect(pageCount(await result.page.pdf({ format: 'A4' }))).toBe(1);
    } finally {
      await result.close();
    }
  });

  test('the glossary prints on one sheet in two columns', async () => {
    const result = await visit(browser, origin, '/handouts/glossary/');
    try {
      await result.page.emulateMedia({ media: 'print' });
      expect(await result.page.locator('dl.sheet').evaluate((list) => getComputedStyle(list).columnCount)).toBe('2');
      // One sheet of paper: both sides of an A4 page at most.
      expect(pageCount(await result.page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2);
    } finally {
      await result.close();
    }
  });
});

describe.each(builtPages().filter((path) => /^(\/fr)?\/present\/[^/]+\/$/.test(path)))(
  'printing the slides %s',
  (path) => {
    test('gives one slide per landscape page, as the page asks and on A4', async () => {
      const result = await visit(browser, origin, path);
      try {
        const slides = await result.page.locator('[data-slide]').count();
        for (const pdf of [
          await result.page.pdf({ preferCSSPageSize: true }),
          await result.page.pdf({ format: 'A4', landscape: true }),
        ]) {
          expect(pageCount(pdf)).toBe(slides);
          const sizes = pageSizes(pdf);
          expect(sizes).toHaveLength(slides);
          for (const size of sizes) expect(size.width).toBeGreaterThan(size.height);
        }
      } finally {
        await result.close();
      }
    });
  },
);

test('printed, the trade-off map keeps its legend in lines and its drawing at size', async () => {
  const result = await visit(browser, origin, '/present/the-trade-off/');
  try {
    const { page } = result;
    await page.emulateMedia({ media: 'print' });
    const map = page.locator('.slide-widget .tradeoff-map');
    expect(await map.locator('svg.map').evaluate((svg) => svg.getBoundingClientRect().width)).toBeGreaterThan(250);
    const legend = await map
      .locator('.legend li')
      .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().width));
    expect(legend).toHaveLength(3);
    for (const width of legend) expect(width).toBeGreaterThan(250);
    // The toolbar stays on screen only.
    await expect(page.locator('.presenter-bar').isVisible()).resolves.toBe(false);
  } finally {
    await result.close();
  }
});
