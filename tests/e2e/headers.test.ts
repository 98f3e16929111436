/**
 * public/_headers against the built site: every page gets its headers with no rule clash, the
 * header CSP agrees with each page's <meta> policy, and in Chromium, with the headers served,
 * pages load with no CSP violation or console complaint, other sites cannot frame them, and
 * they can frame the embeds.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { conflicts, headersFor, parseCsp, parseHeadersFile, type HeaderRule } from '../../scripts/lib/headers-file';
import { launchChromium } from './support/browser';
import { builtPages, distDir } from './support/site';

const upstream = inject('baseURL');
const rules = parseHeadersFile(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));
const pages = [...builtPages(), '/404.html'];
const isEmbed = (path: string) => /^\/(fr\/)?embed\//.test(path);
const fileOf = (path: string) => join(distDir, path.endsWith('/') ? `${path}index.html` : path);

/** The <meta> CSP of a built page. */
function metaCsp(path: string): Map<string, string> {
  const html = readFileSync(fileOf(path), 'utf8');
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return parseCsp(match?.[1].replace(/&#39;/g, "'").replace(/&amp;/g, '&') ?? '');
}

/**
 * The test server of the suite with public/_headers applied, as Netlify or Cloudflare would.
 * `/__frame?src=URL` is a page that frames URL, for framing from another origin.
 */
async function serveWithHeaders(headerRules: HeaderRule[]): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/__frame') {
      const src = (url.searchParams.get('src') ?? '').replace(/[<>"&]/g, '');
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><html lang="en"><title>frame</title><iframe src="${src}" title="x"></iframe>`);
      return;
    }
    fetch(upstream + url.pathname + url.search, { redirect: 'manual' })
      .then(async (upstreamResponse) => {
        const headers: Record<string, string> = {};
        for (const name of ['content-type', 'location']) {
          const value = upstreamResponse.headers.get(name);
          if (value) headers[name] = value;
        }
        for (const [name, { value }] of headersFor(headerRules, url.pathname)) headers[name] = value;
        response.writeHead(upstreamResponse.status, headers);
        response.end(Buffer.from(await upstreamResponse.arrayBuffer()));
      })
      .catch(() => response.writeHead(502).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { origin: `http://127.0.0.1:${address.port}`, server };
}

describe('public/_headers on the built site', () => {
  test.each(pages)('%s: its headers, no rule clash, a CSP that agrees with the page', (path) => {
    expect(conflicts(rules, path)).toEqual([]);
    const headers = headersFor(rules, path);
    const csp = headers.get('content-security-policy')?.value;
    expect(csp, `no rule of public/_headers gives ${path} a CSP: add its route there`).toBeDefined();
    const header = parseCsp(csp ?? '');
    expect(header.get('frame-ancestors')).toBe(isEmbed(path) ? '*' : "'none'");
    expect(headers.has('x-frame-options')).toBe(!isEmbed(path));
    // Only directives the meta policy has, with the same sources: the header adds frame-ancestors alone.
    const meta = metaCsp(path);
    expect(meta.size).toBeGreaterThan(0);
    for (const [name, sources] of header) {
      if (name === 'frame-ancestors') continue;
      expect(`${name} ${sources}`).toBe(`${name} ${meta.get(name)}`);
    }
  });
});

describe('in Chromium, with the headers served', () => {
  let browser: Browser;
  let origin: string;
  let server: Server;
  /** One page of each route (`/learn/...`, `/fr/glossary/`...). */
  const samples = [
    ...new Map(pages.map((path) => [/^\/(fr\/)?[^/]*/.exec(path)?.[0] ?? path, path] as const).reverse()).values(),
  ].sort();

  beforeAll(async () => {
    browser = await launchChromium();
    ({ origin, server } = await serveWithHeaders(rules));
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function open(url: string, run: (page: Page, messages: string[]) => Promise<void>) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /policy/i.test(message.text())) messages.push(message.text());
    });
    page.on('pageerror', (error) => messages.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    try {
      await page.goto(url, { waitUntil: 'networkidle' });
      await run(page, messages);
    } finally {
      await context.close();
    }
  }

  test.each(samples)('%s loads with no CSP violation and no complaint about a header', async (path) => {
    await open(origin + path, async (page, messages) => {
      expect(messages).toEqual([]);
      expect(await page.locator('h1').count()).toBeGreaterThan(0);
    });
  });

  test('another site cannot frame a page', async () => {
    const framer = origin.replace('127.0.0.1', 'localhost');
    await open(`${framer}/__frame?src=${encodeURIComponent(`${origin}/`)}`, async (page, messages) => {
      const frame = page.frames().find((f) => f !== page.mainFrame());
      expect(frame).toBeDefined();
      expect(messages.join('\n')).toMatch(/frame-ancestors 'none'/);
      // Chromium shows its own error page in the frame instead.
      expect(frame!.url()).toMatch(/^chrome-error:/);
      await expect(frame!.locator('.skip-link').count()).resolves.toBe(0);
    });
  });

  const embed = pages.find(isEmbed);
  test('another site can frame an embed', async () => {
    expect(embed).toBeDefined();
    const framer = origin.replace('127.0.0.1', 'localhost');
    await open(`${framer}/__frame?src=${encodeURIComponent(`${origin}${embed}`)}`, async (page, messages) => {
      const frame = page.frames().find((f) => f !== page.mainFrame());
      expect(messages).toEqual([]);
      expect(frame!.url()).toBe(`${origin}${embed}`);
      await expect(frame!.locator('main').count()).resolves.toBeGreaterThan(0);
    });
  });
});
