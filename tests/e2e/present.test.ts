/**
 * Presenter mode: one slide at a time, moved by keys and buttons; the counter and the
 * announcement follow; the URL keeps the slide so a reload stays on it, and `#slide-N` is a
 * plain anchor without JavaScript; N opens the speaker notes; islands on a slide hydrate when
 * the slide is shown; axe finds nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { axeViolations, cspViolations, storedData, visit } from './support/visit';

const origin = inject('baseURL');
/** Lesson 1 has speaker notes (from the 45-minute guide) and a client:visible island. */
const withNotes = '/present/what-is-a-cookie/';
/** A lesson no English guide writes notes for, found from the content so the test follows it. */
const annotated = new Set(
  readdirSync(new URL('../../content/workshops/en/', import.meta.url))
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) => [
      ...readFileSync(new URL(`../../content/workshops/en/${file}`, import.meta.url), 'utf8').matchAll(
        /^\s+- lesson: ([a-z0-9-]+)$/gm,
      ),
    ])
    .map((match) => match[1]),
);
const unannotated = readdirSync(new URL('../../content/lessons/en/', import.meta.url))
  .map((file) => file.replace(/\.mdx$/, '').replace(/^\d+-/, ''))
  .find((slug) => !annotated.has(slug));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const counter = (page: Page) => page.locator('[data-deck-counter]').textContent();
/** Waits for a slide's fade-in to end: mid-fade, text is paler than its real contrast. */
const settled = (page: Page) => page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
const slideCount = (page: Page) => page.locator('.deck > [data-slide-start]').count();
/** The text of the headings that are visible now (the current slide's). */
const visibleHeadings = (page: Page) =>
  page
    .locator('.deck h2')
    .evaluateAll((headings) => headings.filter((h) => h.checkVisibility()).map((h) => h.textContent?.trim()));

