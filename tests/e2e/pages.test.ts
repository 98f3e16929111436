/**
 * Every built page, in Chromium: it loads, logs no error, talks to no other origin, stores
 * nothing, paints from its HTML alone (no stylesheet or script to wait for), passes axe at
 * desktop and phone width, fits a 320 px screen, and every internal link and anchor leads
 * somewhere. Both
 * editions: every page declares its language, names its other-language twin with hreflang,
 * and the language switch leads to the same page in the other language.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from './support/site';
import { expectClean } from './support/clean';
import { axeViolations, linksAndIds, narrowest, overflowingWidth, phone, renderBlocking, visit } from './support/visit';

const origin = inject('baseURL');
const pages = builtPages();
/** Ids found on each page, and the links found anywhere, checked once all pages are seen. */
const idsByPage = new Map<string, Set<string>>();
const linksFrom = new Map<string, string[]>();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Embeds sit in other sites' pages: they carry `lang` but no language switch or hreflang. */
const isEmbed = (path: string) => /^(\/fr)?\/embed\//.test(path);

/** The page at `path` declares its language and links its twin in the other one. */
async function expectLanguageAndTwin(page: Page, path: string) {
  const locale = path.startsWith('/fr/') ? 'fr' : 'en';
  expect(await page.locator('html').getAttribute('lang')).toBe(locale);
  if (isEmbed(path)) return;
  const other = locale === 'fr' ? 'en' : 'fr';
  const twin = locale === 'fr' ? path.slice(3) : `/fr${path}`;
  expect(await page.locator(`link[rel=alternate][hreflang=${other}]`).getAttribute('href')).toMatch(
    new RegExp(`${twin.replace(/[.?]/g, '\\$&')}$`),
  );
  const switchLink = page.locator(`nav.language-switch a[hreflang=${other}]`);
  expect(await switchLink.getAttribute('href')).toBe(twin);
  expect(await switchLink.getAttribute('lang')).toBe(other);
}

describe('every page', () => {
  test('the site has the pages of the public contract', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/learn/', '/glossary/', '/privacy/']));
  });

  test('every English page has a French twin and the other way round', () => {
    const english = pages.filter((path) => !path.startsWith('/fr/'));
    const french = pages.filter((path) => path.startsWith('/fr/')).map((path) => path.slice(3));
    expect(french.sort()).toEqual(english.sort());
  });

  // Pages in parallel, a few at a time: most of a visit is waiting for the network to settle.
  test.concurrent.each(pages)(
    '%s: loads cleanly, paints from its HTML, stores and calls nothing, axe clean at 1280 and 390 px, fits 320 px, links its twin',
    async (path) => {
      const result = await visit(browser, origin, path);
      try {
        expect(result.status).toBe(200);
        await expectClean(result);
        expect(await renderBlocking(result.page)).toEqual([]);
        await result.page.setViewportSize(phone);
        expect(await axeViolations(result.page), 'axe at 390 px').toEqual([]);
        await result.page.setViewportSize(narrowest);
        expect(await overflowingWidth(result.page), 'wider than 320 px').toBe(0);
        await expectLanguageAndTwin(result.page, path);
        const { links, ids } = await linksAndIds(result.page);
        idsByPage.set(path, new Set(ids));
        linksFrom.set(path, links);
      } finally {
        await result.close();
      }
    },
  );

  test('every internal link and anchor resolves', () => {
    const broken: string[] = [];
    for (const [from, links] of linksFrom) {
      for (const href of links) {
        const url = new URL(href);
        const target = url.pathname;
        const isAsset = /\.[a-z0-9]+$/i.test(target);
        if (isAsset) continue;
        const ids = idsByPage.get(target);
        if (!ids) broken.push(`${from} → ${target} (no such page)`);
        else if (url.hash && !ids.has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${from} → ${target}${url.hash} (no such anchor)`);
        }
      }
    }
    expect(linksFrom.size).toBe(pages.length);
    expect(broken).toEqual([]);
  });

  test('an unknown address answers 404 with a useful page', async () => {
    const result = await visit(browser, origin, '/no-such-page/');
    try {
      expect(result.status).toBe(404);
      await expect(result.page.locator('h1').textContent()).resolves.toMatch(/does not exist/);
      expect(await result.page.locator('main a[href="/learn/"]').count()).toBe(1);
      expect(await axeViolations(result.page)).toEqual([]);
    } finally {
      await result.close();
    }
  });
});

// Lessons lay out their heavy blocks only near the screen (content-visibility), so a link must
// still land on its target, past a tall widget, and without a smooth scroll that would aim at
// where the target was before; the glossary's terms are the most linked targets of all.
describe('a link to a heading further down lands on it', () => {
  test.each([
    ['/learn/what-is-a-cookie/#what-a-cookie-cannot-do', 'no-preference'],
    ['/learn/what-is-a-cookie/#sources-title', 'no-preference'],
    ['/learn/what-is-a-cookie/#sources-title', 'reduce'],
    ['/glossary/#processor', 'no-preference'],
    ['/fr/glossary/#processor', 'reduce'],
  ] as const)('%s, with reduced motion %s', async (address, reducedMotion) => {
    const context = await browser.newContext({ viewport: phone, reducedMotion });
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/learn/`);
      await page.goto(`${origin}${address}`, { waitUntil: 'networkidle' });
      const id = address.split('#')[1] ?? '';
      // The target's top within the first screen, below the glossary's scroll margin at most.
      await expect
        .poll(() => page.evaluate((target) => document.getElementById(target)?.getBoundingClientRect().top, id))
        .toBeGreaterThanOrEqual(0);
      const top = await page.evaluate((target) => document.getElementById(target)?.getBoundingClientRect().top, id);
      expect(top).toBeLessThan(phone.height / 4);
    } finally {
      await context.close();
    }
  });
});

