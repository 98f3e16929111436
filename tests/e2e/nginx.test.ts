/**
 * docs/nginx.conf run for real: Debian's nginx (installed by .ci/run) serves the built site
 * with that server block, on a free port of 127.0.0.1, and the answers are checked over HTTP:
 * the same headers as public/_headers, framing allowed on embeds only, a year of caching for
 * hashed build files, gzip, the 404 page with status 404, and `/x` redirecting to `/x/`.
 *
 * The server block is used as written; only what a test run must change is rewritten: the
 * port, the root, and nginx's own files (pid, logs, temp folders) in a folder of the test's.
 * Its Brotli line needs Debian's brotli static module (also installed by .ci/run), which the
 * test loads; where the module is missing, the line is dropped and the Brotli test says why.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file';
import { distDir } from './support/site';

const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
if (!nginx) {
  console.warn(
    'nginx.test.ts: no nginx on this machine (apt-get install -y nginx, as .ci/run does), so docs/nginx.conf is not run.',
  );
}
/** Debian's libnginx-mod-http-brotli-static, which `brotli_static on;` needs. */
const brotliModule = ['/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'].find((path) => existsSync(path));
if (nginx && !brotliModule) {
  console.warn(
    'nginx.test.ts: no brotli static module for nginx (apt-get install -y libnginx-mod-http-brotli-static, as .ci/run does), so the Brotli copies are not served.',
  );
}
const rules = parseHeadersFile(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));
const serverBlock = readFileSync(new URL('../../docs/nginx.conf', import.meta.url), 'utf8');

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let origin = '';
let server: ChildProcess | undefined;
let folder = '';

/** A GET to the nginx under test, with the encodings a browser accepts; the body as sent. */
function fetchRaw(path: string, acceptEncoding = 'gzip'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    get(`${origin}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** nginx's main configuration around docs/nginx.conf, with the port, root and working files of this run. */
function configuration(port: number): string {
  const block = serverBlock
    .replace(/^\s*brotli_static on;\n/m, brotliModule ? '$&' : '')
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root [^;]+;/m, `$1root ${distDir.replace(/\/$/, '')};`);
  if (!block.includes(`127.0.0.1:${port}`) || !block.includes(distDir.replace(/\/$/, ''))) {
    throw new Error('docs/nginx.conf no longer has the "listen 80;" and "root ...;" lines this test rewrites.');
  }
  const temp = (name: string) => `${name}_temp_path ${join(folder, name)};`;
  return [
    ...(brotliModule ? [`load_module ${brotliModule};`] : []),
    'worker_processes 1;',
    // The tests may run as root, whose files a worker as "nobody" could not read.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    `pid ${join(folder, 'nginx.pid')};`,
    `error_log ${join(folder, 'error.log')};`,
    'events {}',
    'http {',
    '  access_log off;',
    `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
    block,
    '}',
    '',
  ].join('\n');
}

