/**
 * Debian's Chromium, driven by playwright-core. Found through CHROME_PATH or the usual
 * install paths; launched headless with the flags this closed network needs. For tests,
 * Debian's `chromium-headless-shell` comes first: the same engine without the desktop
 * browser's shell, it loads a page in a third of the time and the suite takes about a third
 * less CPU. Lighthouse (`npm run bench`) measures in the full browser, as visitors have it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const headlessShell = '/usr/bin/chromium-headless-shell';
const browsers = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * The Chromium binary to use, or a clear message naming the package to install. `shell` puts
 * the headless shell first, where it is installed.
 */
export function findChromium({ shell = true }: { shell?: boolean } = {}): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist.`);
  }
  const candidates = shell ? [headlessShell, ...browsers] : [...browsers, headlessShell];
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install Debian\'s package with "apt-get install -y chromium-headless-shell" (or "chromium"), or set CHROME_PATH to a Chromium binary.',
    );
  }
  return found;
}

/** The flags every launch uses: no sandbox as root, and no background calls to other hosts. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
}
