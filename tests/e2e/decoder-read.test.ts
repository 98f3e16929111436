/**
 * "Read your own consent" on /decoder/ and /fr/decoder/, in Chromium: a real TC string
 * (the IAB's published example), Consent Mode values and a cookie list get the right
 * answers, announced once; hostile and huge pastes show as text; nothing leaves the
 * page, nothing is stored; the TCF library and the cookie index load only when used;
 * axe finds nothing at desktop and phone width; without JavaScript the page says what
 * the decoder needs.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { builtPages } from './support/site';
import { expectClean } from './support/clean';
import { axeViolations, layoutShifts, overflowingWidth, phone, recordLayoutShifts, visit } from './support/visit';
import { cookieDatabaseDir, loadCookieIndex } from '~/features/decoder/build/cookie-index-integration';
import { cookieLookup } from '~/features/decoder/decode/cookie-index';
import examples from '../fixtures/tc-strings/iab-examples.json';

const origin = inject('baseURL');
const pages = builtPages().filter((path) => /^(\/fr)?\/decoder\/$/.test(path));
const frenchTcString = examples.examples.find((e) => e.id === 'spec-2025-02-core')?.tcString ?? '';
const lookup = cookieLookup(loadCookieIndex(cookieDatabaseDir(fileURLToPath(new URL('../..', import.meta.url)))));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Pastes `text` into the form of `kind`, sends it, and waits for the live region to change. */
async function paste(page: Page, kind: 'tc' | 'gcm' | 'cookies', text: string): Promise<string> {
  const before = await page.locator('consent-decoder .status').textContent();
  await page.locator(`form[data-kind="${kind}"] textarea`).fill(text);
  await page.locator(`form[data-kind="${kind}"] button`).click();
  await page.waitForFunction((previous) => {
    const status = document.querySelector('consent-decoder .status')?.textContent ?? '';
    return status !== '' && status !== previous;
  }, before ?? '');
  return (await page.locator('consent-decoder .status').textContent()) ?? '';
}

const result = (page: Page, kind: string) => page.locator(`[data-result="${kind}"]`);
const replayHref = (page: Page, kind: string) => result(page, kind).locator('.replay a').getAttribute('href');

