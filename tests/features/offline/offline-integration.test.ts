// @vitest-environment node
/**
 * The build step of offline use (src/features/offline/integration.ts): which files of `dist/` are listed,
 * under which URL, how the build id follows the contents, and that the worker it writes is a
 * classic script with the id inside.
 */
import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { buildManifest, isExcluded, serviceWorkerScript, urlOf } from '~/features/offline/integration';

const bytes = (text: string) => new TextEncoder().encode(text);
const source = readFileSync(new URL('../../../src/features/offline/service-worker.ts', import.meta.url), 'utf8');

describe('urlOf', () => {
  test('gives a page the URL of its folder and any other file its own path', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('learn/index.html')).toBe('/learn/');
    expect(urlOf('fr/learn/what-is-a-cookie/index.html')).toBe('/fr/learn/what-is-a-cookie/');
    expect(urlOf('404.html')).toBe('/404.html');
    expect(urlOf('_astro/client.Ab12.js')).toBe('/_astro/client.Ab12.js');
    expect(urlOf('favicon.svg')).toBe('/favicon.svg');
  });
});

describe('isExcluded', () => {
  test('leaves out the worker, the manifest, host configuration, source maps, Brotli copies and dot files', () => {
    for (const path of [
      'sw.js',
      'offline-manifest.json',
      '_headers',
      '_redirects',
      '_astro/a.js.map',
      'learn/index.html.br',
      '.well-known/x',
    ]) {
      expect(isExcluded(path)).toBe(true);
    }
    for (const path of ['index.html', '404.html', '_astro/a.js', 'favicon.svg', 'learn/sw.js']) {
      expect(isExcluded(path)).toBe(false);
    }
  });
});

describe('buildManifest', () => {
  const files = [
    { path: 'learn/index.html', content: bytes('<h1>Learn</h1>') },
    { path: 'index.html', content: bytes('<h1>Home</h1>') },
    { path: '_astro/a.js', content: bytes('console.log(1)') },
    { path: 'sw.js', content: bytes('old worker') },
    { path: '_headers', content: bytes('/*') },
  ];

  test('lists every file of the site by URL, sorted, with its SHA-256 and size', () => {
    const manifest = buildManifest(files);
    expect(manifest.version).toBe(1);
    expect(manifest.files.map((file) => file.url)).toEqual(['/', '/_astro/a.js', '/learn/']);
    expect(manifest.files[0]).toEqual({
      url: '/',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
      bytes: 13,
    });
    expect(manifest.bytes).toBe(13 + 14 + 14);
    expect(manifest.buildId).toMatch(/^[0-9a-f]{16}$/);
  });

  test('the build id depends on the contents only', () => {
    const same = buildManifest([...files].reverse());
    expect(same.buildId).toBe(buildManifest(files).buildId);
    const changed = buildManifest(files.map((f) => (f.path === '_astro/a.js' ? { ...f, content: bytes('x') } : f)));
    expect(changed.buildId).not.toBe(buildManifest(files).buildId);
    // The worker and host files do not count: rebuilding them changes nothing.
    const otherWorker = buildManifest(files.map((f) => (f.path === 'sw.js' ? { ...f, content: bytes('new') } : f)));
    expect(otherWorker.buildId).toBe(buildManifest(files).buildId);
  });

  test('hashes each file with SHA-256', () => {
    const [file] = buildManifest([{ path: 'a.txt', content: bytes('abc') }]).files;
    expect(file.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('serviceWorkerScript', () => {
  test('is a classic script with the build id written in and no types or exports left', () => {
    const script = serviceWorkerScript(source, '0123456789abcdef');
    expect(() => new Script(script)).not.toThrow();
    expect(script).not.toMatch(/^\s*export\b/m);
    expect(script).not.toMatch(/\binterface\b/);
    expect(script).toContain("'0123456789abcdef'");
    expect(script).not.toContain('__OFFLINE_BUILD_ID__');
  });

  test('refuses a worker source without the build id placeholder', () => {
    expect(() => serviceWorkerScript('const x = 1;', 'abc')).toThrow(/__OFFLINE_BUILD_ID__/);
  });
});
