/**
 * "Make this site available offline on this device": nothing is registered or cached before
 * the visitor asks; once on, pages open with no connection; a new deployment is saved beside
 * the old one and replaces it only when complete; turning it off deletes everything.
 * Service workers need a secure context, which 127.0.0.1 is.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildManifest, manifestFileName, serviceWorkerScript, workerFileName } from '~/features/offline/integration';
import { launchChromium } from './support/browser';
import { serveDist } from './support/server';
import { distDir } from './support/site';
import { elementsDefined } from './support/visit';

const origin = inject('baseURL');
const label = 'Make this site available offline on this device';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** What the browser holds for the site: the registration's state and the cache names. */
function offlineStorage(page: Page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration('/');
    return {
      registered: registration !== undefined,
      active: registration?.active?.state ?? null,
      caches: await caches.keys(),
    };
  });
}

/** Records every call to `navigator.serviceWorker.register`, from before any page script runs. */
async function countRegisterCalls(context: BrowserContext) {
  await context.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { __register: string[] }).__register = calls;
    const container = navigator.serviceWorker;
    const register = container.register.bind(container);
    container.register = (url, options) => {
      calls.push(String(url));
      return register(url, options);
    };
  });
}

/** Turns offline use on from /workshop/ and waits for the switch to say it is done. */
async function turnOn(page: Page, base: string) {
  await page.goto(`${base}/workshop/`, { waitUntil: 'networkidle' });
  // Keep every message the switch shows, to check that progress was reported.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    const target = document.querySelector('offline-switch')!;
    new MutationObserver(() => {
      for (const el of target.querySelectorAll('.status, .progress-text')) seen.push(el.textContent ?? '');
    }).observe(target, { subtree: true, childList: true, characterData: true });
  });
  const toggle = page.getByRole('switch', { name: label });
  await expect(toggle.isChecked()).resolves.toBe(false);
  await toggle.click();
  await page.locator('offline-switch .status', { hasText: 'Done' }).waitFor({ timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
}

describe('offline use', () => {
  test('before the visitor asks, no worker is registered and nothing is cached', async () => {
    const context = await browser.newContext();
    await countRegisterCalls(context);
    const page = await context.newPage();
    for (const path of [
      '/',
      '/learn/',
      '/learn/what-is-a-cookie/',
      '/workshop/',
      '/privacy/',
      '/present/what-is-a-cookie/',
    ]) {
      await page.goto(origin + path, { waitUntil: 'networkidle' });
    }
    await page.goto(`${origin}/workshop/`, { waitUntil: 'networkidle' });
    await expect(page.getByRole('switch', { name: label }).isChecked()).resolves.toBe(false);
    await expect(page.getByRole('switch', { name: label }).isDisabled()).resolves.toBe(false);
    expect(await offlineStorage(page)).toEqual({ registered: false, active: null, caches: [] });
    expect(await page.evaluate(() => (window as unknown as { __register: string[] }).__register)).toEqual([]);
    await context.close();
  });

  test('once on, the whole site opens with no connection; turning it off deletes it all', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const seen = await turnOn(page, origin);
    const manifest = JSON.parse(readFileSync(`${distDir}${manifestFileName}`, 'utf8')) as {
      buildId: string;
      files: unknown[];
    };
    const total = manifest.files.length;
    // Progress was shown along the way, up to the last file.
    expect(seen.filter((text) => /^Saving \d+ of \d+ files$/.test(text)).length).toBeGreaterThan(1);
    expect(seen).toContain(`Saving ${total} of ${total} files`);
    await expect(page.locator('offline-switch .status').textContent()).resolves.toMatch(
      new RegExp(`^Done\\. .*\\(${total} files, [\\d.]+ (KB|MB)\\)\\.$`),
    );
    const stored = await offlineStorage(page);
    expect(stored).toEqual({ registered: true, active: 'activated', caches: [`datadeal-${manifest.buildId}`] });
    const cached = await page.evaluate(
      async (name) => (await (await caches.open(name)).keys()).length,
      stored.caches[0],
    );
    expect(cached).toBe(total + 1);

    await context.setOffline(true);
    await page.goto(`${origin}/learn/what-is-a-cookie/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('What a cookie is, and what it is not');
    await page.reload();
    await expect(page.locator('h1').textContent()).resolves.toBe('What a cookie is, and what it is not');
    await page.goto(`${origin}/glossary/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Glossary');
    // The search index is part of the copy: searching works offline.
    await page.goto(`${origin}/search/?q=cookie`);
    await page.locator('ol.results a[href="/learn/what-is-a-cookie/"]').waitFor();
    // Scripts come from the saved copy too: the slides work offline.
    await page.goto(`${origin}/present/what-is-a-cookie/`);
    await elementsDefined(page, 'slide-deck');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-deck-counter]').textContent()).resolves.toMatch(/^2 \//);
    // A preset link opens the saved simulator page whatever its query.
    const simulator = await page.goto(`${origin}/simulator/?consent=none`);
    expect(simulator?.status()).toBe(200);
    // Its island hydrates from the copy: its code, and its props file (island-props.ts).
    await page.waitForSelector('astro-island:not([ssr])');
    // A page the site does not have gets the saved 404 page.
    const missing = await page.goto(`${origin}/no-such-page/`);
    expect(missing?.status()).toBe(404);

    await context.setOffline(false);
    await page.goto(`${origin}/workshop/`, { waitUntil: 'networkidle' });
    const toggle = page.getByRole('switch', { name: label });
    await expect(toggle.isChecked()).resolves.toBe(true);
    await toggle.click();
    await page.locator('offline-switch .status', { hasText: 'Offline use is off' }).waitFor();
    expect(await offlineStorage(page)).toEqual({ registered: false, active: null, caches: [] });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the switch on /privacy/ works the same and reads the state the workshop page set', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await turnOn(page, origin);
    await page.goto(`${origin}/privacy/`, { waitUntil: 'networkidle' });
    const toggle = page.getByRole('switch', { name: label });
    await expect(toggle.isChecked()).resolves.toBe(true);
    await toggle.click();
    await page.locator('offline-switch .status', { hasText: 'Offline use is off' }).waitFor();
    expect(await offlineStorage(page)).toEqual({ registered: false, active: null, caches: [] });
    await context.close();
  });

  test('without service worker support the switch is disabled and says why', async () => {
    const context = await browser.newContext();
    // As in a browser without service workers (or Firefox in private browsing).
    await context.addInitScript(() => {
      delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
    });
    const page = await context.newPage();
    await page.goto(`${origin}/workshop/`, { waitUntil: 'networkidle' });
    const toggle = page.getByRole('switch', { name: label });
    await expect(toggle.isDisabled()).resolves.toBe(true);
    await expect(page.locator('offline-switch .status').textContent()).resolves.toMatch(/cannot keep a copy/);
    await context.close();
  });

  test('with storage blocked the switch is disabled and says why', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      navigator.serviceWorker.getRegistration = () =>
        Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'));
    });
    const page = await context.newPage();
    await page.goto(`${origin}/workshop/`, { waitUntil: 'networkidle' });
    await expect(page.getByRole('switch', { name: label }).isDisabled()).resolves.toBe(true);
    await expect(page.locator('offline-switch .status').textContent()).resolves.toMatch(/does not let this site store/);
    await context.close();
  });
});