describe('presenter mode', () => {
  test('has one slide for the title, each ## section, each question and the sources', async () => {
    const result = await visit(browser, origin, withNotes);
    try {
      const { page } = result;
      const sections = await page.locator('.deck > h2').count();
      const questions = await page.locator('.deck > .question-slide').count();
      expect(sections).toBeGreaterThanOrEqual(4);
      expect(questions).toBeGreaterThanOrEqual(3);
      expect(await slideCount(page)).toBe(1 + sections + questions + 1);
      await expect(counter(page)).resolves.toBe(`1 / ${await slideCount(page)}`);
      expect(await visibleHeadings(page)).toEqual(['What a cookie is, and what it is not']);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/What a cookie is/);
    } finally {
      await result.close();
    }
  });

  test('arrow keys, space, page keys, Home and End move the slides; the counter and URL follow', async () => {
    const result = await visit(browser, origin, withNotes);
    try {
      const { page } = result;
      const total = await slideCount(page);
      const expectSlide = async (n: number) => {
        await expect(counter(page)).resolves.toBe(`${n} / ${total}`);
        // From the page itself: page.url() learns of replaceState through an event that can lag.
        expect(await page.evaluate(() => location.hash)).toBe(`#slide-${n}`);
      };
      await page.keyboard.press('ArrowRight');
      await expectSlide(2);
      const second = await visibleHeadings(page);
      expect(second).toHaveLength(1);
      await expect(page.locator('[data-deck-status]').textContent()).resolves.toBe(`Slide 2 of ${total}: ${second[0]}`);
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
      expect(await visibleHeadings(page)).toEqual(['Sources']);
      await page.keyboard.press('ArrowRight');
      await expectSlide(total);
      await page.keyboard.press('Home');
      await expectSlide(1);
      await page.getByRole('button', { name: 'Next slide' }).click();
      await expectSlide(2);
      await page.getByRole('button', { name: 'Previous slide' }).click();
      await expectSlide(1);
      expect(result.consoleErrors).toEqual([]);
    } finally {
      await result.close();
    }
  });

  test('a reload stays on the slide in the URL', async () => {
    const result = await visit(browser, origin, withNotes);
    try {
      const { page } = result;
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const before = await visibleHeadings(page);
      await page.reload({ waitUntil: 'networkidle' });
      expect(new URL(page.url()).hash).toBe('#slide-3');
      await expect.poll(() => counter(page)).toMatch(/^3 \/ \d+$/);
      expect(await visibleHeadings(page)).toEqual(before);
      // Opening a link to a slide directly works the same.
      await page.goto(`${origin}${withNotes}#slide-4`, { waitUntil: 'networkidle' });
      await page.reload({ waitUntil: 'networkidle' });
      await expect.poll(() => counter(page)).toMatch(/^4 \/ \d+$/);
    } finally {
      await result.close();
    }
  });

  test('without JavaScript the slides are one page and #slide-N is an anchor', async () => {
    const result = await visit(browser, origin, `${withNotes}#slide-3`, { javaScriptEnabled: false });
    try {
      const { page } = result;
      const headings = await visibleHeadings(page);
      expect(headings.length).toBeGreaterThan(8);
      // The browser scrolls to the fragment once layout settles, which under load can come after "networkidle".
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
      await expect
        .poll(() => page.locator('#slide-3').evaluate((el) => Math.abs(el.getBoundingClientRect().top)))
        .toBeLessThan(5);
      // Notes follow the slides as a list.
      await expect(page.locator('#notes').isVisible()).resolves.toBe(true);
    } finally {
      await result.close();
    }
  });

  test('N toggles the speaker notes of the current slide', async () => {
    const result = await visit(browser, origin, withNotes);
    try {
      const { page } = result;
      const notes = page.locator('#notes');
      const button = page.getByRole('button', { name: 'Notes' });
      await expect(notes.isVisible()).resolves.toBe(false);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('n');
      await expect(notes.isVisible()).resolves.toBe(true);
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      const shown = notes.locator('[data-notes-for]:visible');
      expect(await shown.count()).toBe(1);
      expect(await shown.getAttribute('data-notes-for')).toBe('slide-2');
      await expect(shown.textContent()).resolves.toMatch(/Ask the room/);
      // A slide without notes says so.
      await page.keyboard.press('Home');
      expect(await notes.locator('[data-notes-for]:visible').count()).toBe(0);
      await expect(notes.getByText('No notes for this slide.').isVisible()).resolves.toBe(true);
      await page.keyboard.press('N');
      await expect(notes.isVisible()).resolves.toBe(false);
      expect(await button.getAttribute('aria-pressed')).toBe('false');
    } finally {
      await result.close();
    }
  });

  test('a lesson without notes has no notes panel, and N does nothing', async () => {
    expect(unannotated).toBeDefined();
    const result = await visit(browser, origin, `/present/${unannotated}/`);
    try {
      const { page } = result;
      expect(await page.locator('#notes').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Notes' }).count()).toBe(0);
      await page.keyboard.press('n');
      await expect(counter(page)).resolves.toMatch(/^1 \//);
      expect(result.consoleErrors).toEqual([]);
    } finally {
      await result.close();
    }
  });

  test('space on "Show the answer" reveals it instead of moving on', async () => {
    const result = await visit(browser, origin, withNotes);
    try {
      const { page } = result;
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      const position = await counter(page);
      const summary = page.locator('.question-slide.is-current summary');
      await summary.focus();
      await page.keyboard.press('Space');
      await expect(counter(page)).resolves.toBe(position);
      await expect(page.locator('.question-slide.is-current details').getAttribute('open')).resolves.toBe('');
      await expect(page.locator('.question-slide.is-current .reveal p').isVisible()).resolves.toBe(true);
    } finally {
      await result.close();
    }
  });

  test('a client:visible island hydrates when its slide is shown, not before', async () => {
    const result = await visit(browser, origin, withNotes);
    try {
      const { page } = result;
      const island = page.locator('.deck astro-island[client="visible"]').first();
      expect(await island.count()).toBe(1);
      // Which slide holds it: the last slide start before it.
      const target = await island.evaluate((el) => {
        const deck = el.closest('.deck')!;
        let node: Element = el;
        while (node.parentElement !== deck) node = node.parentElement!;
        for (let n: Element | null = node; n; n = n.previousElementSibling) {
          if (n.hasAttribute('data-slide-start')) return n.id;
        }
        return '';
      });
      expect(target).toMatch(/^slide-\d+$/);
      await page.waitForTimeout(300);
      expect(await island.getAttribute('ssr')).toBe('');
      const n = Number(target.slice('slide-'.length));
      for (let i = 1; i < n; i++) await page.keyboard.press('ArrowRight');
      await expect(counter(page)).resolves.toMatch(new RegExp(`^${n} /`));
      // Shown is not yet seen: a long slide scrolls, and the island waits until it is scrolled to.
      await island.locator(':scope > *').first().scrollIntoViewIfNeeded();
      await page.waitForFunction((el) => !el?.hasAttribute('ssr'), await island.elementHandle(), { timeout: 10_000 });
      expect(result.consoleErrors).toEqual([]);
    } finally {
      await result.close();
    }
  });

  test('passes axe, on the title slide and on a section with notes open; stores nothing', async () => {
    const result = await visit(browser, origin, withNotes);
    try {
      const { page } = result;
      expect(result.foreignRequests).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('n');
      await settled(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await settled(page);
      expect(await axeViolations(page)).toEqual([]);
      expect(await storedData(page)).toEqual({ cookies: 0, local: 0, session: 0 });
      expect(result.consoleErrors).toEqual([]);
    } finally {
      await result.close();
    }
  });
});
