/**
 * The trainer kit: the hub lists the guides and explains how to run a room with no connection;
 * a guide links to the slides of its lessons and to its simulator presets (each with a QR code
 * that has an accessible name), and every one of those links leads to a built page; the
 * handouts are reachable and printable; axe finds nothing on any of them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import YAML from 'yaml';
import { launchChromium } from './support/browser';
import { visit } from './support/visit';

const origin = inject('baseURL');
let browser: Browser;

interface GuideData {
  title: string;
  lessons: string[];
  presets: { label: string; query: string }[];
}

/** The shopping scenario as its file says: the worksheet and the cards are checked against it. */
const shopping = YAML.parse(
  readFileSync(new URL('../../content/scenarios/shopping.yaml', import.meta.url), 'utf8'),
) as {
  parties: { id: string; kind: string; name: Record<'en' | 'fr', string> }[];
  steps: {
    title: Record<'en' | 'fr', string>;
    experiences?: { needs: string[] }[];
    dataPoints?: { id: string; recipient: string }[];
  }[];
};

/** The English guides as their files say, so the tests follow the content rather than copy it. */
const guidesDir = new URL('../../content/workshops/en/', import.meta.url);
const guides = readdirSync(guidesDir)
  .filter((file) => file.endsWith('.mdx'))
  .sort()
  .map((file) => {
    const text = readFileSync(join(guidesDir.pathname, file), 'utf8');
    const data = YAML.parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]) as GuideData;
    return { slug: file.replace(/\.mdx$/, '').replace(/^\d+-/, ''), data };
  });

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Status of a same-origin URL, without following a redirect to a page that might not exist. */
async function statusOf(page: Page, href: string): Promise<number> {
  const response = await page.request.get(new URL(href, origin).href, { maxRedirects: 0 });
  return response.status();
}

describe('/workshop/', () => {
  test('lists every guide with its audience, length and group size', async () => {
    const result = await visit(browser, origin, '/workshop/');
    try {
      const cards = result.page.locator('.guides > li');
      expect(await cards.count()).toBe(guides.length);
      for (const [i, guide] of guides.entries()) {
        const card = cards.nth(i);
        await expect(card.getByRole('link').textContent()).resolves.toBe(guide.data.title);
        expect(await card.getByRole('link').getAttribute('href')).toBe(`/workshop/${guide.slug}/`);
        await expect(card.textContent()).resolves.toMatch(/For.*Length\d+ minutes.*Group.*people/s);
      }
    } finally {
      await result.close();
    }
  });

  test('explains how to prepare a room with no connection, and offers the offline switch', async () => {
    const result = await visit(browser, origin, '/workshop/');
    try {
      const { page } = result;
      const section = page.locator('section', { has: page.getByRole('heading', { name: /no connection/i }) });
      const text = (await section.textContent()) ?? '';
      expect(text).toMatch(/npm ci/);
      expect(text).toMatch(/npm run build/);
      expect(text).toMatch(/npm run preview/);
      expect(text).toMatch(/dist/);
      expect(text).toMatch(/offline/i);
      const offline = page.locator('#offline');
      await expect(offline.textContent()).resolves.toMatch(/offline/i);
      const toggle = page.getByRole('switch', { name: 'Make this site available offline on this device' });
      await expect(toggle.isChecked()).resolves.toBe(false);
      expect(await page.getByRole('link', { name: 'All handouts' }).getAttribute('href')).toBe('/handouts/');
    } finally {
      await result.close();
    }
  });

  test('the footer of every page links to the offline switch', async () => {
    const result = await visit(browser, origin, '/glossary/');
    try {
      const link = result.page.locator('footer').getByRole('link', { name: 'Use this site offline' });
      expect(await link.getAttribute('href')).toBe('/workshop/#offline');
    } finally {
      await result.close();
    }
  });
});