describe('a new deployment', () => {
  let root: string;
  let server: Server;
  let base: string;

  /** Rewrites the manifest and the worker of the copy in `root`, as the build would. */
  function rebuildOfflineFiles() {
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
        return { path, content: new Uint8Array(readFileSync(join(root, path))) };
      });
    const manifest = buildManifest(files);
    const source = readFileSync(new URL('../../src/features/offline/service-worker.ts', import.meta.url), 'utf8');
    writeFileSync(join(root, manifestFileName), JSON.stringify(manifest));
    writeFileSync(join(root, workerFileName), serviceWorkerScript(source, manifest.buildId));
    return manifest.buildId;
  }

  beforeAll(async () => {
    // A copy of the build on its own origin, so that it can be "deployed" again mid-test.
    root = mkdtempSync(join(tmpdir(), 'datadeal-deploy-'));
    cpSync(distDir, root, { recursive: true });
    ({ server, origin: base } = await serveDist(root));
  });

  afterAll(() => {
    server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('is saved beside the old copy, used only once complete, and the old copy is deleted', async () => {
    const first = rebuildOfflineFiles();
    const context = await browser.newContext();
    const page = await context.newPage();
    await turnOn(page, base);
    expect((await offlineStorage(page)).caches).toEqual([`datadeal-${first}`]);

    // Deploy a new version: one page changes.
    const glossary = join(root, 'glossary/index.html');
    writeFileSync(glossary, readFileSync(glossary, 'utf8').replace(/<h1(?=[\s>])/, '<h1 data-version="2"'));
    const second = rebuildOfflineFiles();
    expect(second).not.toBe(first);

    // The open tab runs the old version; the browser saves the new one in its own cache meanwhile.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration('/'))!.update());
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration('/'))?.waiting?.state), {
        timeout: 30_000,
      })
      .toBe('installed');
    expect((await offlineStorage(page)).caches.sort()).toEqual([`datadeal-${first}`, `datadeal-${second}`].sort());
    // Still the old version while a tab of it is open: no mix of the two.
    const servedNow = await page.evaluate(async () => (await fetch('/glossary/')).text());
    expect(servedNow).not.toContain('data-version="2"');

    // Once no tab runs the old version, the next visit gets the new one, and the old copy goes.
    await page.close();
    const next = await context.newPage();
    // Only until the page starts: the new worker takes over and clears the old copy at its own
    // pace, which on a loaded machine can hold the page's load event; the poll waits for it.
    await next.goto(`${base}/learn/`, { waitUntil: 'commit' });
    await expect
      .poll(async () => (await offlineStorage(next)).caches, { timeout: 30_000 })
      .toEqual([`datadeal-${second}`]);
    await context.setOffline(true);
    await next.goto(`${base}/glossary/`);
    expect(await next.locator('h1').getAttribute('data-version')).toBe('2');
    await context.close();
  });
});
