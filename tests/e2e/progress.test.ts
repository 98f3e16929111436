/**
 * "Remember my progress": nothing is stored before the visitor opts in; once on, reading
 * and quiz scores are kept and shown on /learn/; turning it off deletes them; corrupt or
 * blocked storage never breaks a page.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { elementsDefined } from './support/visit';

const origin = inject('baseURL');
const lesson = '/learn/what-is-a-cookie/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Answers every knowledge-check question with its first choice, by keyboard-free clicks. */
async function answerEveryQuestion(page: Page) {
  const forms = page.locator('knowledge-check form.question');
  const count = await forms.count();
  for (let i = 0; i < count; i++) {
    await forms.nth(i).locator('input[type=radio]').first().check();
    await forms.nth(i).getByRole('button').click();
  }
  return count;
}

const stored = (page: Page) => page.evaluate(() => localStorage.getItem('datadeal:progress'));

describe('remember my progress', () => {
  test('stores nothing while off, even after a whole quiz', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin + lesson);
    await elementsDefined(page, 'progress-switch', 'knowledge-check');
    const count = await answerEveryQuestion(page);
    await expect(page.locator('knowledge-check .score').textContent()).resolves.toMatch(
      new RegExp(`of ${count} right`),
    );
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  test('once on, keeps the quiz score, shows it on /learn/, and deletes it when turned off', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin + lesson);
    await elementsDefined(page, 'progress-switch', 'knowledge-check');
    const toggle = page.getByRole('switch', { name: 'Remember my progress on this device' });
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(toggle.isChecked()).resolves.toBe(true);
    await expect(page.locator('progress-switch .status').textContent()).resolves.toMatch(/will be remembered/);
    const count = await answerEveryQuestion(page);
    const saved = JSON.parse((await stored(page)) ?? 'null') as {
      lessons: Record<string, { read: boolean; quiz: { total: number } }>;
    };
    expect(saved.lessons['en/what-is-a-cookie']).toMatchObject({ read: true, quiz: { total: count } });

    await page.goto(`${origin}/learn/`);
    await elementsDefined(page, 'progress-switch', 'lesson-progress-marks');
    await expect(page.locator('[data-progress-for="en/what-is-a-cookie"]').textContent()).resolves.toMatch(
      new RegExp(`Read · Quiz \\d/${count}`),
    );
    await page.getByRole('switch', { name: 'Remember my progress on this device' }).click();
    expect(await stored(page)).toBeNull();
    await expect(page.locator('[data-progress-for="en/what-is-a-cookie"]').textContent()).resolves.toBe('');
    await context.close();
  });

  test('corrupt stored progress is discarded with a message, and the page works', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/learn/`);
    await elementsDefined(page, 'progress-switch', 'lesson-progress-marks');
    await page.evaluate(() => localStorage.setItem('datadeal:progress', '{"version":1,"lessons":"<script>'));
    await page.reload();
    await elementsDefined(page, 'progress-switch', 'lesson-progress-marks');
    await expect(page.locator('progress-switch .status').textContent()).resolves.toMatch(/could not be read/);
    expect(await stored(page)).toBe('{"version":1,"lessons":{}}');
    expect(await page.locator('ol.lessons li').count()).toBe(10);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('with storage blocked, the switch says so and the quiz still works', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(origin + lesson);
    await elementsDefined(page, 'progress-switch', 'knowledge-check');
    const toggle = page.getByRole('switch', { name: 'Remember my progress on this device' });
    await expect(toggle.isDisabled()).resolves.toBe(true);
    await expect(page.locator('progress-switch .status').textContent()).resolves.toMatch(
      /does not let this site store/,
    );
    const count = await answerEveryQuestion(page);
    await expect(page.locator('knowledge-check .score').textContent()).resolves.toMatch(
      new RegExp(`of ${count} right`),
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
