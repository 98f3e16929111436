/**
 * /rights/ on the built site, in Chromium: the letter builder writes, copies, mails, prints and
 * downloads under the page's CSP; only the letter prints; without JavaScript the page shows the
 * template with its blanks; dated notes are kept only when progress is on and survive damage;
 * the drill counts steps; hostile input stays text and never breaks the page; axe is clean at
 * phone and desktop widths; the printable template fits one sheet.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cleanField, type FieldName } from '~/features/rights/letter';
import { launchChromium } from './support/browser';
import { axeViolations, cspViolations, hydrated, visit } from './support/visit';

const origin = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Waits until the builder's island has run (its controls are enabled only then). */
async function ready(page: Page) {
  await page.waitForSelector('.letter-builder[data-state="ready"]');
}

const sheetText = (page: Page) => page.locator('.letter-sheet').innerText();

describe('the letter builder', () => {
  test.each([
    ['/rights/', 'Company name', 'Access (Article 15 GDPR)'],
    ['/fr/rights/', 'Nom de l’entreprise', 'Accès (article 15 du RGPD)'],
  ])('%s writes the letter as the visitor types, with no CSP violation', async (path, companyLabel, access) => {
    const result = await visit(browser, origin, path);
    try {
      const { page } = result;
      await ready(page);
      await page.getByLabel(companyLabel).fill('Threadline');
      await expect(sheetText(page)).resolves.toContain(access);
      await expect(page.locator('.letter-sheet bdi[data-field="company"]').textContent()).resolves.toBe('Threadline');
      expect(result.consoleErrors).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await result.close();
    }
  });

  test('copies the letter to the clipboard', async () => {
    const result = await visit(browser, origin, '/rights/');
    try {
      const { page } = result;
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      await ready(page);
      await page.getByLabel('Company name').fill('Threadline');
      await page.getByRole('button', { name: 'Copy the letter' }).click();
      await page.getByText('Copied. Paste the letter into an email or a document.').waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain('To: Threadline');
      expect(copied).toContain('Access (Article 15 GDPR)');
    } finally {
      await result.close();
    }
  });

  test('downloads a .txt made from a Blob, which the CSP allows', async () => {
    const result = await visit(browser, origin, '/rights/', { acceptDownloads: true });
    try {
      const { page } = result;
      await ready(page);
      await page.getByLabel('Company name').fill('Threadline');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download as a text file' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^gdpr-request-\d{4}-\d{2}-\d{2}\.txt$/);
      expect(download.url()).toMatch(/^blob:/);
      const text = readFileSync(await download.path(), 'utf8');
      expect(text).toContain('To: Threadline');
      expect(text).toContain('Please answer without undue delay');
      expect(await cspViolations(page)).toEqual([]);
      expect(result.foreignRequests).toEqual([]);
    } finally {
      await result.close();
    }
  });

  test('the mail link carries subject and body, and says when the letter is long', async () => {
    const result = await visit(browser, origin, '/rights/');
    try {
      const { page } = result;
      await ready(page);
      await page.getByLabel('Where to send it').fill('privacy@threadline.example');
      const href = (await page.getByRole('link', { name: 'Open in my mail program' }).getAttribute('href')) ?? '';
      expect(href).toMatch(/^mailto:privacy@threadline\.example\?subject=Request%20about%20my%20personal%20data/);
      expect(decodeURIComponent(/body=([^&]*)/.exec(href)?.[1] ?? '')).toContain('Access (Article 15 GDPR)');
      await expect(page.locator('[data-note="long"]').isVisible()).resolves.toBe(href.length > 2000);
    } finally {
      await result.close();
    }
  });

  test('on paper, only the letter prints, and it makes a PDF', async () => {
    const result = await visit(browser, origin, '/rights/');
    try {
      const { page } = result;
      await ready(page);
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const sheet = document.querySelector('.letter-sheet')!;
        const visible = [...document.body.querySelectorAll('*')].filter(
          (element) =>
            element.checkVisibility() &&
            !sheet.contains(element) &&
            !element.contains(sheet) &&
            element.getClientRects().length > 0,
        );
        return { visibleOutside: visible.map((element) => element.tagName), sheetVisible: sheet.checkVisibility() };
      });
      expect(printed).toEqual({ visibleOutside: [], sheetVisible: true });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // An access request fits on one or two pages.
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBeLessThanOrEqual(2);
    } finally {
      await result.close();
    }
  });

  test('without JavaScript, shows the template letter with its blanks, and says so', async () => {
    const result = await visit(browser, origin, '/rights/', { javaScriptEnabled: false });
    try {
      const { page } = result;
      await expect(page.locator('.letter-noscript').isVisible()).resolves.toBe(true);
      const text = await sheetText(page);
      for (const blank of [
        '[date]',
        '[company name]',
        '[your name]',
        '[one month after the company receives this letter]',
      ]) {
        expect(text).toContain(blank);
      }
      expect(text).toContain('Access (Article 15 GDPR)');
      await expect(page.getByLabel('Company name').isDisabled()).resolves.toBe(true);
      // The mail link is a plain link: it works without JavaScript.
      await expect(page.getByRole('link', { name: 'Open in my mail program' }).getAttribute('href')).resolves.toMatch(
        /^mailto:/,
      );
      // The drill teaches without JavaScript too: the fewest steps of each shop.
      await expect(page.getByText('Fewest steps to take it back: 10').isVisible()).resolves.toBe(true);
    } finally {
      await result.close();
    }
  });

  test('axe finds nothing at 390 px and 1280 px, with a reminder, a French letter and notes shown', async () => {
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      try {
        const page = await context.newPage();
        await page.addInitScript(() =>
          localStorage.setItem(
            'datadeal:progress',
            JSON.stringify({
              version: 1,
              lessons: {},
              requests: [
                { id: 'n1', law: 'ccpa', asks: ['delete'], company: 'Acme', sent: '2027-01-04', due: '2027-02-18' },
                { id: 'n2', law: 'gdpr', asks: [], company: 'Broken', sent: '2027-01-04', due: '2027-02-04' },
              ],
            }),
          ),
        );
        await page.goto(`${origin}/rights/`, { waitUntil: 'networkidle' });
        await ready(page);
        await page.getByLabel('A reminder: the deadline passed').check();
        await page.getByLabel('Date of your first letter').fill('2027-01-04');
        await page.getByLabel('Français').check();
        await page.locator('.letter-sheet[lang="fr"]').waitFor();
        await page.getByText('1 saved note could not be read and was set aside.').waitFor();
        expect(await axeViolations(page)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      } finally {
        await context.close();
      }
    }
  });
});

