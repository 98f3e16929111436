/**
 * Opens a page in a fresh context and records what a privacy-minded visitor would
 * want to know: console errors, requests to other origins, cookies and storage.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Visit {
  page: Page;
  status: number | undefined;
  consoleErrors: string[];
  foreignRequests: string[];
  close: () => Promise<void>;
}

/** Loads `path` on `origin` and waits for the network to settle. */
export async function visit(
  browser: Browser,
  origin: string,
  path: string,
  options: BrowserContextOptions = {},
): Promise<Visit> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
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
  const response = await page.goto(origin + path, { waitUntil: 'networkidle' });
  return {
    page,
    status: response?.status(),
    consoleErrors,
    foreignRequests,
    close: () => context.close(),
  };
}

/** CSP violations the page saw so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/** Cookies, local storage and session storage the page holds. */
export async function storedData(page: Page) {
  const cookies = await page.context().cookies();
  const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
  return { cookies: cookies.length, ...storage };
}

/** axe-core violations on the page, as `rule: target` lines (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
  const { violations } = results as { violations: { id: string; nodes: { target: string[] }[] }[] };
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** Every link on the page that stays on the site, and every id it holds. */
export function linksAndIds(page: Page) {
  return page.evaluate(() => ({
    links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .map((a) => a.href)
      .filter((href) => href.startsWith(location.origin)),
    ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
  }));
}

/**
 * Waits until the page's custom elements are defined. Their scripts load after the first paint
 * (src/integrations/first-paint.ts), so a test that acts right after `goto` must wait for them,
 * as a visitor's first tap comes long after.
 */
export function elementsDefined(page: Page, ...names: string[]): Promise<void> {
  return page.evaluate(async (list) => {
    await Promise.all(list.map((name) => customElements.whenDefined(name)));
  }, names);
}

/** A common phone (390 × 844) and the narrowest screen we support (320 × 640, WCAG's reflow width). */
export const phone = { width: 390, height: 844 };
export const narrowest = { width: 320, height: 640 };

/** How many CSS pixels the page is wider than the viewport (0 when it fits). */
export function overflowingWidth(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
}

/**
 * What would hold up the first paint: linked stylesheets, and scripts that are neither inline,
 * modules, async nor deferred. A page lists its CSS inline and loads its scripts after paint.
 */
export function renderBlocking(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...[...document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]')].map(
      (link) => `stylesheet ${link.href}`,
    ),
    ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')]
      .filter((script) => script.type !== 'module' && !script.async && !script.defer)
      .map((script) => `script ${script.src}`),
  ]);
}

/**
 * Waits until the island holding `selector` has hydrated (Astro drops its `ssr` attribute then):
 * a click on a server-rendered button before that does nothing.
 */
export async function hydrated(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((inner) => {
    const island = document.querySelector(inner)?.closest('astro-island');
    return island !== null && island !== undefined && !island.hasAttribute('ssr');
  }, selector);
}

/** Starts recording the page's layout shifts from its first paint on; read them with `layoutShifts`. */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The value of each layout shift recorded so far (`recordLayoutShifts`). */
export function layoutShifts(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
}
