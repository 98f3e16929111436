/**
 * The drawn simulator on the built site, in Chromium, as a phone and a desk see it: the first phone
 * screen holds the banner, the step drawn and the way forward; the whole simulator stays short with
 * its sections folded; a link's hash opens a section and opening one writes it; nothing moves
 * without a press; hydration paints nothing the server did not; no width widens the page, whatever
 * the brand's name; without JavaScript every section is open.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { axeViolations } from './support/visit';

const origin = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Opens `path` in a fresh context and waits for the island to hydrate. */
async function open(path: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  if (options.javaScriptEnabled !== false) await page.waitForSelector('astro-island:not([ssr])');
  return { page, errors, close: () => context.close() };
}

/** Where `selector` ends, measured from the top of the simulator; null when it is not shown. */
function bottomInSimulator(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const simulator = document.querySelector('.shop-simulator')?.getBoundingClientRect();
    const box = document.querySelector(selector)?.getBoundingClientRect();
    if (!simulator || !box || box.height === 0) return null;
    return box.bottom - simulator.top;
  }, selector);
}

const simulatorHeight = (page: Page) =>
  page.evaluate(() => document.querySelector('.shop-simulator')?.getBoundingClientRect().height ?? 0);

const accept = (page: Page) => page.getByRole('button', { name: /^(Accept all|Tout accepter)$/ }).click();
const next = (page: Page) => page.locator('.controls button').nth(2).click();
const heading = (page: Page) => page.locator('.step-heading').textContent();