describe('dated notes', () => {
  test('kept only when progress is on, still there after a reload, deleted one by one', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/rights/`, { waitUntil: 'networkidle' });
      await ready(page);
      const notes = page.getByRole('region', { name: 'A note of the date, on this device' });
      await expect(notes.getByRole('button').count()).resolves.toBe(0);
      expect(await page.evaluate(() => localStorage.length)).toBe(0);

      // Turn progress on where the page says, then come back.
      await notes.getByRole('link', { name: 'on the privacy page' }).click();
      await page.getByRole('switch', { name: 'Remember my progress on this device' }).check();
      await page.goto(`${origin}/rights/`, { waitUntil: 'networkidle' });
      await ready(page);
      await page.getByLabel('Company name').fill('Threadline');
      await page.getByLabel('Date of the letter').fill('2027-03-03');
      await notes.getByRole('button', { name: 'Keep a note of this request on this device' }).click();
      await page.reload({ waitUntil: 'networkidle' });
      await expect(notes.getByRole('list', { name: 'Your notes' }).innerText()).resolves.toBe(
        'Asked Threadline for access on 3 March 2027. Answer due by 5 April 2027.\nDelete',
      );
      await notes.getByRole('button', { name: /^Delete the note about Threadline/ }).click();
      await expect(notes.getByRole('list').count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });

  test('a stored value that is not JSON is set aside, and the page still works', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript(() =>
        localStorage.setItem('datadeal:progress', '{"version":1,"lessons":{},"requests":'),
      );
      await page.goto(`${origin}/rights/`, { waitUntil: 'networkidle' });
      await ready(page);
      await page.getByRole('button', { name: 'Keep a note of this request on this device' }).click();
      await page.getByText('Note kept on this device.').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the withdrawal drill', () => {
  test('counts two steps in the fair shop and ten in the hidden one, in the lesson too', async () => {
    for (const path of ['/rights/', '/learn/your-rights/']) {
      const result = await visit(browser, origin, path);
      try {
        const { page } = result;
        await page.locator('.withdrawal-drill').scrollIntoViewIfNeeded();
        await hydrated(page, '.withdrawal-drill');
        const fair = page.getByRole('group', { name: 'Shop A: settings on every page' });
        const hidden = page.getByRole('group', { name: 'Shop B: settings tucked away' });
        await fair.getByRole('button', { name: 'Cookie settings' }).click();
        await fair.getByRole('button', { name: 'Reject all' }).click();
        await expect(fair.getByRole('status').textContent()).resolves.toBe('Consent taken back, in 2 steps.');
        await hidden.getByRole('button', { name: 'Legal information' }).click();
        await hidden.getByRole('button', { name: 'Privacy policy' }).click();
        await hidden.getByRole('button', { name: 'manage my preferences' }).click();
        for (const toggle of await hidden.getByRole('switch').all()) await toggle.click();
        await hidden.getByRole('button', { name: 'Confirm my choices' }).click();
        await hidden.getByRole('button', { name: 'Continue anyway' }).click();
        await expect(hidden.getByRole('status').textContent()).resolves.toBe('Consent taken back, in 10 steps.');
        expect(result.consoleErrors).toEqual([]);
      } finally {
        await result.close();
      }
    }
  });
});

describe('hostile input', () => {
  /** What a careless paste or a hostile visitor could type into the fields. */
  const values = fc.oneof(
    fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '"><svg onload=alert(1)>',
      '\u202eevil\u202c \u2067رائد\u2069 \u200f',
      'a\u0000b\u0007c\u001b[31md',
      '{company} {due} [date]',
      'javascript:alert(1)',
    ),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.nat({ max: 3000 }).map((n) => 'x'.repeat(n)),
  );
  const fields: [FieldName, string][] = [
    ['company', 'Company name'],
    ['contact', 'Where to send it'],
    ['identity', 'What identifies you to the company (optional)'],
    ['name', 'Your name (optional)'],
  ];

  test('shows as text in the letter, injects nothing, runs nothing and never widens the page', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
    try {
      await page.goto(`${origin}/rights/`, { waitUntil: 'networkidle' });
      await ready(page);
      await fc.assert(
        fc.asyncProperty(fc.tuple(values, values, values, values), async (typed) => {
          for (const [i, [field, label]] of fields.entries()) {
            const input = page.getByLabel(label);
            await input.fill(typed[i]);
            // The browser drops line breaks from one-line inputs and stops at maxlength: compare with what it kept.
            const kept = await input.inputValue();
            const shown = await page.locator(`.letter-sheet bdi[data-field="${field}"]`).textContent();
            const clean = cleanField(kept, field);
            if (clean) expect(shown).toBe(clean);
            else
              expect(await page.locator(`.letter-sheet bdi[data-field="${field}"]`).getAttribute('data-blank')).toBe(
                '',
              );
          }
          expect(await page.locator('.letter-sheet img, .letter-sheet svg, .letter-sheet script').count()).toBe(0);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          await expect(sheetText(page)).resolves.toContain('Access (Article 15 GDPR)');
          expect(problems).toEqual([]);
        }),
        { numRuns: 15, seed: 20261204 },
      );
    } finally {
      await context.close();
    }
  }, 180_000);
});

describe('the printable letter template', () => {
  test.each(['/handouts/rights-letter/', '/fr/handouts/rights-letter/'])(
    '%s prints both letters on one sheet, A4 or Letter, a box to tick before each request',
    async (path) => {
      const result = await visit(browser, origin, path);
      try {
        const { page } = result;
        await expect(page.locator('.letter-template .tick').count()).resolves.toBe(7);
        await page.emulateMedia({ media: 'print' });
        for (const format of ['A4', 'Letter']) {
          const pdf = await page.pdf({ format });
          expect([format, pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length]).toEqual([format, 2]);
        }
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await result.close();
      }
    },
  );
});
