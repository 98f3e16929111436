/**
 * What the site search costs a visitor, on the built site in Chromium: the bytes the first
 * search downloads from /pagefind/ (the search page itself ships only its small element),
 * the time to the first results, and the time of later searches. Prints figures, asserts
 * nothing. Run after `npm run build`, with nothing else running: `npm run bench:search`.
 */
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/support/browser';
import { serveDist } from '../tests/e2e/support/server';

const dist = process.env.DIST_DIR ?? fileURLToPath(new URL('../dist', import.meta.url));
const queries = [
  'cookie',
  'consent',
  'tracker',
  'legitimate interest',
  'fingerprinting',
  'data broker',
  'gdpr',
  'pixel',
];
const frenchQueries = [
  'cookie',
  'consentement',
  'traceur',
  'intérêt légitime',
  'empreinte',
  'courtier',
  'rgpd',
  'pixel',
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const { origin, server } = await serveDist(dist);
const browser = await launchChromium();
try {
  for (const [path, words] of [
    ['/search/', queries],
    ['/fr/search/', frenchQueries],
  ] as const) {
    const page = await browser.newPage();
    const bytes = new Map<string, number>();
    page.on('response', async (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/pagefind/')) bytes.set(url.pathname, (await response.body()).byteLength);
    });
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const run = (query: string) =>
      page.evaluate(async (q) => {
        const element = document.querySelector<HTMLElement & { run(q: string): Promise<void> }>('site-search')!;
        const start = performance.now();
        await element.run(q);
        return performance.now() - start;
      }, query);
    const first = await run(words[0]);
    await page.waitForLoadState('networkidle');
    const firstBytes = [...bytes.values()].reduce((sum, n) => sum + n, 0);
    const firstFiles = bytes.size;
    const later: number[] = [];
    for (const word of words.slice(1)) later.push(await run(word));
    const allBytes = [...bytes.values()].reduce((sum, n) => sum + n, 0);
    console.log(
      `${path}: first search "${words[0]}" ${first.toFixed(0)} ms, ${firstFiles} files, ${(firstBytes / 1024).toFixed(1)} KB from /pagefind/; ` +
        `${words.length - 1} later searches median ${median(later).toFixed(0)} ms, max ${Math.max(...later).toFixed(0)} ms; ` +
        `${(allBytes / 1024).toFixed(1)} KB in all (${bytes.size} files)`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