describe.each(guides)('/workshop/$slug/', ({ slug, data }) => {
  const path = `/workshop/${slug}/`;

  test('links to the presenter mode and the page of each of its lessons, and they exist', async () => {
    const result = await visit(browser, origin, path);
    try {
      const { page } = result;
      for (const lesson of data.lessons) {
        const present = page.locator(`main a[href="/present/${lesson}/"]`);
        expect(await present.count()).toBeGreaterThanOrEqual(1);
        expect(await statusOf(page, `/present/${lesson}/`)).toBe(200);
        expect(await page.locator(`main a[href="/learn/${lesson}/"]`).count()).toBeGreaterThanOrEqual(1);
      }
      const presentLinks = page.getByRole('link', { name: /^Present lesson \d+/ });
      expect(await presentLinks.count()).toBe(data.lessons.length);
    } finally {
      await result.close();
    }
  });

  test('links to each preset and shows its QR code with an accessible name', async () => {
    const result = await visit(browser, origin, path);
    try {
      const { page } = result;
      const presets = page.locator('.presets > li');
      expect(await presets.count()).toBe(data.presets.length);
      for (const [i, preset] of data.presets.entries()) {
        const item = presets.nth(i);
        const href = `/simulator/?${preset.query}`;
        expect(await item.locator('a').getAttribute('href')).toBe(href);
        const qr = item.getByRole('img', { name: `QR code for the preset: ${preset.label}` });
        expect(await qr.count()).toBe(1);
        // The code encodes the public address, which is also printed under it.
        await expect(item.locator('figcaption').textContent()).resolves.toBe(
          new URL(href, 'https://datadeal.example').href,
        );
      }
      expect(await statusOf(page, '/simulator/')).toBe(200);
    } finally {
      await result.close();
    }
  });

  test('shows the agenda with a running clock that ends at the announced length', async () => {
    const result = await visit(browser, origin, path);
    try {
      const clocks = await result.page.locator('table.agenda td.clock').allTextContents();
      expect(clocks[0]).toBe('0:00');
      const toMinutes = (clock: string) => {
        const [hours, minutes] = clock.split(':').map(Number);
        return hours * 60 + minutes;
      };
      const starts = clocks.map(toMinutes);
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
      const duration = Number(
        /Length\s*(\d+) minutes/.exec((await result.page.locator('main').textContent()) ?? '')?.[1],
      );
      expect(starts.at(-1)).toBe(duration);
      expect(await result.page.locator('table.agenda .no-device').count()).toBeGreaterThan(0);
    } finally {
      await result.close();
    }
  });
});