describe('reading your own consent', () => {
  test('both languages are built', () => {
    expect(pages).toEqual(['/decoder/', '/fr/decoder/']);
  });

  test.each(pages)('%s reads a TC string, Consent Mode values and a cookie list, on the device', async (path) => {
    const fr = path.startsWith('/fr/');
    const visited = await visit(browser, origin, path);
    const { page } = visited;
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    try {
      expect(requested.some((url) => /tc-string|cookie-index/.test(url))).toBe(false);

      // A TC string: the IAB's example, French banner, CMP 56, purposes 1, 3, 4 by consent.
      const tcStatus = await paste(page, 'tc', frenchTcString);
      expect(tcStatus).toBe(
        fr
          ? 'Chaîne TC lue\u00a0: finalités avec votre consentement\u00a0: 3 sur 11\u00a0; entreprises avec votre consentement\u00a0: 9.'
          : 'TC string read: 3 of 11 purposes with your consent; companies with your consent: 9.',
      );
      expect(requested.some((url) => url.includes('tc-string'))).toBe(true);
      const tc = result(page, 'tc');
      await expect.poll(() => tc.locator('dd').nth(2).innerText()).toContain('56');
      expect(await tc.locator('dd').nth(0).innerText()).toBe(fr ? '20 février 2025' : '20 February 2025');
      expect(await tc.locator('table').first().locator('tbody tr').count()).toBe(11);
      expect(await tc.locator('table').nth(1).locator('tbody tr').count()).toBe(6);
      expect(await replayHref(page, 'tc')).toBe(`${fr ? '/fr' : ''}/simulator/?consent=preferences`);
      expect(await tc.locator('.note').innerText()).toMatch(fr ? /Ce que cela simplifie/ : /What this simplifies/);

      // Consent Mode: ad storage denied, analytics granted by the banner's update.
      const gcmStatus = await paste(
        page,
        'gcm',
        'https://region1.google-analytics.com/g/collect?v=2&gcs=G101&gcd=11p1r1p1p5&en=page_view',
      );
      expect(gcmStatus).toBe(
        fr
          ? 'Consent Mode lu\u00a0: types de consentement accordés\u00a0: 1 sur 4.'
          : 'Consent Mode read: 1 of 4 consent types granted.',
      );
      const rows = result(page, 'gcm').locator('tbody tr');
      expect(await rows.count()).toBe(4);
      expect(await rows.nth(1).innerText()).toContain(fr ? 'accordé' : 'granted');
      expect(await replayHref(page, 'gcm')).toBe(`${fr ? '/fr' : ''}/simulator/?consent=analytics`);

      // A cookie list, as document.cookie gives it: values never shown.
      expect(requested.some((url) => url.includes('cookie-index'))).toBe(false);
      await paste(page, 'cookies', '_ga=GA1.2.SECRETVALUE; IDE=SECRET2; my_own_cookie=SECRET3');
      expect(requested.some((url) => url.includes('cookie-index'))).toBe(true);
      const cookies = result(page, 'cookies');
      expect(await cookies.innerText()).not.toContain('SECRET');
      // The vendored Open Cookie Database knows Google's _ga and IDE, not a name we made up.
      const ga = lookup('_ga');
      expect(ga.kind).toBe('known');
      expect(lookup('IDE').kind).toBe('known');
      expect(lookup('my_own_cookie').kind).toBe('unknown');
      expect(await cookies.locator('tbody tr').count()).toBe(3);
      expect(await page.locator('consent-decoder .status').textContent()).toBe(
        fr
          ? 'Noms de cookies lus\u00a0: 3 (connus\u00a0: 2, inconnus\u00a0: 1).'
          : 'Cookie names read: 3 (2 known, 1 unknown).',
      );
      expect(await cookies.locator('tbody tr').nth(2).innerText()).toContain(fr ? 'Inconnu' : 'Unknown');
      if (ga.kind === 'known')
        expect(await cookies.locator('tbody tr').first().innerText()).toContain(ga.facts[0]?.platform);

      // With every result shown: clean, axe-clean at desktop and phone width, and no wider than a phone.
      await expectClean(visited);
      await page.setViewportSize(phone);
      expect(await axeViolations(page)).toEqual([]);
      expect(await overflowingWidth(page)).toBe(0);
    } finally {
      await visited.close();
    }
  });

  test('hostile and broken pastes get a sentence, shown as text', async () => {
    const visited = await visit(browser, origin, '/decoder/');
    const { page } = visited;
    try {
      const hostile = '<img src=x onerror="document.title=1"><script>document.title=2</script>';
      expect(await paste(page, 'tc', hostile)).toBe(
        'Character 1 (“<”) cannot be in a TC string, which holds only letters, digits, - and _, with dots between its parts.',
      );
      expect(await paste(page, 'tc', frenchTcString.slice(0, 20))).toMatch(/does not decode|cut short/);
      await paste(page, 'cookies', hostile);
      expect(await result(page, 'cookies').innerText()).toContain('<img src');
      expect(await page.locator('[data-result] img, [data-result] script').count()).toBe(0);
      expect(await page.title()).not.toMatch(/^[12]$/);
      expect(await paste(page, 'gcm', 'gcd=11z1p1p1p5')).toBe('Consent Mode read: 0 of 4 consent types granted.');
      expect(await result(page, 'gcm').innerText()).toContain('undocumented letter “z”');
      await paste(page, 'gcm', 'gcs=G101&gcd=11t1r1p1p5');
      expect(await result(page, 'gcm').locator('.problem', { hasText: 'disagree' }).innerText()).toBe(
        'gcs and gcd disagree about ad_storage: gcs says denied, gcd says granted. The table follows gcd, which also says how the state was reached. The two values of one request should agree, so check that both come from the same one.',
      );
      // 1 MB in one paste.
      await paste(page, 'cookies', `a=1\n${'b'.repeat(1024 * 1024)}`);
      expect(await result(page, 'cookies').locator('tbody tr').count()).toBe(2);
      expect(visited.consoleErrors).toEqual([]);
      expect(visited.foreignRequests).toEqual([]);
    } finally {
      await visited.close();
    }
  });

  test('says whether this browser sends Global Privacy Control', async () => {
    const plain = await visit(browser, origin, '/decoder/');
    try {
      const supported = await plain.page.evaluate(() => 'globalPrivacyControl' in navigator);
      const state = supported ? 'off' : 'unsupported';
      expect(await plain.page.locator(`[data-gpc="${state}"]`).isVisible()).toBe(true);
      expect(await plain.page.locator('[data-gpc]:visible').count()).toBe(1);
    } finally {
      await plain.close();
    }
    const context = await browser.newContext();
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
    );
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/fr/decoder/`, { waitUntil: 'networkidle' });
      expect(await page.locator('[data-gpc="on"]').isVisible()).toBe(true);
      expect(await page.locator('[data-gpc="on"]').innerText()).toContain('activé');
      expect(await page.locator('a[href="/fr/simulator/?consent=none&gpc=on"]').count()).toBe(1);
      expect(await page.locator('a[href="/fr/learn/browsers-and-signals/"]').count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  test('with JavaScript, the paste forms are there from the first paint: nothing moves when the decoder wakes', async () => {
    const context = await browser.newContext({ viewport: phone });
    try {
      const page = await context.newPage();
      await recordLayoutShifts(page);
      await page.goto(`${origin}/decoder/`, { waitUntil: 'networkidle' });
      await page.locator('consent-decoder form[data-kind="tc"] button:not([disabled])').waitFor();
      expect(await page.locator('consent-decoder form:visible').count()).toBe(3);
      expect(await page.locator('consent-decoder .needs-js').count()).toBe(0);
      expect(await layoutShifts(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('without JavaScript, the page says what the decoder needs and keeps its explanations', async () => {
    const visited = await visit(browser, origin, '/decoder/', { javaScriptEnabled: false });
    const { page } = visited;
    try {
      expect(await page.locator('consent-decoder .needs-js.notice').isVisible()).toBe(true);
      expect(await page.locator('consent-decoder form').count()).toBe(3);
      expect(await page.locator('consent-decoder form:visible').count()).toBe(0);
      expect(await page.locator('consent-decoder h3').allInnerTexts()).toEqual([
        'A TC string (IAB TCF)',
        'Google Consent Mode (gcs and gcd)',
        'Global Privacy Control in this browser',
        'A list of cookie names',
        'Sources of this section',
      ]);
      expect(await page.locator('consent-decoder .sources li').count()).toBe(10);
      expect(await page.locator('section.group').count()).toBeGreaterThan(0);
    } finally {
      await visited.close();
    }
  });
});
