/**
 * Presenter mode, in both of its windows.
 *
 * The audience window (`/present/<lesson>/`): one slide at a time, moved by keys and buttons,
 * the counter, the announcement and the URL following; every slide of every lesson, in both
 * languages, fits a 1280×720 and a 1920×1080 screen without scrolling; no speaker note is in
 * the page; without JavaScript the slides read one after the other.
 *
 * The presenter view (`/present/<lesson>/presenter/`): the notes of the current slide, the next
 * slide, the clock and the guide's block; it follows the audience window and drives it, through
 * a BroadcastChannel (two pages of one browser context); without JavaScript it is every slide
 * with its notes. Both pass axe at desktop and phone widths and store nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { builtPages } from './support/site';
import { expectClean } from './support/clean';
import { axeViolations, elementsDefined, storedData, visit as visitPage } from './support/visit';

const origin = inject('baseURL');
const lesson = '/present/what-is-a-cookie/';
const presenter = `${lesson}presenter/`;
/** Every audience window, English and French. */
const decks = builtPages().filter((path) => /^(\/fr)?\/present\/[^/]+\/$/.test(path));

interface DeckFile {
  slides: { kind: string; notes: string; widget?: string }[];
}

/** The deck file behind an audience path, read as the tests' own reference. */
function deckFile(path: string): DeckFile {
  const locale = path.startsWith('/fr/') ? 'fr' : 'en';
  const slug = /\/present\/([^/]+)\//.exec(path)![1];
  const dir = new URL(`../../content/slides/${locale}/`, import.meta.url);
  const file = readdirSync(dir).find((name) => name.replace(/^\d+-/, '') === `${slug}.yaml`)!;
  return YAML.parse(readFileSync(new URL(file, dir), 'utf8')) as DeckFile;
}

let browser: Browser;

/**
 * Opens a page of presenter mode and, when scripts run, waits for its elements: they load after
 * the first paint, and a key pressed before `<slide-deck>` is defined would be lost.
 */
async function visit(...args: Parameters<typeof visitPage>) {
  const result = await visitPage(...args);
  if (args[3]?.javaScriptEnabled !== false) await deckReady(result.page);
  return result;
}

/** Waits for the deck's element, and the clock's where there is one. */
async function deckReady(page: Page) {
  const names = ['slide-deck', ...((await page.locator('presenter-clock').count()) > 0 ? ['presenter-clock'] : [])];
  await elementsDefined(page, ...names);
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const counter = (page: Page) => page.locator('[data-deck-counter]').textContent();
/** Waits for a slide's fade-in to end: mid-fade, text is paler than its real contrast. */
const settled = (page: Page) => page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
/** The heading of the slide on show. */
const currentHeading = (page: Page) => page.locator('.slide.is-current h2').first().textContent();

/**
 * What does not fit of the slide on show: the slide leaving the window, the page scrolling, or
 * any part of the slide (the frame, its heading, body and foot, what the body holds) taller or
 * wider than the box it was given. Empty when the slide fits.
 */
function overflowOfCurrentSlide(page: Page) {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('.slide.is-current');
    if (!slide) return ['no slide is shown'];
    const problems: string[] = [];
    const box = slide.getBoundingClientRect();
    if (box.top < 0 || box.bottom > innerHeight + 1 || box.right > innerWidth + 1) {
      problems.push(`slide box ${Math.round(box.bottom)} / ${innerHeight}`);
    }
    const root = document.scrollingElement!;
    if (root.scrollHeight > innerHeight + 1) problems.push(`page scrolls: ${root.scrollHeight} / ${innerHeight}`);
    const frame = slide.querySelector('.frame')!;
    for (const part of [frame, ...frame.querySelectorAll(':scope > *, .body > *')]) {
      if (part.scrollHeight > part.clientHeight + 1 || part.scrollWidth > part.clientWidth + 1) {
        problems.push(`${part.className || part.tagName}: ${part.scrollHeight} / ${part.clientHeight} high`);
      }
    }
    return problems.map((problem) => `${slide.id}: ${problem}`);
  });
}

