// @vitest-environment node
/**
 * The offline service worker (src/features/offline/service-worker.ts), run as the browser
 * runs it: the script the build writes, in a sandbox with an in-memory Cache Storage, a fake
 * network and fake tabs. Checks that a build is saved whole or not at all, that unchanged files
 * are reused, that old builds are deleted on activation, and how requests are answered.
 */
import { webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { buildManifest, serviceWorkerScript, type OfflineManifest } from '~/features/offline/integration';

const origin = 'https://datadeal.example';
const source = readFileSync(new URL('../../../src/features/offline/service-worker.ts', import.meta.url), 'utf8');

/** A response as Cache Storage keeps it: bytes and headers, handed out as a fresh Response each time. */
interface Stored {
  body: ArrayBuffer;
  status: number;
  headers: [string, string][];
}

const keyOf = (request: RequestInfo | URL) =>
  new URL(typeof request === 'string' || request instanceof URL ? request : request.url, origin).href;

class MemoryCache {
  readonly entries = new Map<string, Stored>();
  async put(request: RequestInfo, response: Response) {
    this.entries.set(keyOf(request), {
      body: await response.arrayBuffer(),
      status: response.status,
      headers: [...response.headers],
    });
  }
  match(request: RequestInfo): Promise<Response | undefined> {
    const stored = this.entries.get(keyOf(request));
    return Promise.resolve(
      stored && new Response(stored.body.slice(0), { status: stored.status, headers: stored.headers }),
    );
  }
  keys() {
    return Promise.resolve([...this.entries.keys()].map((url) => new Request(url)));
  }
}

class MemoryCacheStorage {
  readonly caches = new Map<string, MemoryCache>();
  open(name: string) {
    if (!this.caches.has(name)) this.caches.set(name, new MemoryCache());
    return Promise.resolve(this.caches.get(name)!);
  }
  delete(name: string) {
    return Promise.resolve(this.caches.delete(name));
  }
  keys() {
    return Promise.resolve([...this.caches.keys()]);
  }
  async match(request: RequestInfo, options: { cacheName?: string } = {}) {
    if (options.cacheName) return this.caches.get(options.cacheName)?.match(request);
    for (const cache of this.caches.values()) {
      const found = await cache.match(request);
      if (found) return found;
    }
    return undefined;
  }
}

/** The files of a small site, as `dist/` would hold them. */
function site(overrides: Record<string, string> = {}) {
  const files: Record<string, string> = {
    'index.html': '<h1>Home</h1>',
    'learn/index.html': '<h1>Learn</h1>',
    'simulator/index.html': '<h1>Simulator</h1>',
    '404.html': '<h1>Not found</h1>',
    '_astro/app.js': 'console.log("app")',
    ...overrides,
  };
  return Object.entries(files).map(([path, text]) => ({ path, content: new TextEncoder().encode(text) }));
}

interface Network {
  /** URL path → body; a path missing here is a 404. */
  files: Map<string, string>;
  online: boolean;
  requests: string[];
}

/** Serves a site's files by URL, as the host would. */
function networkFor(files: ReturnType<typeof site>, manifest: OfflineManifest): Network {
  const byUrl = new Map<string, string>();
  for (const file of files) {
    const url = file.path === 'index.html' ? '/' : `/${file.path.replace(/index\.html$/, '')}`;
    byUrl.set(url, new TextDecoder().decode(file.content));
  }
  byUrl.set('/offline-manifest.json', JSON.stringify(manifest));
  return { files: byUrl, online: true, requests: [] };
}

/** Loads the worker script into a sandbox and returns handles to drive it. */
function startWorker(manifest: OfflineManifest, network: Network, storage = new MemoryCacheStorage()) {
  const listeners = new Map<string, (event: unknown) => void>();
  const messages: Record<string, unknown>[] = [];
  let claimed = false;
  const scope = {
    location: { origin },
    registration: {},
    clients: {
      claim: () => {
        claimed = true;
        return Promise.resolve();
      },
      matchAll: () => Promise.resolve([{ postMessage: (message: Record<string, unknown>) => messages.push(message) }]),
    },
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
  };
  const fetch = (input: RequestInfo) => {
    const url = new URL(keyOf(input));
    network.requests.push(url.pathname);
    if (!network.online) return Promise.reject(new TypeError('Failed to fetch'));
    const body = network.files.get(url.pathname);
    return Promise.resolve(
      body === undefined ? new Response('missing', { status: 404 }) : new Response(body, { status: 200 }),
    );
  };
  const sandbox = createContext({
    self: scope,
    caches: storage,
    fetch,
    crypto: webcrypto,
    Response,
    Request,
    URL,
    console,
  });
  runInContext(serviceWorkerScript(source, manifest.buildId), sandbox);

  /** Fires a lifecycle event and settles what it waits for. */
  const extendable = async (type: string, data?: unknown) => {
    const waits: Promise<unknown>[] = [];
    listeners.get(type)!({ data, waitUntil: (promise: Promise<unknown>) => waits.push(promise) });
    const results = await Promise.allSettled(waits);
    return results.every((result) => result.status === 'fulfilled');
  };
  /** Fires a fetch event; undefined when the worker leaves the request to the browser. */
  const request = async (path: string, init: { mode?: RequestMode; method?: string } = {}) => {
    let answer: Promise<Response> | undefined;
    const req = { url: new URL(path, origin).href, mode: init.mode ?? 'cors', method: init.method ?? 'GET' };
    listeners.get('fetch')!({ request: req, respondWith: (response: Promise<Response>) => (answer = response) });
    return answer && (await answer);
  };
  return { storage, messages, extendable, request, claimed: () => claimed };
}

function build(overrides: Record<string, string> = {}) {
  const files = site(overrides);
  const manifest = buildManifest(files);
  return { files, manifest, network: networkFor(files, manifest) };
}

describe('the offline service worker', () => {
  test('install saves every file of the build, checked, and reports progress to the tabs', async () => {
    const { manifest, network } = build();
    const worker = startWorker(manifest, network);
    expect(await worker.extendable('install')).toBe(true);
    const cache = worker.storage.caches.get(`datadeal-${manifest.buildId}`)!;
    expect([...cache.entries.keys()].map((url) => new URL(url).pathname).sort()).toEqual(
      ['/', '/404.html', '/_astro/app.js', '/learn/', '/offline-manifest.json', '/simulator/'].sort(),
    );
    const progress = worker.messages.filter((m) => m.type === 'offline-progress').map((m) => m.done);
    expect(progress[0]).toBe(0);
    expect(Math.max(...(progress as number[]))).toBe(manifest.files.length);
    expect(worker.messages.at(-1)).toEqual({
      type: 'offline-saved',
      total: manifest.files.length,
      bytes: manifest.bytes,
      buildId: manifest.buildId,
    });
  });

  test('a file that differs from the manifest fails the whole install and leaves no cache', async () => {
    const { manifest, network } = build();
    network.files.set('/learn/', '<h1>Learn, deployed again</h1>');
    const worker = startWorker(manifest, network);
    expect(await worker.extendable('install')).toBe(false);
    expect([...worker.storage.caches.keys()]).toEqual([]);
    expect(worker.messages.at(-1)).toMatchObject({ type: 'offline-failed', reason: 'changed' });
  });

  test('a manifest of another build fails the install: the site changed since /sw.js', async () => {
    const { manifest, network } = build();
    const newer = build({ 'index.html': '<h1>Home 2</h1>' }).manifest;
    network.files.set('/offline-manifest.json', JSON.stringify(newer));
    const worker = startWorker(manifest, network);
    expect(await worker.extendable('install')).toBe(false);
    expect(worker.messages.at(-1)).toMatchObject({ type: 'offline-failed', reason: 'changed' });
  });

  test('a file that cannot be downloaded fails the install, with the network as reason', async () => {
    const { manifest, network } = build();
    network.files.delete('/_astro/app.js');
    const worker = startWorker(manifest, network);
    expect(await worker.extendable('install')).toBe(false);
    expect([...worker.storage.caches.keys()]).toEqual([]);
    expect(worker.messages.at(-1)).toMatchObject({ type: 'offline-failed', reason: 'network' });
  });

  test('turning offline use off mid-download stops the install and drops its cache', async () => {
    const { manifest, network } = build();
    const worker = startWorker(manifest, network);
    const install = worker.extendable('install');
    await worker.extendable('message', { type: 'offline-cancel' });
    expect(await install).toBe(false);
    expect([...worker.storage.caches.keys()]).toEqual([]);
    expect(worker.messages.at(-1)).toMatchObject({ type: 'offline-failed', reason: 'cancelled' });
  });

  test('an update downloads only the files that changed, and activating deletes the old build', async () => {
    const first = build();
    const old = startWorker(first.manifest, first.network);
    await old.extendable('install');
    await old.extendable('activate');

    const second = build({ 'learn/index.html': '<h1>Learn, version 2</h1>' });
    const storage = old.storage;
    await storage.open('someone-elses-cache');
    const next = startWorker(second.manifest, second.network, storage);
    expect(await next.extendable('install')).toBe(true);
    expect(second.network.requests.sort()).toEqual(['/learn/', '/offline-manifest.json']);
    // Both builds are kept until the new one activates: open tabs of the old one still work.
    expect([...storage.caches.keys()].sort()).toEqual(
      [`datadeal-${first.manifest.buildId}`, `datadeal-${second.manifest.buildId}`, 'someone-elses-cache'].sort(),
    );
    expect(await next.extendable('activate')).toBe(true);
    expect([...storage.caches.keys()].sort()).toEqual([`datadeal-${second.manifest.buildId}`, 'someone-elses-cache']);
    expect(next.claimed()).toBe(true);
    const learn = await next.request('/learn/', { mode: 'navigate' });
    expect(await learn?.text()).toBe('<h1>Learn, version 2</h1>');
  });

  test('pages and files come from the saved build, with no connection', async () => {
    const { manifest, network } = build();
    const worker = startWorker(manifest, network);
    await worker.extendable('install');
    await worker.extendable('activate');
    network.online = false;
    network.requests.length = 0;
    expect(await (await worker.request('/learn/', { mode: 'navigate' }))?.text()).toBe('<h1>Learn</h1>');
    // A preset link: the query is for the page's script, the page is the same.
    expect(await (await worker.request('/simulator/?consent=none', { mode: 'navigate' }))?.text()).toBe(
      '<h1>Simulator</h1>',
    );
    expect(await (await worker.request('/_astro/app.js'))?.text()).toBe('console.log("app")');
    const redirect = await worker.request('/learn', { mode: 'navigate' });
    expect(redirect?.status).toBe(301);
    expect(redirect?.headers.get('location')).toBe(`${origin}/learn/`);
    const missing = await worker.request('/no-such-page/', { mode: 'navigate' });
    expect(missing?.status).toBe(404);
    expect(await missing?.text()).toBe('<h1>Not found</h1>');
    expect(network.requests).toEqual(['/no-such-page/']);
  });

  test('leaves other origins and other methods to the browser', async () => {
    const { manifest, network } = build();
    const worker = startWorker(manifest, network);
    await worker.extendable('install');
    expect(await worker.request('https://elsewhere.example/')).toBeUndefined();
    expect(await worker.request('/learn/', { method: 'POST' })).toBeUndefined();
  });

  test('without a saved build, requests go to the network and nothing is created', async () => {
    const { manifest, network } = build();
    const worker = startWorker(manifest, network);
    expect(await (await worker.request('/learn/', { mode: 'navigate' }))?.text()).toBe('<h1>Learn</h1>');
    expect([...worker.storage.caches.keys()]).toEqual([]);
  });
});
