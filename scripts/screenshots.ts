/**
 * Screenshots of built pages at phone and desktop widths, to look at what we ship.
 * Usage: npm run screenshots -- /learn/ /glossary/   (after npm run build)
 * Options: --dark for the dark scheme, --out=DIR (default: screenshots/, not committed),
 * --split to cut long pages into screen-sized parts that are easier to look at,
 * --sizes=320,390,768,1280,1920x1080 for other viewports (a width alone takes the usual height:
 * 844 px below 600 px wide, 900 px above), --answer to press "Accept all" on a simulator first (in presenter mode, on the slide that holds it).
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
const sizes = (args.find((arg) => arg.startsWith('--sizes='))?.slice(8) ?? '390,1280').split(',').map((size) => {
  const [width, height] = size.split('x').map(Number);
  return { width: width ?? 390, height: height ?? ((width ?? 390) < 600 ? 844 : 900) };
});
const answer = args.includes('--answer');

const dist = process.env.DIST_DIR ?? fileURLToPath(new URL('../dist', import.meta.url));
const { origin, server } = await serveDist(dist);
const browser = await launchChromium();
mkdirSync(out, { recursive: true });
for (const path of paths.length ? paths : ['/']) {
  for (const { width, height } of sizes) {
    const context = await browser.newContext({
      viewport: { width, height },
      deviceScaleFactor: 1,
      colorScheme: dark ? 'dark' : 'light',
      isMobile: width < 600,
      hasTouch: width < 600,
    });
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    if (answer) {
      // In presenter mode, go to the slide that holds the simulator first.
      const slide = await page.evaluate(() => {
        const banner = document.querySelector('.fair-banner');
        const starts = [...document.querySelectorAll('.deck [id^="slide-"]')];
        return (
          starts.findLast((start) => banner && start.compareDocumentPosition(banner) & Node.DOCUMENT_POSITION_FOLLOWING)
            ?.id ?? ''
        );
      });
      if (slide) await page.goto(`${origin}${path}#${slide}`, { waitUntil: 'networkidle' });
      // A simulator hydrates once seen: show it, wait for its code, then answer.
      await page.locator('.fair-banner').first().scrollIntoViewIfNeeded();
      await page.waitForSelector('astro-island:not([ssr]) .fair-banner', { state: 'attached' });
      await page.locator('.fair-banner [data-answer="all"]').first().click();
      await page.waitForLoadState('networkidle');
    }
    const size = height === (width < 600 ? 844 : 900) ? `${width}` : `${width}x${height}`;
    const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${size}${answer ? '-answered' : ''}${dark ? '-dark' : ''}.png`;
    if (!split) {
      await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      console.log(`${out}/${name}`);
    } else {
      const full = await page.evaluate(() => document.documentElement.scrollHeight);
      const part = width < 600 ? 1400 : 1000;
      for (let y = 0, i = 1; y < full; y += part, i++) {
        const file = `${out}/${name.replace('.png', `-${i}.png`)}`;
        await page.screenshot({
          path: file,
          fullPage: true,
          clip: { x: 0, y, width, height: Math.min(part, full - y) },
        });
        console.log(file);
      }
    }
    await context.close();
  }
}
await browser.close();
server.close();
