/**
 * `/simulator/` on the built site, in Chromium: the banner by keyboard, the link parameters of the
 * URL contract (consent, Consent Mode aliases, brand), hostile parameters that must execute nothing,
 * the page without JavaScript, axe, and the site's promise: no other origin, no storage.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { builtPages } from './support/site';
import { expectClean } from './support/clean';
import { axeViolations, cspViolations } from './support/visit';

const origin = inject('baseURL');
const path = '/simulator/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
  /** Messages of every alert, confirm or prompt the page opened: there must be none. */
  dialogs: string[];
  close: () => Promise<void>;
}

/**
 * Opens the simulator like `visit` does (console errors, foreign requests, CSP violations), also
 * listening for dialogs from the very start, and waits for the island to hydrate when JavaScript
 * is on. Motion is reduced unless asked otherwise, so nothing plays by itself.
 */
async function open(search = '', options: BrowserContextOptions = {}): Promise<Opened> {
  const context = await browser.newContext({ reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(origin + path + search, { waitUntil: 'networkidle' });
  // Astro drops the `ssr` attribute once the island has hydrated.
  if (options.javaScriptEnabled !== false) await page.waitForSelector('astro-island:not([ssr])');
  return { page, consoleErrors, foreignRequests, dialogs, close: () => context.close() };
}

const banner = (page: Page) => page.getByRole('region', { name: 'Threadline asks about cookies' });
const headline = (page: Page) => page.locator('.summary .headline').textContent();
/** The summary's headline, once the folded sections show the current choices (their code loads on the first change). */
const headlineSoon = (page: Page, expected: string) =>
  expect.poll(() => headline(page), { timeout: 10_000 }).toContain(expected);
const choices = (page: Page) => page.locator('.choices p').textContent();
const stepHeading = (page: Page) => page.locator('.step-heading').textContent();

describe('/simulator/', () => {
  test('opens with the fair banner and the first step drawn, says nothing of outcomes yet, cleanly', async () => {
    const opened = await open();
    try {
      const { page } = opened;
      await expect(banner(page).isVisible()).resolves.toBe(true);
      await expect(page.locator('figure.phone').isVisible()).resolves.toBe(true);
      // The drawing holds the page, not yet the parts the answer decides (no "banner answered" either).
      await expect(page.locator('figure.phone .slot').first().isVisible()).resolves.toBe(false);
      for (const name of ['Preferences', 'Analytics', 'Personalisation', 'Advertising', 'Partners']) {
        await expect(page.getByRole('switch', { name, includeHidden: true }).isChecked()).resolves.toBe(false);
      }
      // The reject-all trip is in the page for a reader without JavaScript, and hidden until an answer.
      await expect(headline(page)).resolves.toContain('Maya gets 5 of the 17 experiences');
      await expect(page.locator('.summary .headline').isVisible()).resolves.toBe(false);
      await expect(page.getByText('What one switch more or less would change').first().isVisible()).resolves.toBe(
        false,
      );
      await expect(page.getByTestId('simulator-status').textContent()).resolves.toBe('');
    } finally {
      await opened.close();
    }
  });

  // A visitor who made a choice can reload or share the page and find it again.
  test('the address follows the choices, in place, and a reload shows them again', async () => {
    const opened = await open('#sim-settings');
    try {
      const { page } = opened;
      const historyLength = await page.evaluate(() => history.length);
      await banner(page).getByRole('button', { name: 'Accept all' }).click();
      await expect.poll(() => page.evaluate(() => location.search)).toBe('?consent=all');
      await page.locator('input[data-setting="policy"][value="minimal"]').check();
      await expect.poll(() => page.evaluate(() => location.search)).toBe('?consent=all&policy=minimal');
      // In place: no new history entry; the open section's anchor stays.
      expect(await page.evaluate(() => [history.length, location.hash])).toEqual([historyLength, '#sim-settings']);
      await page.reload({ waitUntil: 'networkidle' });
      await page.waitForSelector('astro-island:not([ssr])');
      expect(await banner(page).count()).toBe(0);
      await expect(choices(page)).resolves.toContain(
        'Preferences, Analytics, Personalisation, Advertising and Partners.',
      );
      expect(await page.locator('input[data-setting="policy"][value="minimal"]').isChecked()).toBe(true);
    } finally {
      await opened.close();
    }
  });

  test('"Reject all" is written into the address too', async () => {
    const opened = await open();
    try {
      const { page } = opened;
      await banner(page).getByRole('button', { name: 'Reject all' }).click();
      await expect.poll(() => page.evaluate(() => location.search)).toBe('?consent=none');
    } finally {
      await opened.close();
    }
  });

  // On a slow phone the banner shows a second or more before its code arrives (client:painted).
  test('a choice tapped before the code has arrived is not lost: it applies once it has', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let asked = () => {};
      const requested = new Promise<void>((resolve) => (asked = resolve));
      await page.route('**/_astro/ShopSimulator.*.js', async (route) => {
        asked();
        await held;
        await route.continue();
      });
      await page.goto(origin + path, { waitUntil: 'domcontentloaded' });
      await requested;
      // Two switches ticked natively, then "Save my choices": the island reads the ticks when it replays the tap.
      await page.locator('.fair-banner summary').click();
      await page.getByRole('switch', { name: 'Analytics' }).check();
      await page.getByRole('switch', { name: 'Partners' }).check();
      await page.getByRole('button', { name: 'Save my choices' }).click();
      expect(await page.locator('astro-island[ssr]').count()).toBe(1);
      release();
      await banner(page).waitFor({ state: 'detached' });
      await expect(choices(page)).resolves.toContain('Analytics and Partners.');
      expect(await page.locator('.shop-simulator').getAttribute('data-answered')).toBe('true');
    } finally {
      await context.close();
    }
  });

  test.each([
    ['Preferences', 'Preferences.', 9],
    ['Analytics', 'Analytics.', 6],
    ['Personalisation', 'Personalisation.', 8],
    ['Advertising', 'Advertising.', 7],
    ['Partners', 'Partners.', 7],
  ])('toggling %s by keyboard and saving changes the outcome', async (name, chosen, gained) => {
    const opened = await open();
    try {
      const { page } = opened;
      // The switches sit one press away, behind "Or choose category by category".
      await page.locator('.fair-banner summary').focus();
      await page.keyboard.press('Enter');
      const toggle = page.getByRole('switch', { name });
      await toggle.focus();
      await page.keyboard.press('Space');
      await expect(toggle.isChecked()).resolves.toBe(true);
      // Tab past the remaining switches to "Save my choices", then Enter.
      while (
        !(await page.getByRole('button', { name: 'Save my choices' }).evaluate((el) => el === document.activeElement))
      ) {
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      await banner(page).waitFor({ state: 'detached' });
      await expect(choices(page)).resolves.toContain(chosen);
      await headlineSoon(page, `Maya gets ${gained} of the 17 experiences`);
      await expect(page.evaluate(() => document.activeElement?.classList.contains('step-heading'))).resolves.toBe(true);
      await expect(page.locator('figure.phone .slot').first().isVisible()).resolves.toBe(true);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test.each([
    ['?consent=none', 'nothing optional', 5],
    ['?consent=all', 'Preferences, Analytics, Personalisation, Advertising and Partners.', 17],
    ['?consent=preferences,personalization', 'Preferences and Personalisation.', 12],
    [
      '?ad_storage=granted&ad_user_data=granted&ad_personalization=granted&analytics_storage=granted',
      'Analytics and Advertising.',
      8,
    ],
  ])('%s presets the consent, skips the banner and starts at step 1', async (search, chosen, gained) => {
    const opened = await open(search);
    try {
      const { page } = opened;
      await expect.poll(() => choices(page)).toContain(chosen);
      await expect(banner(page).isVisible()).resolves.toBe(false);
      await expect(choices(page)).resolves.toContain(chosen);
      await headlineSoon(page, `Maya gets ${gained} of the 17 experiences`);
      await expect(stepHeading(page)).resolves.toMatch(/^\s*Step 1 of 12/);
      await expect(page.getByRole('button', { name: 'Change my choices' }).isVisible()).resolves.toBe(true);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('?brand= greets the brand as text, and axe still finds nothing', async () => {
    const opened = await open('?brand=Acme%20Shoes&consent=preferences');
    try {
      const { page } = opened;
      const greeting = page.getByText('You came from Acme Shoes: here is what the choices on their banner mean.');
      await greeting.waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('?scenario=news asks on the news site’s banner, not the shop’s', async () => {
    const opened = await open('?scenario=news');
    try {
      const { page } = opened;
      const ledger = page.getByRole('region', { name: 'The Daily Ledger asks about cookies' });
      await ledger.waitFor();
      const text = await ledger.textContent();
      expect(text).not.toContain('Threadline');
      // Its categories in the site's own words: no cart, no shop (content/scenarios/news.yaml).
      expect(text).not.toMatch(/\b(shop|cart)\b/);
      expect(text).toContain('your count of free articles');
      expect(await banner(page).count()).toBe(0);
    } finally {
      await opened.close();
    }
  });

  const long = 'x'.repeat(5000);
  test.each([
    ['an HTML brand', '?brand=<img src=x onerror=alert(1)>', 'You came from <img src=x onerror=alert(1)>: here is'],
    [
      'a percent-encoded HTML brand',
      '?brand=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      'You came from <img src=x onerror=alert(1)>: here is',
    ],
    [
      'a script as consent',
      '?consent=<script>alert(1)</script>',
      '“<script>alert(1)</script>” is not a consent category',
    ],
    ['a 5,000-character consent', `?consent=${long}`, `“${'x'.repeat(40)}” is not a consent category`],
    ['a 5,000-character brand', `?brand=${long}`, 'The brand name was longer than 60 characters'],
    ['malformed percent-encoding', '?consent=%E0%A4%A', 'is not a consent category'],
    ['malformed policy and markup in gpc', '?policy=%E0%A4%A&gpc=<b>on</b>', 'is not a Global Privacy Control setting'],
  ])('%s executes nothing, says what it set aside, and still shows the simulator', async (_, search, shown) => {
    const opened = await open(search);
    try {
      const { page } = opened;
      await page.getByText(shown, { exact: false }).first().waitFor();
      await expect(
        page.locator('.shop-simulator img, .shop-simulator script, .shop-simulator b').count(),
      ).resolves.toBe(0);
      await expect(stepHeading(page)).resolves.toMatch(/Step 1 of 12/);
      await expect(headline(page)).resolves.toMatch(/Maya gets \d+ of the 17 experiences/);
      expect(opened.dialogs).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('without JavaScript, shows the reject-all outcome, every step and the summary', async () => {
    const opened = await open('?consent=all', { javaScriptEnabled: false });
    try {
      const { page } = opened;
      await expect(
        page
          .getByText(/JavaScript is off, so this page shows the trip with every optional category refused/)
          .isVisible(),
      ).resolves.toBe(true);
      await expect(headline(page)).resolves.toContain('Maya gets 5 of the 17 experiences');
      await expect(
        page.getByRole('list', { name: 'Every step of the session' }).getByRole('listitem').count(),
      ).resolves.toBe(12);
      await expect(
        page.getByRole('heading', { name: 'What one switch more or less would change' }).isVisible(),
      ).resolves.toBe(true);
      await expect(
        page.getByText(/^If you had also allowed Preferences, you would have gained/).isVisible(),
      ).resolves.toBe(true);
      expect(opened.foreignRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('answering, stepping, playing and changing one’s mind store nothing and call no one', async () => {
    const opened = await open('', { reducedMotion: 'no-preference' });
    try {
      const { page } = opened;
      await page.getByRole('button', { name: 'Accept all' }).click();
      // Playing is the visitor's choice, even without reduced motion; then it pauses on request.
      await page.getByRole('button', { name: 'Play' }).click();
      await page.getByRole('button', { name: 'Pause' }).waitFor();
      await page.waitForFunction(() =>
        /^\s*Step [2-9] of 12/.test(document.querySelector('.step-heading')?.textContent ?? ''),
      );
      await page.getByRole('button', { name: 'Pause' }).click();
      await page.getByRole('button', { name: 'Next step' }).click();
      await page.getByRole('button', { name: 'Change my choices' }).click();
      await page.getByRole('button', { name: 'Reject all' }).click();
      await expect.poll(() => choices(page)).toContain('nothing optional');
      await page.getByText('More settings: the brand, the browser, the privacy signal').click();
      await page.getByRole('radio', { name: 'Blocks third-party cookies' }).check();
      await page.getByRole('checkbox', { name: 'Send the Global Privacy Control signal' }).check();
      await expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  /** What a brand's link to each built locale of the page must say. */
  const greetings: Record<string, { greeting: string; headline: string }> = {
    '/simulator/': {
      greeting: 'You came from Acme: here is what the choices on their banner mean.',
      headline: 'Maya gets 17 of the 17 experiences',
    },
    '/fr/simulator/': {
      greeting: 'Vous arrivez du site de « Acme » : voici ce que signifient les choix de son bandeau.',
      headline: 'Maya obtient 17 des 17 avantages',
    },
  };
  test.each(builtPages().filter((page) => page in greetings))(
    '%s speaks its language to a brand’s link and passes axe',
    async (localePath) => {
      const expected = greetings[localePath];
      const context = await browser.newContext({ reducedMotion: 'reduce' });
      try {
        const page = await context.newPage();
        await page.goto(`${origin}${localePath}?consent=all&brand=Acme`, { waitUntil: 'networkidle' });
        await page.waitForSelector('astro-island:not([ssr])');
        await page.getByText(expected.greeting).waitFor();
        await headlineSoon(page, expected.headline);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
