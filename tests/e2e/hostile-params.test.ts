/**
 * Property-based hostile input: generated query strings (long, unicode, markup, script,
 * malformed percent-encoding, known parameter names with junk values) on the simulator and
 * its embed. Whatever the URL, nothing executes, no element is injected, and the page still
 * teaches: the simulator shows its first step and its summary (the compact embed, its outcome).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';

const origin = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const names = fc.constantFrom(
  'consent',
  'brand',
  'policy',
  'scenario',
  'browser',
  'gpc',
  'ad_storage',
  'analytics_storage',
  'functionality_storage',
  'utm_source',
);

/** Values a hostile or careless link could carry, written raw into the query string. */
const values = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    'javascript:alert(1)',
    '%E0%A4%A',
    '%',
    '%%32',
    '&amp;',
    '\u202e\u0000\u0007',
    'all,none,<b>',
    'granted',
    'denied',
  ),
  fc.string({ unit: 'grapheme', maxLength: 80 }).map(encodeURIComponent),
  fc.string({ maxLength: 40 }),
  fc.nat({ max: 3000 }).map((n) => 'x'.repeat(n)),
);

const queries = fc
  .array(fc.tuple(names, values), { minLength: 1, maxLength: 5 })
  .map((pairs) => `?${pairs.map(([name, value]) => `${name}=${value}`).join('&')}`);

describe('hostile URL parameters', () => {
  test.each(['/simulator/', '/embed/shop-simulator/', '/fr/simulator/'])(
    '%s: generated query strings execute nothing and the page still teaches',
    async (path) => {
      const context = await browser.newContext({ reducedMotion: 'reduce' });
      try {
        await fc.assert(
          fc.asyncProperty(queries, async (query) => {
            const page = await context.newPage();
            const problems: string[] = [];
            page.on('dialog', (dialog) => {
              problems.push(`dialog: ${dialog.message()}`);
              void dialog.dismiss();
            });
            page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
            try {
              const response = await page.goto(origin + path + query, { waitUntil: 'load' });
              expect(response?.status()).toBe(200);
              await page.waitForSelector('astro-island:not([ssr])');
              const injected = await page.locator('main img[src="x"], main svg[onload], main b').count();
              expect(injected).toBe(0);
              await expect(page.locator('.step-heading').textContent()).resolves.toMatch(/(Step|Étape) \d+/);
              // The full simulator ends with its summary; the compact embed with the outcome in one line.
              const outcome = path.includes('/embed/') ? '.outcome' : '.summary .headline';
              await expect(page.locator(outcome).count()).resolves.toBe(1);
              expect(problems).toEqual([]);
            } finally {
              await page.close();
            }
          }),
          { numRuns: 12, seed: 20261129 },
        );
      } finally {
        await context.close();
      }
    },
    180_000,
  );
});
