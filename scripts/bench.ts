/**
 * Measures the built site and prints the figures; it asserts nothing (`npm run budget` does).
 *   1. `npm run build`;
 *   2. the bytes each page ships (the table of `npm run budget`);
 *   3. `npm run bench:engine`, the engine timings (skipped with a note when the script is missing);
 *   4. Lighthouse 13 on the key pages, mobile and desktop, median of 3 runs each: the four
 *      category scores, LCP, TBT and CLS. dist/ is served by the end-to-end tests' static server;
 *      Chromium is Debian's (CHROME_PATH, or the usual paths), never downloaded.
 * About 6 minutes on a quiet 2-core machine with the five pages built; run it with nothing else running.
 * A copy of the figures goes to .bench/last.md (not committed).
 *
 * Usage: npm run bench [-- --skip-build --runs=3 --pages=/,/glossary/ --mobile-only --no-lighthouse]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { findChromium } from '../tests/e2e/support/browser';
import { serveDist } from '../tests/e2e/support/server';
import { figuresOf, formatLighthouseTable, type BenchRow } from './lib/lighthouse-summary';
import { formatTable, measureSite, parseBudget } from './lib/page-weight';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const flag = (name: string) => args.includes(`--${name}`);

const runs = Number(option('runs') ?? 3);
const wanted = option('pages')?.split(',') ?? [
  '/',
  '/learn/what-is-a-cookie/',
  '/simulator/',
  '/glossary/',
  '/for-brands/',
];
const formFactors: BenchRow['formFactor'][] = flag('mobile-only') ? ['mobile'] : ['mobile', 'desktop'];
/** The flags every Chromium launch of the project uses, headless. */
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
const load = () => loadavg()[0].toFixed(1);
const report: string[] = [`# npm run bench, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`];
const section = (title: string) => console.log(`\n=== ${title} (${elapsed()})\n`);
const npm = (script: string) => spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' }).status;

// 1. Build.
if (!flag('skip-build')) {
  section('npm run build');
  if (npm('build') !== 0) {
    console.error('The build failed: nothing to measure.');
    process.exit(1);
  }
}

// 2. Bytes per page.
section('Bytes each page ships (KB, gz = gzip level 9)');
const budget = parseBudget(JSON.parse(readFileSync(`${root}budget.json`, 'utf8')));
const weightTable = formatTable(await measureSite(dist, budget.pageKinds));
console.log(weightTable);
report.push('', '## Bytes each page ships (KB)', '', weightTable);

// 3. Engine timings.
section('npm run bench:engine');
const scripts = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts?: Record<string, string> })
  .scripts;
if (!scripts?.['bench:engine']) console.log('note: no "bench:engine" script in package.json yet: skipped.');
else {
  const engine = spawnSync('npm', ['run', '--silent', 'bench:engine'], { cwd: root, encoding: 'utf8' });
  process.stdout.write(engine.stdout);
  process.stderr.write(engine.stderr);
  if (engine.status !== 0) console.log('note: "npm run bench:engine" failed (see above); going on.');
  else report.push('', '## Engine (npm run bench:engine)', '', '```', engine.stdout.trim(), '```');
}

// 4. Lighthouse.
if (!flag('no-lighthouse')) {
  const pages = wanted.filter((path) => {
    const found = existsSync(`${dist}${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!found) console.log(`note: ${path} is not in dist/ yet: skipped.`);
    return found;
  });
  section(`Lighthouse: ${pages.length} pages × ${formFactors.join(' and ')}, median of ${runs} runs`);
  const loadBefore = load();
  const { origin, server } = await serveDist(dist);
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags, logLevel: 'silent' });
  const rows: BenchRow[] = [];
  try {
    for (const path of pages) {
      for (const formFactor of formFactors) {
        const row: BenchRow = { path, formFactor, runs: [] };
        for (let run = 0; run < runs; run++) {
          const result = await lighthouse(
            origin + path,
            {
              port: chrome.port,
              logLevel: 'error',
              output: 'json',
              onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
              // Unscored and slow on long pages: leaving them out keeps the bench within minutes.
              disableFullPageScreenshot: true,
              skipAudits: ['bf-cache', 'screenshot-thumbnails', 'final-screenshot'],
            },
            formFactor === 'desktop' ? desktopConfig : undefined,
          );
          if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
          if (result.lhr.runtimeError) {
            console.log(`note: ${path} ${formFactor}: ${result.lhr.runtimeError.message}`);
            continue;
          }
          row.runs.push(figuresOf(result.lhr));
        }
        rows.push(row);
        const last = row.runs.at(-1);
        console.log(`${path} ${formFactor}: done (${elapsed()}), last performance score ${last?.performance ?? '–'}`);
      }
    }
  } finally {
    chrome.kill();
    server.close();
  }
  const lighthouseTable = formatLighthouseTable(rows);
  const note = `${cpus().length} CPUs, load average ${loadBefore} before Lighthouse and ${load()} after (above the CPU count, other work skews TBT).`;
  console.log(`\n${lighthouseTable}\n\n${note}`);
  console.log('\nScores 0–100 and metrics are the median of the runs; LCP and TBT simulated (Lighthouse defaults).');
  report.push('', `## Lighthouse ${lighthouseVersion()}, median of ${runs} runs`, '', lighthouseTable, '', note);
}

section('done');
mkdirSync(`${root}.bench`, { recursive: true });
writeFileSync(`${root}.bench/last.md`, `${report.join('\n')}\n`);
console.log('Figures written to .bench/last.md');

function lighthouseVersion(): string {
  const pkg = JSON.parse(readFileSync(`${root}node_modules/lighthouse/package.json`, 'utf8')) as { version: string };
  return pkg.version;
}