describe.each(['/simulator/', '/fr/simulator/'])('%s on a phone (390 × 844)', (path) => {
  test('its first screen holds the banner, the first step drawn, and then the way forward', async () => {
    const { page, errors, close } = await open(path, phone);
    try {
      expect(await bottomInSimulator(page, '.banner-box .fair-banner')).toBeLessThanOrEqual(844);
      expect(await bottomInSimulator(page, 'figure.phone')).toBeLessThanOrEqual(844);
      await accept(page);
      expect(await bottomInSimulator(page, '.banner-box .fair-banner')).toBeNull();
      expect(await bottomInSimulator(page, '.controls')).toBeLessThanOrEqual(844);
      for (let step = 1; step < 12; step++) {
        expect(await bottomInSimulator(page, 'figure.phone'), `step ${step}`).toBeLessThanOrEqual(844);
        await next(page);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('is at most four phone screens tall at every step, with its sections folded', async () => {
    const { page, close } = await open(path, phone);
    try {
      expect(await simulatorHeight(page)).toBeLessThanOrEqual(4 * 844);
      await accept(page);
      for (let step = 1; step <= 12; step++) {
        expect(await simulatorHeight(page), `step ${step}`).toBeLessThanOrEqual(4 * 844);
        if (step < 12) await next(page);
      }
      await expect(page.locator('details.fold[open]').count()).resolves.toBe(0);
    } finally {
      await close();
    }
  });
});

describe('/simulator/ sections', () => {
  test('a link to a section opens it, and opening one writes it in the address', async () => {
    const { page, close } = await open('/simulator/?consent=all#sim-summary');
    try {
      const summary = page.locator('details[data-fold="summary"]');
      await expect.poll(() => summary.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
      await expect(page.locator('#sim-summary').isVisible()).resolves.toBe(true);
      await page.locator('summary', { hasText: 'Data so far' }).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#sim-data');
      await page.locator('summary', { hasText: 'Data so far' }).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
      expect(page.url()).toContain('?consent=all');
    } finally {
      await close();
    }
  });

  test('the jump link at the top opens what one switch more or less would change', async () => {
    const { page, close } = await open('/simulator/');
    try {
      await accept(page);
      await page.locator('.jump a').click();
      await expect.poll(() => page.locator('#sim-marginal').isVisible()).toBe(true);
      await expect(page.locator('#sim-marginal').textContent()).resolves.toMatch(
        /Without Preferences, you would have lost/,
      );
    } finally {
      await close();
    }
  });

  test('compares a step with another choice, side by side from a tablet’s width', async () => {
    const { page, close } = await open('/simulator/?consent=all', { viewport: { width: 768, height: 1024 } });
    try {
      await page.locator('summary', { hasText: 'Every step of the session' }).click();
      await page.locator('.step-list button', { hasText: 'Comes back two days later' }).click();
      await page.getByLabel('Compare this step with').selectOption('none');
      const boxes = await page
        .locator('figure.phone')
        .evaluateAll((figures) => figures.map((figure) => figure.getBoundingClientRect().top));
      expect(boxes).toHaveLength(2);
      expect(Math.abs(boxes[0] - boxes[1])).toBeLessThan(2);
      await expect(page.locator('.slot[data-differs="true"] .differs').count()).resolves.toBe(8);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('axe on a phone, in light and dark', () => {
  test.each(['light', 'dark'] as const)(
    '/simulator/ in %s, answered, compared and with every section open, has no violation',
    async (colorScheme) => {
      const { page, errors, close } = await open('/simulator/', { ...phone, colorScheme });
      try {
        await accept(page);
        await next(page);
        await page.getByLabel('Compare this step with').selectOption('none');
        for (const summary of await page.locator('.shop-simulator details.fold > summary').all()) await summary.click();
        await expect(page.locator('.shop-simulator details.fold:not([open])').count()).resolves.toBe(0);
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  test.each(['/', '/fr/'])('the home page’s drawn step (%s) in dark has no violation', async (path) => {
    const context = await browser.newContext({ ...phone, colorScheme: 'dark', reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      await expect(page.locator('figure.phone').count()).resolves.toBe(2);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the simulator moves only when pressed', () => {
  test('after the banner, no step changes until Play or a step is pressed, even without reduced motion', async () => {
    const { page, close } = await open('/simulator/', { reducedMotion: 'no-preference' });
    try {
      await accept(page);
      await page.waitForTimeout(6_000);
      await expect(heading(page)).resolves.toMatch(/^\s*Step 1 of 12/);
      await page.getByRole('button', { name: 'Play' }).click();
      await expect.poll(() => heading(page), { timeout: 10_000 }).toMatch(/^\s*Step 2 of 12/);
    } finally {
      await close();
    }
  });
});

describe('hydration', () => {
  test('paints nothing the server did not: the island’s HTML and the screen are the same before and after', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    try {
      // Hold the island's code until the server's HTML is on screen, then let it hydrate.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/_astro\/ShopSimulator\.[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${origin}/simulator/`, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('.shop-simulator');
      const html = () =>
        page.evaluate(() =>
          (document.querySelector('.shop-simulator')?.outerHTML ?? '')
            .replace(/<!--[^>]*-->/g, '')
            .replace(/\s+/g, ' '),
        );
      // The screenshot first: taking it can touch the page (Chromium marks form fields), and both
      // HTML snapshots must see the same page.
      const shotBefore = await page.screenshot({ fullPage: true });
      const before = await html();
      release();
      await page.waitForSelector('astro-island:not([ssr])');
      await page.waitForTimeout(300);
      const shotAfter = await page.screenshot({ fullPage: true });
      expect(await html()).toBe(before);
      expect(shotAfter.equals(shotBefore)).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('props set aside (src/integrations/island-props.ts)', () => {
  test('the island’s scenarios and words come from a shared file fetched after the largest paint', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      const response = await page.goto(`${origin}/simulator/`, { waitUntil: 'networkidle' });
      const html = (await response?.text()) ?? '';
      expect(html).not.toMatch(/<astro-island[^>]*\sprops=/);
      const src = /<astro-island[^>]*\sdata-props-src="(\/_astro\/props\/[0-9a-f]{16}\.json)"/.exec(html)?.[1];
      expect(src).toBeDefined();
      await page.waitForSelector('astro-island:not([ssr])');
      const timing = await page.evaluate(
        (url) =>
          new Promise<{ paint: number; fetched: number | undefined }>((resolve) => {
            new PerformanceObserver((list) => {
              const paint = list.getEntries()[0].startTime;
              const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith(url));
              resolve({ paint, fetched: entry?.startTime });
            }).observe({ type: 'largest-contentful-paint', buffered: true });
          }),
        src!,
      );
      expect(timing.fetched).toBeGreaterThan(timing.paint);
      // Hydrated with them: answering the banner draws the first step.
      await page.getByRole('button', { name: 'Reject all' }).first().click();
      await expect.poll(() => page.locator('.step-heading').textContent()).toMatch(/Step 1 of/);
    } finally {
      await context.close();
    }
  });
});

describe('no page is wider than the screen, whatever the brand’s name', () => {
  const brand = 'W'.repeat(60);
  const pages = ['/simulator/', '/fr/simulator/', '/embed/shop-simulator/', '/fr/embed/shop-simulator/'];
  test.each(pages.flatMap((path) => [320, 390, 768, 1280].map((width) => [path, width] as const)))(
    '%s at %i px',
    async (path, width) => {
      const { page, close } = await open(`${path}?consent=all&brand=${brand}`, {
        viewport: { width, height: 800 },
      });
      try {
        await page.getByText(brand, { exact: false }).first().waitFor();
        const widths = () => page.evaluate(() => document.documentElement.scrollWidth);
        expect(await widths()).toBeLessThanOrEqual(width);
        // Compare, and every section open: still no wider.
        if (!path.includes('embed')) {
          await page.locator('.compare select').selectOption('none');
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        }
        await page.locator('.controls button').nth(2).click();
        expect(await widths()).toBeLessThanOrEqual(width);
      } finally {
        await close();
      }
    },
  );
});

describe('/simulator/ without JavaScript', () => {
  test('shows every section open, reads the reject-all trip, and hides the buttons that need a script', async () => {
    const { page, close } = await open('/simulator/', { javaScriptEnabled: false, ...phone });
    try {
      for (const id of ['sim-steps', 'sim-data', 'sim-flow', 'sim-summary', 'sim-marginal', 'sim-settings']) {
        await expect(page.locator(`#${id}`).isVisible(), id).resolves.toBe(true);
      }
      await expect(page.locator('.summary .headline').isVisible()).resolves.toBe(true);
      await expect(page.locator('.controls').isVisible()).resolves.toBe(false);
    } finally {
      await close();
    }
  });
});
