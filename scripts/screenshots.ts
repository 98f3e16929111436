/**
 * Screenshots of built pages at phone and desktop widths, to look at what we ship.
 * Usage: npm run screenshots -- /learn/ /glossary/   (after npm run build)
 * Options: --dark for the dark scheme, --out=DIR (default: screenshots/, not committed),
 * --split to cut long pages into screen-sized parts that are easier to look at.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/support/browser';
import { serveDist } from '../tests/e2e/support/server';

const args = process.argv.slice(2);
const paths = args.filter((arg) => !arg.startsWith('--'));
const dark = args.includes('--dark');
const split = args.includes('--split');
const out = args.find((arg) => arg.startsWith('--out='))?.slice(6) ?? 'screenshots';
const widths = [390, 1280];

const dist = process.env.DIST_DIR ?? fileURLToPath(new URL('../dist', import.meta.url));
const { origin, server } = await serveDist(dist);
const browser = await launchChromium();
mkdirSync(out, { recursive: true });
for (const path of paths.length ? paths : ['/']) {
  for (const width of widths) {
    const context = await browser.newContext({
      viewport: { width, height: width < 600 ? 844 : 900 },
      deviceScaleFactor: 1,
      colorScheme: dark ? 'dark' : 'light',
      isMobile: width < 600,
      hasTouch: width < 600,
    });
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}${dark ? '-dark' : ''}.png`;
    if (!split) {
      await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      console.log(`${out}/${name}`);
    } else {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const part = width < 600 ? 1400 : 1000;
      for (let y = 0, i = 1; y < height; y += part, i++) {
        const file = `${out}/${name.replace('.png', `-${i}.png`)}`;
        await page.screenshot({
          path: file,
          fullPage: true,
          clip: { x: 0, y, width, height: Math.min(part, height - y) },
        });
        console.log(file);
      }
    }
    await context.close();
  }
}
await browser.close();
server.close();