describe('handouts', () => {
  test('/handouts/ links to every handout and the answer keys, which exist', async () => {
    const result = await visit(browser, origin, '/handouts/');
    try {
      const hrefs = await result.page
        .locator('.handouts a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs).toEqual([
        '/handouts/categories/',
        '/handouts/shopping-worksheet/',
        '/handouts/data-cards/',
        '/handouts/banner-walk/',
        '/handouts/glossary/',
        '/handouts/rights-letter/',
        '/handouts/answers/',
      ]);
      for (const href of hrefs) expect(await statusOf(result.page, href!)).toBe(200);
    } finally {
      await result.close();
    }
  });

  test('the category cards name the six categories and their Consent Mode names', async () => {
    const result = await visit(browser, origin, '/handouts/categories/');
    try {
      const names = await result.page.locator('.cards > li h2').allTextContents();
      expect(names).toEqual([
        'Strictly necessary',
        'Preferences',
        'Analytics',
        'Personalisation',
        'Advertising',
        'Partners',
      ]);
      const codes = await result.page.locator('.cards code').allTextContents();
      expect(codes).toEqual(
        expect.arrayContaining(['analytics_storage', 'ad_storage', 'ad_user_data', 'ad_personalization']),
      );
    } finally {
      await result.close();
    }
  });

  test.each(['en', 'fr'] as const)(
    'the worksheet (%s) numbers the same steps as the simulator, with a row to tick per thing Maya can get',
    async (locale) => {
      const offers = shopping.steps.reduce((sum, step) => sum + (step.experiences?.length ?? 0), 0);
      const prefix = locale === 'en' ? '' : '/fr';
      const result = await visit(browser, origin, `${prefix}/handouts/shopping-worksheet/`);
      try {
        const { page } = result;
        const steps = await page.locator('.worksheet th.step').allTextContents();
        expect(steps.map((step) => step.trim())).toEqual(
          shopping.steps.map((step, i) => `${i + 1}. ${step.title[locale]}`),
        );
        expect(await page.locator('tbody tr:has(td.tick)').count()).toBe(offers);
        expect(await page.locator('tbody td.tick').count()).toBe(offers * 3);
        expect(await page.locator('.questions li').count()).toBeGreaterThanOrEqual(3);
        // The simulator counts the same steps.
        const simulator = await page.context().newPage();
        await simulator.goto(`${origin}${prefix}/simulator/`, { waitUntil: 'networkidle' });
        const text = (await simulator.locator('main').textContent()) ?? '';
        for (const step of shopping.steps) expect(text).toContain(step.title[locale]);
        await simulator.close();
      } finally {
        await result.close();
      }
    },
  );

  test('the answer key says, step by step, what reject all and accept all give', async () => {
    const result = await visit(browser, origin, '/handouts/answers/');
    try {
      const { page } = result;
      const key = page.locator('section:has(#worksheet) table');
      const rows = await key.locator('tbody tr:has(td.answer)').count();
      expect(rows).toBe(shopping.steps.reduce((sum, step) => sum + (step.experiences?.length ?? 0), 0));
      const answers = await key.locator('td.answer').allTextContents();
      expect(new Set(answers)).toEqual(new Set(['Gets it', 'Misses it']));
      // Accept all gets every experience; reject all only those that need nothing optional.
      const acceptAll = await key.locator('tbody tr td.answer:last-child').allTextContents();
      expect(acceptAll.every((answer) => answer === 'Gets it')).toBe(true);
      const necessaryOnly = shopping.steps.flatMap((step) =>
        (step.experiences ?? []).filter((experience) => experience.needs.every((need) => need === 'necessary')),
      ).length;
      expect(answers.filter((answer) => answer === 'Gets it').length).toBe(rows + necessaryOnly);
    } finally {
      await result.close();
    }
  });

  test.each(['en', 'fr'] as const)(
    'the data cards (%s) carry no answer; the key reads them from the scenario',
    async (locale) => {
      const prefix = locale === 'en' ? '' : '/fr';
      const file = YAML.parse(
        readFileSync(new URL(`../../content/handouts/${locale}/data-cards.yaml`, import.meta.url), 'utf8'),
      ) as { cards: { dataPoint: string; text: string }[] };
      const result = await visit(browser, origin, `${prefix}/handouts/data-cards/`);
      try {
        const { page } = result;
        const cards = page.locator('.cards > .card');
        expect(await cards.count()).toBe(file.cards.length);
        await expect(cards.first().locator('.text').textContent()).resolves.toBe(file.cards[0].text);
        // What a card says is its number and its text, nothing of the answer.
        const partyWords =
          locale === 'en'
            ? /party|Threadline|Sillage|Colibri|Adnexa|Plume|Datavista/i
            : /propriétaire|tiers|Threadline|Sillage|Colibri|Adnexa|Plume|Datavista/i;
        for (const text of await cards.allTextContents()) expect(text).not.toMatch(partyWords);
        expect(await page.locator('.party-labels .label').count()).toBe(3);
        expect(await page.locator('.switch-labels .label').count()).toBe(6);
        await page.emulateMedia({ media: 'print' });
        expect(
          await cards.evaluateAll((all) => all.every((card) => getComputedStyle(card).breakInside === 'avoid')),
        ).toBe(true);

        const key = await visit(browser, origin, `${prefix}/handouts/answers/`);
        try {
          const rows = key.page.locator('section:has(#data-cards) tbody tr');
          expect(await rows.count()).toBe(file.cards.length);
          const points = new Map(
            shopping.steps.flatMap((step) => (step.dataPoints ?? []).map((point) => [point.id, point])),
          );
          const parties = new Map(shopping.parties.map((party) => [party.id, party]));
          for (const [i, card] of file.cards.entries()) {
            const holder = parties.get(points.get(card.dataPoint)!.recipient)!;
            await expect(rows.nth(i).locator('td').nth(1).textContent()).resolves.toMatch(
              new RegExp(`^${holder.name[locale]}${locale === 'fr' ? '\u00a0' : ''}: `),
            );
          }
        } finally {
          await key.close();
        }
      } finally {
        await result.close();
      }
    },
  );

  test('the banner walk prints one script per page, and its answers only on the key', async () => {
    const file = YAML.parse(
      readFileSync(new URL('../../content/handouts/en/banner-walk.yaml', import.meta.url), 'utf8'),
    ) as { banners: { letter: string; answer: string }[] };
    const result = await visit(browser, origin, '/handouts/banner-walk/');
    try {
      const { page } = result;
      expect(await page.locator('.script').count()).toBe(file.banners.length);
      const text = (await page.locator('main').textContent()) ?? '';
      for (const banner of file.banners) expect(text).not.toContain(banner.answer);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(file.banners.length);
      const key = await visit(browser, origin, '/handouts/answers/');
      try {
        const keyText = (await key.page.locator('section:has(#banner-walk)').textContent()) ?? '';
        for (const banner of file.banners) expect(keyText).toContain(banner.answer);
      } finally {
        await key.close();
      }
    } finally {
      await result.close();
    }
  });

  test('a print button with JavaScript, the shortcut in words without it', async () => {
    const withJs = await visit(browser, origin, '/handouts/glossary/');
    const withoutJs = await visit(browser, origin, '/handouts/glossary/', { javaScriptEnabled: false });
    try {
      await expect(withJs.page.getByRole('button', { name: 'Print this page' }).isVisible()).resolves.toBe(true);
      await expect(withJs.page.getByText('Print this page (Ctrl+P').isVisible()).resolves.toBe(false);
      await expect(withoutJs.page.getByRole('button', { name: 'Print this page' }).isVisible()).resolves.toBe(false);
      await expect(withoutJs.page.getByText('Print this page (Ctrl+P').isVisible()).resolves.toBe(true);
      expect(await withJs.page.locator('.sheet .term').count()).toBeGreaterThan(40);
    } finally {
      await withJs.close();
      await withoutJs.close();
    }
  });
});
