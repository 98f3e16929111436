/** With JavaScript off, every lesson still reads in full, knowledge check answers included. */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';
import { lessonPages } from './support/site';
import { visit } from './support/visit';

const origin = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('without JavaScript', () => {
  test('there are lessons to read', () => {
    expect(lessonPages().length).toBeGreaterThan(0);
  });

  test.each(lessonPages())('%s is readable, with its sources and answers', async (path) => {
    const result = await visit(browser, origin, path, { javaScriptEnabled: false });
    try {
      const { page } = result;
      expect(result.status).toBe(200);
      await expect(page.locator('h1').isVisible()).resolves.toBe(true);
      const words = (await page.locator('.lesson-body').innerText()).split(/\s+/).length;
      expect(words).toBeGreaterThan(300);
      expect(await page.locator('ol.sources li').count()).toBeGreaterThan(0);
      const answers = page.locator('.knowledge-check details.answer');
      expect(await answers.count()).toBeGreaterThanOrEqual(3);
      await answers.first().locator('summary').click();
      await expect(answers.first().locator('p').isVisible()).resolves.toBe(true);
    } finally {
      await result.close();
    }
  });
});