describe.each([
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
])('every slide fits a $width×$height screen', (viewport) => {
  let context: BrowserContext;

  beforeAll(async () => {
    context = await browser.newContext({ viewport });
  });

  afterAll(async () => {
    await context?.close();
  });

  test.each(decks)('%s', async (path) => {
    const page = await context.newPage();
    try {
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      await deckReady(page);
      const total = await page.locator('[data-slide]').count();
      expect(total).toBe(deckFile(path).slides.length);
      const problems: string[] = [];
      for (let n = 1; n <= total; n++) {
        await expect.poll(() => counter(page)).toMatch(new RegExp(`^${n} /`));
        // A widget hydrates once its slide shows; measure what it draws then.
        const island = page.locator('.slide.is-current astro-island');
        if ((await island.count()) > 0) {
          await page.waitForFunction((el) => !el?.hasAttribute('ssr'), await island.first().elementHandle());
        }
        problems.push(...(await overflowOfCurrentSlide(page)));
        await page.keyboard.press('ArrowRight');
      }
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the audience window', () => {
  test('arrow keys, space, page keys, Home and End move the slides; the counter, URL and announcement follow', async () => {
    const result = await visit(browser, origin, lesson);
    try {
      const { page } = result;
      const total = await page.locator('[data-slide]').count();
      const expectSlide = async (n: number) => {
        await expect(counter(page)).resolves.toBe(`${n} / ${total}`);
        // From the page itself: page.url() learns of replaceState through an event that can lag.
        expect(await page.evaluate(() => location.hash)).toBe(`#slide-${n}`);
        expect(await page.locator('.slide.is-current').getAttribute('id')).toBe(`slide-${n}`);
      };
      await expectSlide(1);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/What a cookie is/);
      await page.keyboard.press('ArrowRight');
      await expectSlide(2);
      await expect(page.locator('[data-deck-status]').textContent()).resolves.toBe(
        `Slide 2 of ${total}: ${await currentHeading(page)}`,
      );
      await page.keyboard.press('Space');
      await expectSlide(3);
      await page.keyboard.press('Shift+Space');
      await expectSlide(2);
      await page.keyboard.press('PageDown');
      await expectSlide(3);
      await page.keyboard.press('PageUp');
      await expectSlide(2);
      await page.keyboard.press('ArrowLeft');
      await expectSlide(1);
      await page.keyboard.press('ArrowLeft');
      await expectSlide(1);
      await page.keyboard.press('End');
      await expectSlide(total);
      await page.keyboard.press('ArrowRight');
      await expectSlide(total);
      await page.keyboard.press('Home');
      await expectSlide(1);
      await page.getByRole('button', { name: 'Next slide' }).click();
      await expectSlide(2);
      await page.getByRole('button', { name: 'Previous slide' }).click();
      await expectSlide(1);
      // One slide shows at a time.
      expect(
        await page.locator('.slide').evaluateAll((slides) => slides.filter((s) => s.checkVisibility()).length),
      ).toBe(1);
      expect(result.consoleErrors).toEqual([]);
    } finally {
      await result.close();
    }
  });

  test('a reload stays on the slide in the URL, and a link to a slide opens it', async () => {
    const result = await visit(browser, origin, lesson);
    try {
      const { page } = result;
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const before = await currentHeading(page);
      await page.reload({ waitUntil: 'networkidle' });
      await expect.poll(() => counter(page)).toMatch(/^3 \/ \d+$/);
      expect(await currentHeading(page)).toBe(before);
      await page.goto(`${origin}${lesson}#slide-4`, { waitUntil: 'networkidle' });
      await deckReady(page);
      await page.reload({ waitUntil: 'networkidle' });
      await expect.poll(() => counter(page)).toMatch(/^4 \/ \d+$/);
    } finally {
      await result.close();
    }
  });

  test.each(decks)('%s holds no speaker note', async (path) => {
    const html = await (await fetch(origin + path)).text();
    const text = html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');
    const leaked = deckFile(path)
      .slides.map((slide) => slide.notes.replace(/\s+/g, ' ').trim().slice(0, 60))
      .filter((start) => text.includes(start));
    expect(leaked).toEqual([]);
  });

  test('without JavaScript the slides follow one another, and #slide-N is an anchor', async () => {
    const result = await visit(browser, origin, `${lesson}#slide-3`, {
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 720 },
    });
    try {
      const { page } = result;
      const slides = page.locator('.slide');
      const count = await slides.count();
      expect(await slides.evaluateAll((all) => all.filter((s) => s.checkVisibility()).length)).toBe(count);
      // Each slide keeps the shape of a screen, one under the other.
      const boxes = await slides.evaluateAll((all) => all.map((s) => s.getBoundingClientRect().toJSON() as DOMRect));
      for (const box of boxes) expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
      boxes.slice(1).forEach((box, i) => expect(box.top).toBeGreaterThanOrEqual(boxes[i].bottom - 1));
      await expect
        .poll(() => page.locator('#slide-3').evaluate((el) => Math.abs(el.getBoundingClientRect().top)))
        .toBeLessThan(5);
      await expect(page.getByText('Without JavaScript the slides read as one page').isVisible()).resolves.toBe(true);
    } finally {
      await result.close();
    }
  });

  test('space on "Show the answer" reveals it instead of moving on', async () => {
    const result = await visit(browser, origin, lesson);
    try {
      const { page } = result;
      await page.keyboard.press('End');
      const position = await counter(page);
      const summary = page.locator('.slide.is-current summary');
      await summary.focus();
      await page.keyboard.press('Space');
      await expect(counter(page)).resolves.toBe(position);
      await expect(page.locator('.slide.is-current details').getAttribute('open')).resolves.toBe('');
      await expect(page.locator('.slide.is-current .reveal p').isVisible()).resolves.toBe(true);
    } finally {
      await result.close();
    }
  });

  test('the trade-off map on its slide hydrates when the slide shows, and takes its own keys', async () => {
    const path = '/present/the-trade-off/';
    const n = deckFile(path).slides.findIndex((slide) => slide.widget === 'tradeoff-map') + 1;
    const result = await visit(browser, origin, path, { viewport: { width: 1280, height: 720 } });
    try {
      const { page } = result;
      const island = page.locator(`#slide-${n} astro-island`);
      await page.waitForTimeout(300);
      expect(await island.getAttribute('ssr')).toBe('');
      await page.goto(`${origin}${path}#slide-${n}`);
      await page.waitForFunction((el) => !el?.hasAttribute('ssr'), await island.elementHandle(), { timeout: 10_000 });
      // Arrow keys inside the map move its own focus, not the slides.
      await island.getByRole('radio', { checked: true }).focus();
      await page.keyboard.press('ArrowRight');
      await expect(counter(page)).resolves.toMatch(new RegExp(`^${n} /`));
      expect(result.consoleErrors).toEqual([]);
    } finally {
      await result.close();
    }
  });
});

describe('the presenter view', () => {
  test('follows the audience window, and the audience window follows it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const audience = await context.newPage();
      await audience.goto(origin + lesson, { waitUntil: 'networkidle' });
      await deckReady(audience);
      await audience.keyboard.press('ArrowRight');
      // Opened second, the presenter view takes the slide the audience window is on.
      const view = await context.newPage();
      await view.goto(origin + presenter, { waitUntil: 'networkidle' });
      await deckReady(view);
      await expect.poll(() => counter(view)).toMatch(/^2 \//);
      const notes = deckFile(lesson).slides.map((slide) => slide.notes.replace(/\s+/g, ' ').trim());
      const shownNotes = () => view.locator('.notes.is-current p').textContent();
      await expect(shownNotes()).resolves.toBe(notes[1]);
      expect(await view.locator('.notes').evaluateAll((all) => all.filter((n) => n.checkVisibility()).length)).toBe(1);
      expect(await view.locator('.slide.is-next').getAttribute('id')).toBe('slide-3');
      await expect(view.locator('.slide.is-next').isVisible()).resolves.toBe(true);

      await audience.keyboard.press('ArrowRight');
      await expect.poll(() => counter(view)).toMatch(/^3 \//);
      await expect.poll(shownNotes).toBe(notes[2]);
      expect(await view.evaluate(() => location.hash)).toBe('#slide-3');

      await view.keyboard.press('End');
      await expect.poll(() => counter(audience)).toBe(`${notes.length} / ${notes.length}`);
      await view.getByRole('button', { name: 'Previous slide' }).click();
      await expect.poll(() => counter(audience)).toBe(`${notes.length - 1} / ${notes.length}`);
      // The audience window's own reload asks where the deck is.
      await audience.reload({ waitUntil: 'networkidle' });
      await expect.poll(() => counter(audience)).toBe(`${notes.length - 1} / ${notes.length}`);
      expect(await storedData(view)).toEqual({ cookies: 0, local: 0, session: 0 });
    } finally {
      await context.close();
    }
  });

  test('each window links to the other, keeping the slide', async () => {
    const result = await visit(browser, origin, `${lesson}#slide-2`);
    try {
      const { page } = result;
      const link = page.getByRole('link', { name: 'Presenter view' });
      expect(await link.getAttribute('target')).toBe('datadeal-presenter');
      await expect
        .poll(() => link.evaluate((a: HTMLAnchorElement) => a.pathname + a.hash))
        .toBe(`${presenter}#slide-2`);
      const opened = page.context().waitForEvent('page');
      await page.keyboard.press('p');
      const view = await opened;
      await view.waitForLoadState('networkidle');
      expect(new URL(view.url()).pathname).toBe(presenter);
      await expect.poll(() => counter(view)).toMatch(/^2 \//);
      await expect(view.getByRole('link', { name: 'Audience window' }).getAttribute('target')).resolves.toBe(
        'datadeal-audience',
      );
    } finally {
      await result.close();
    }
  });

  test("shows the clock and the guide's block, picked by ?guide=", async () => {
    const result = await visit(browser, origin, `${presenter}?guide=deep-dive-90-minutes`);
    try {
      const { page } = result;
      const select = page.getByRole('combobox', { name: 'Block of the guide' });
      await expect(select.inputValue()).resolves.toBe('deep-dive-90-minutes/2');
      await expect(select.locator('option:checked').textContent()).resolves.toMatch(
        /block 2: .*\(10 min, 0:05 to 0:15\)/,
      );
      await expect
        .poll(() => page.locator('[data-clock-left]').textContent())
        .toMatch(/^\d:\d\d left of the block’s 10 minutes$/);
      await expect.poll(() => page.locator('[data-clock-elapsed]').textContent(), { timeout: 5000 }).not.toBe('0:00');
      await select.selectOption('cookies-in-45-minutes/2');
      await expect(page.locator('[data-clock-left]').textContent()).resolves.toMatch(/of the block’s 8 minutes$/);
      await page.getByRole('button', { name: 'Restart' }).click();
      await expect(page.locator('[data-clock-elapsed]').textContent()).resolves.toBe('0:00');
    } finally {
      await result.close();
    }
  });

  test('a lesson no guide times says so; the clock still runs', async () => {
    const result = await visit(browser, origin, '/present/second-party-data/presenter/');
    try {
      await expect(result.page.getByText('No facilitator guide gives this lesson a block').isVisible()).resolves.toBe(
        true,
      );
      expect(await result.page.getByRole('combobox').count()).toBe(0);
    } finally {
      await result.close();
    }
  });

  test('without JavaScript it is every slide followed by its notes', async () => {
    const result = await visit(browser, origin, presenter, { javaScriptEnabled: false });
    try {
      const { page } = result;
      const order = await page
        .locator('slide-deck > *')
        .evaluateAll((all) => all.map((el) => (el.matches('.slide') ? 'slide' : el.matches('.notes') ? 'notes' : '?')));
      const slides = deckFile(lesson).slides.length;
      expect(order).toEqual(Array.from({ length: slides }, () => ['slide', 'notes']).flat());
      expect(await page.locator('.notes').evaluateAll((all) => all.every((n) => n.checkVisibility()))).toBe(true);
      await expect(page.locator('.blocks li').first().textContent()).resolves.toMatch(/Cookies in 45 minutes, block 2/);
    } finally {
      await result.close();
    }
  });
});

describe('accessibility and privacy of presenter mode', () => {
  test.each([
    { path: lesson, width: 1280, height: 720 },
    { path: lesson, width: 390, height: 844 },
    { path: '/fr/present/the-six-choices/', width: 390, height: 844 },
    { path: '/fr/present/the-trade-off/', width: 1280, height: 720 },
    { path: presenter, width: 1280, height: 720 },
    { path: `/fr${presenter}`, width: 390, height: 844 },
  ])(
    '$path at $width px passes axe on every slide, fits the width, calls no one and stores nothing',
    async ({ path, width, height }) => {
      const result = await visit(browser, origin, path, { viewport: { width, height } });
      try {
        const { page } = result;
        const total = await page.locator('[data-slide]').count();
        const violations: string[] = [];
        for (let n = 1; n <= total; n++) {
          await settled(page);
          violations.push(...(await axeViolations(page)).map((v) => `slide ${n}: ${v}`));
          // Nothing on the slide is wider than the screen, a phone's included.
          const wide = await page.evaluate(() =>
            [document.scrollingElement!, ...document.querySelectorAll('.slide.is-current, .slide.is-current .frame *')]
              .filter(
                (el) =>
                  el instanceof HTMLElement &&
                  el.scrollWidth > el.clientWidth + 1 &&
                  getComputedStyle(el).overflowX !== 'auto',
              )
              .map((el) => el.className || el.tagName),
          );
          violations.push(...wide.map((el) => `slide ${n}: ${el} is wider than its box`));
          await page.keyboard.press('ArrowRight');
        }
        expect(violations).toEqual([]);
        await expectClean(result, { axe: false });
      } finally {
        await result.close();
      }
    },
  );
});
