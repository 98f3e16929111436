/**
 * Measures the built site and prints the figures; it asserts nothing (`npm run budget` does).
 *   1. `npm run build`;
 *   2. the bytes each page ships (the table of `npm run budget`);
 *   3. `npm run bench:engine`, the engine timings (skipped with a note when the script is missing);
 *   4. Lighthouse 13 on one page of each kind and on the reference, a default Starlight site's
 *      lesson page (scripts/lib/starlight-reference.ts, built once into ~/.cache), simulated
 *      mobile (desktop with --desktop), median of 5 runs each, the pages taken in turn run by
 *      run: the four category scores, LCP, speed index, TBT, CLS, the transfer, and LCP and
 *      transfer as ratios of the reference's. Both sites are served compressed as docs/nginx.conf
 *      serves them (the build's Brotli copies where there are some, else gzip level 6) by the
 *      end-to-end tests' static server; Chromium is Debian's (CHROME_PATH, or the usual paths), never downloaded.
 * About 8 minutes on a quiet 2-core machine; run it with nothing else running.
 * A copy of the figures goes to .bench/last.md (not committed).
 *
 * Usage: npm run bench [-- --skip-build --runs=5 --pages=/,/glossary/ --desktop --no-reference --no-lighthouse]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { findChromium } from '../tests/e2e/support/browser';
import { serveDist } from '../tests/e2e/support/server';
import { figuresOf, formatLighthouseTable, medianFigures, type BenchRow } from './lib/lighthouse-summary';
import { formatLazyTable, formatTable, measureSite, parseBudget } from './lib/page-weight';
import { ensureStarlightReference, starlightLessonPath, starlightVersions } from './lib/starlight-reference';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const flag = (name: string) => args.includes(`--${name}`);

// Five runs: the reference's LCP moves by up to 0.2 s from one run to the next (ours by 0.02 s),
// and its median is the denominator of every ratio.
const runs = Number(option('runs') ?? 5);
/** One page of each kind: the home page, the lesson list, a lesson with widgets and one without... */
const wanted = option('pages')?.split(',') ?? [
  '/',
  '/learn/',
  '/learn/what-is-a-cookie/',
  '/learn/first-party-data/',
  '/simulator/',
  '/glossary/',
  '/for-brands/',
  '/decoder/',
  '/rights/',
  '/workshop/',
  '/workshop/cookies-in-45-minutes/',
  '/present/what-is-a-cookie/',
  '/embed/shop-simulator/',
  '/choices/advertising/',
];
/** Simulated mobile is what the bars are about; desktop on request. */
const formFactors: BenchRow['formFactor'][] = flag('desktop') ? ['mobile', 'desktop'] : ['mobile'];
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
const weights = await measureSite(dist, budget.pageKinds);
const weightTable = formatTable(weights);
console.log(weightTable);
report.push('', '## Bytes each page ships (KB)', '', weightTable);
// Chunks that load only on use (the decoder's TCF library and cookie index...), printed even with --no-lighthouse.
section('Chunks loaded on use (KB, gz = gzip level 9)');
const lazyTable = formatLazyTable(weights);
console.log(lazyTable);
report.push('', '## Chunks loaded on use (KB)', '', lazyTable);

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

// 4. Lighthouse, our pages and the Starlight reference interleaved run by run, so that a
// slow moment of the machine falls on both alike.
if (!flag('no-lighthouse')) {
  const pages = wanted.filter((path) => {
    const found = existsSync(`${dist}${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!found) console.log(`note: ${path} is not in dist/ yet: skipped.`);
    return found;
  });
  const referenceDist = flag('no-reference')
    ? undefined
    : ensureStarlightReference(`${root}content/lessons/en/01-what-is-a-cookie.mdx`, console.log);
  section(
    `Lighthouse: ${pages.length} pages${referenceDist ? ' and the Starlight reference' : ''} × ${formFactors.join(' and ')}, median of ${runs} runs`,
  );
  const loadBefore = load();
  const ours = await serveDist(dist, { compress: true });
  const theirs = referenceDist ? await serveDist(referenceDist, { compress: true }) : undefined;
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium({ shell: false }),
    chromeFlags,
    logLevel: 'silent',
  });
  const referenceLabel = `Starlight ${starlightVersions.starlight}: ${starlightLessonPath}`;
  const targets = [
    ...pages.map((path) => ({ label: path, url: ours.origin + path })),
    ...(theirs ? [{ label: referenceLabel, url: theirs.origin + starlightLessonPath }] : []),
  ];
  const rows = new Map<string, BenchRow>();
  try {
    for (let run = 0; run < runs; run++) {
      for (const formFactor of formFactors) {
        for (const target of targets) {
          const key = `${target.label} ${formFactor}`;
          const row = rows.get(key) ?? { path: target.label, formFactor, runs: [] };
          rows.set(key, row);
          const result = await lighthouse(
            target.url,
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
          if (!result) throw new Error(`Lighthouse returned nothing for ${target.url}`);
          if (result.lhr.runtimeError) {
            console.log(`note: ${key}: ${result.lhr.runtimeError.message}`);
            continue;
          }
          row.runs.push(figuresOf(result.lhr));
        }
      }
      console.log(`run ${run + 1} of ${runs}: done (${elapsed()})`);
    }
  } finally {
    chrome.kill();
    ours.server.close();
    theirs?.server.close();
  }
  const loadAfter = load();
  for (const formFactor of formFactors) {
    const reference = rows.get(`${referenceLabel} ${formFactor}`);
    const table = formatLighthouseTable(
      [...rows.values()].filter((row) => row.formFactor === formFactor),
      reference ? medianFigures(reference.runs) : undefined,
    );
    console.log(`\n${table}`);
    report.push('', `## Lighthouse ${lighthouseVersion()}, ${formFactor}, median of ${runs} runs`, '', table);
  }
  const note = `${cpus().length} CPUs, load average ${loadBefore} before Lighthouse and ${loadAfter} after (above the CPU count, other work skews TBT).`;
  console.log(`\n${note}`);
  console.log(
    'Scores 0–100 and metrics are the median of the runs; LCP, SI and TBT simulated (Lighthouse defaults); KB is the transfer; ratios are to the Starlight lesson page of the same run.',
  );
  report.push('', note);
}

section('done');
mkdirSync(`${root}.bench`, { recursive: true });
writeFileSync(`${root}.bench/last.md`, `${report.join('\n')}\n`);
console.log('Figures written to .bench/last.md');

function lighthouseVersion(): string {
  const pkg = JSON.parse(readFileSync(`${root}node_modules/lighthouse/package.json`, 'utf8')) as { version: string };
  return pkg.version;
}