// A widget's controls stay disabled until it hydrates, which happens when it comes into view.
// Tab moves from the link before it to the link after it without scrolling it into view, so
// keyboard focus near it must wake it, or a keyboard user would never reach its controls.
describe('Tab reaches a widget further down', () => {
  test.each(['/learn/what-is-a-cookie/', '/learn/third-party-data/', '/learn/the-trade-off/'])(
    '%s: from the last link before the first widget, Tab lands in it',
    async (path) => {
      const context = await browser.newContext({ viewport: phone });
      try {
        const page = await context.newPage();
        await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
        // Focus the last focusable element before the first island, as Tab from above would.
        const outOfView = await page.evaluate(() => {
          const island = document.querySelector('astro-island')!;
          const focusables = [...document.querySelectorAll<HTMLElement>('a[href], button, input, [tabindex="0"]')];
          const before = focusables.filter(
            (element) => element.compareDocumentPosition(island) & Node.DOCUMENT_POSITION_FOLLOWING,
          );
          before.at(-1)!.focus();
          return island.firstElementChild!.getBoundingClientRect().top > window.innerHeight;
        });
        // The island itself is below the screen: only the focus can have woken it.
        expect(outOfView).toBe(true);
        await expect
          .poll(() => page.evaluate(() => document.querySelector('astro-island fieldset[disabled]') === null))
          .toBe(true);
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.closest('astro-island') !== null)).toBe(true);
      } finally {
        await context.close();
      }
    },
  );
});

// A table in Markdown becomes a focusable scroll box (ScrollTable); one wrapped by hand as well
// got two boxes, two identical Tab stops and two announcements.
test('no table sits in two scroll boxes', () => {
  const nested = pages.filter((path) =>
    /class="table-scroll"[^>]*>\s*<div class="table-scroll"/.test(
      readFileSync(join(distDir, path, 'index.html'), 'utf8'),
    ),
  );
  expect(nested).toEqual([]);
});

// On a phone the sections form one row that scrolls sideways; a page further along the row
// (/glossary/) had its own section past the edge, so the header did not say where one was.
describe('on a 320 px screen, the header shows the current section', () => {
  const sections = ['/learn/', '/simulator/', '/decoder/', '/rights/', '/for-brands/', '/workshop/', '/glossary/'];
  test.each(sections.flatMap((path) => [path, `/fr${path}`]))('%s', async (path) => {
    const result = await visit(browser, origin, path, { viewport: narrowest });
    try {
      const shown = await result.page.evaluate(() => {
        const link = document.querySelector('.site-header nav a[aria-current="page"]')!;
        const strip = link.closest('ul')!.getBoundingClientRect();
        const box = link.getBoundingClientRect();
        return { left: box.left >= strip.left, right: box.right <= strip.right };
      });
      expect(shown).toEqual({ left: true, right: true });
    } finally {
      await result.close();
    }
  });
});

// The diagrams were drawn 600–640 units wide, so on a phone their labels shrank to 5–7 px.
describe('on a 320 px screen, the words in a diagram stay legible', () => {
  const withDiagrams = pages.filter((path) => /^(\/fr)?\/(learn\/[^/]+\/)?$/.test(path));
  test.each(withDiagrams)('%s', async (path) => {
    const result = await visit(browser, origin, path, { viewport: narrowest });
    try {
      const tooSmall = await result.page.evaluate(() =>
        [...document.querySelectorAll<SVGSVGElement>('main svg[role="img"]')].flatMap((svg) => {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          // A widget's drawing that is not shown yet (behind a choice) has no size to judge.
          if (scale === 0) return [];
          return [...svg.querySelectorAll('text')]
            .map((text) => ({ text: text.textContent, px: parseFloat(getComputedStyle(text).fontSize) * scale }))
            .filter(({ px }) => px < 8.5)
            .map(({ text, px }) => `${text} (${px.toFixed(1)} px)`);
        }),
      );
      expect(tooSmall).toEqual([]);
    } finally {
      await result.close();
    }
  });
});