beforeAll(async () => {
  if (!nginx) return;
  folder = mkdtempSync(join(tmpdir(), 'datadeal-nginx-'));
  const port = await freePort();
  // The block's `include mime.types` is relative to the configuration's folder.
  writeFileSync(join(folder, 'mime.types'), readFileSync('/etc/nginx/mime.types'));
  writeFileSync(join(folder, 'nginx.conf'), configuration(port));
  const checked = spawnSync(nginx, ['-t', '-p', folder, '-c', join(folder, 'nginx.conf')], { encoding: 'utf8' });
  if (checked.status !== 0) throw new Error(`nginx refuses docs/nginx.conf:\n${checked.stderr}`);
  server = spawn(nginx, ['-p', folder, '-c', join(folder, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
  origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetchRaw('/');
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`nginx did not answer on ${origin}: ${readFileSync(join(folder, 'error.log'), 'utf8')}`);
});

afterAll(() => {
  server?.kill('SIGQUIT');
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** A built JavaScript file: its name carries a content hash. */
// The largest script: nginx leaves files under gzip_min_length (256 B) uncompressed, by design.
const hashedScript = () => {
  const folder = join(distDir, '_astro');
  const name = readdirSync(folder)
    .filter((file) => file.endsWith('.js'))
    .sort((a, b) => statSync(join(folder, b)).size - statSync(join(folder, a)).size)[0];
  if (!name) throw new Error('dist/_astro/ holds no JavaScript file');
  return `/_astro/${name}`;
};

describe.skipIf(!nginx)('docs/nginx.conf on nginx', () => {
  test.each(['/', '/learn/what-is-a-cookie/', '/fr/simulator/', '/embed/shop-simulator/', '/fr/embed/compare/'])(
    '%s: the headers of public/_headers, with the same values',
    async (path) => {
      const answer = await fetchRaw(path);
      expect(answer.status).toBe(200);
      const expected = headersFor(rules, path);
      expect(expected.size).toBeGreaterThan(5);
      for (const [name, { value }] of expected) {
        expect(answer.headers[name.toLowerCase()], name).toBe(value);
      }
    },
  );

  test('pages may not be framed; embeds may be framed by any site', async () => {
    const page = await fetchRaw('/learn/');
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors 'none'$/);
    expect(page.headers['x-frame-options']).toBe('DENY');
    for (const path of ['/embed/shop-simulator/', '/fr/embed/tradeoff-map/']) {
      const embed = await fetchRaw(path);
      expect(embed.headers['content-security-policy']).toMatch(/frame-ancestors \*$/);
      expect(embed.headers['x-frame-options']).toBeUndefined();
    }
  });

  test('security headers on every answer, the 404 page included', async () => {
    for (const path of ['/', hashedScript(), '/no-such-page/']) {
      const { headers } = await fetchRaw(path);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('no-referrer');
      expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
      expect(headers['permissions-policy'], path).toMatch(/browsing-topics=\(\)/);
      expect(headers.server, path).toBe('nginx');
    }
  });

  test('hashed build files are cached for a year; pages are checked on each visit', async () => {
    const script = await fetchRaw(hashedScript());
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    const page = await fetchRaw('/glossary/');
    expect(page.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(page.headers.etag).toBeTruthy();
  });

  test('HTML, scripts and the icon travel gzipped to a browser that accepts it, as they are to one that does not', async () => {
    for (const path of ['/glossary/', hashedScript(), '/favicon.svg']) {
      const zipped = await fetchRaw(path, 'gzip');
      expect(zipped.headers['content-encoding'], path).toBe('gzip');
      expect(zipped.headers.vary, path).toMatch(/accept-encoding/i);
      const plain = await fetchRaw(path, 'identity');
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(gunzipSync(zipped.body).equals(plain.body), path).toBe(true);
      expect(zipped.body.length, path).toBeLessThan(plain.body.length);
    }
  });

  test.skipIf(!brotliModule)(
    'a browser that accepts Brotli gets the build’s Brotli copy of pages and scripts, the same bytes once decoded',
    async () => {
      for (const [path, file] of [
        ['/learn/what-is-a-cookie/', 'learn/what-is-a-cookie/index.html'],
        [hashedScript(), hashedScript().slice(1)],
      ] as const) {
        const answer = await fetchRaw(path, 'gzip, deflate, br, zstd');
        expect(answer.headers['content-encoding'], path).toBe('br');
        expect(answer.headers.vary, path).toMatch(/accept-encoding/i);
        expect(answer.body.equals(readFileSync(join(distDir, `${file}.br`))), path).toBe(true);
        expect(brotliDecompressSync(answer.body).equals(readFileSync(join(distDir, file))), path).toBe(true);
      }
    },
  );

  test('an unknown address answers 404 with the site’s own page', async () => {
    const missing = await fetchRaw('/no-such-page/', 'identity');
    expect(missing.status).toBe(404);
    expect(missing.body.toString('utf8')).toBe(readFileSync(join(distDir, '404.html'), 'utf8'));
    expect((await fetchRaw('/_headers')).status).toBe(404);
  });

  test('an address without its final slash redirects to the one with it, relative to the host', async () => {
    for (const path of ['/learn', '/fr/glossary', '/learn/what-is-a-cookie']) {
      const answer = await fetchRaw(path);
      expect(answer.status, path).toBe(301);
      expect(answer.headers.location, path).toBe(`${path}/`);
    }
  });
});
