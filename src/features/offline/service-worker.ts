/**
 * The service worker behind "make this site available offline on this device", served as
 * `/sw.js`. It is registered only when the visitor turns the switch on (offline-store.ts).
 *
 * This file is self-contained on purpose: the build (src/features/offline/integration.ts) strips its
 * types with TypeScript, writes the build id into BUILD_ID and saves it as `dist/sw.js`, a
 * classic script with no imports, so it runs in every browser that has service workers.
 *
 * Versioning. Each build has an id (a hash of every file of `dist/`) and its own cache,
 * `datadeal-<buildId>`. A new deployment changes `/sw.js` (its BUILD_ID), so the browser
 * installs the new worker beside the old one:
 * - install downloads every file the build's `/offline-manifest.json` lists into the new cache,
 *   checks each file's SHA-256 against the manifest, and fails as a whole if one file is
 *   missing or differs (say, the site was deployed again mid-download). A failed install
 *   deletes its cache and leaves the old version serving: never half a copy, never a mix;
 * - files whose hash did not change are copied from the previous cache instead of downloaded,
 *   so an update over bad wifi costs only what changed;
 * - the new worker waits (no skipWaiting) until no tab runs the old version, then activates,
 *   deletes the older caches and takes over. A page is therefore always served, with all of
 *   its scripts and styles, by the worker and cache of the build it came from.
 *
 * Strategy. Cache-first within the active version, for pages and files alike. Network-first
 * for pages would make every click wait for a network timeout on exactly the bad wifi this
 * feature is for, and could pair a new page with old assets. Freshness comes from the update
 * check the browser makes on navigation instead: a new build is fetched in the background and
 * used on the next visit. A URL the build does not have goes to the network, and offline to
 * the saved 404 page.
 */

/** Replaced by the build id when the build writes `dist/sw.js`. */
const BUILD_ID: string = '__OFFLINE_BUILD_ID__';
const CACHE_PREFIX = 'datadeal-';
const CACHE_NAME = `${CACHE_PREFIX}${BUILD_ID}`;
const MANIFEST_URL = '/offline-manifest.json';
/** Downloads at a time: fast on a good line, gentle on a shared classroom connection. */
const PARALLEL_DOWNLOADS = 6;

interface ManifestFile {
  url: string;
  sha256: string;
  bytes: number;
}

interface Manifest {
  version: 1;
  buildId: string;
  bytes: number;
  files: ManifestFile[];
}

type FailureReason = 'network' | 'changed' | 'storage' | 'cancelled' | 'unknown';

/** The parts of the service worker global scope used here (the DOM library does not type them). */
interface WorkerEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

interface WorkerFetchEvent extends WorkerEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}

interface WorkerMessageEvent extends WorkerEvent {
  readonly data: unknown;
}

interface WorkerScope {
  readonly location: { readonly origin: string };
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options: {
      type: 'window';
      includeUncontrolled: boolean;
    }): Promise<{ postMessage(message: unknown): void }[]>;
  };
  addEventListener(type: 'install' | 'activate', listener: (event: WorkerEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: WorkerFetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;

/** A failed install, with the reason the page shows. */
class SaveError extends Error {
  constructor(readonly reason: FailureReason) {
    super(reason);
  }
}

/** Set when the visitor turns offline use off while this worker is still downloading. */
let cancelled = false;

/** Tells every open tab of the site, controlled or not, how the download goes. */
async function tell(message: Record<string, unknown>): Promise<void> {
  const tabs = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const tab of tabs) tab.postMessage({ ...message, buildId: BUILD_ID });
}

function isManifest(value: unknown): value is Manifest {
  const manifest = value as Manifest;
  return (
    typeof value === 'object' &&
    value !== null &&
    manifest.version === 1 &&
    typeof manifest.buildId === 'string' &&
    Array.isArray(manifest.files) &&
    manifest.files.every((file) => typeof file.url === 'string' && typeof file.sha256 === 'string')
  );
}

async function sha256(buffer: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', buffer);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function fetchManifest(): Promise<Manifest> {
  let response: Response;
  try {
    response = await fetch(MANIFEST_URL, { cache: 'no-store' });
  } catch {
    throw new SaveError('network');
  }
  if (!response.ok) throw new SaveError('network');
  const manifest: unknown = await response.json();
  if (!isManifest(manifest)) throw new SaveError('network');
  // The manifest of another build: the site was deployed between /sw.js and now.
  if (manifest.buildId !== BUILD_ID) throw new SaveError('changed');
  return manifest;
}

/** Files of earlier saved builds, by URL, for reuse when their content did not change. */
async function previousCopies(): Promise<Map<string, { sha256: string; cache: string }>> {
  const copies = new Map<string, { sha256: string; cache: string }>();
  for (const name of await caches.keys()) {
    if (!name.startsWith(CACHE_PREFIX) || name === CACHE_NAME) continue;
    const saved = await caches.match(MANIFEST_URL, { cacheName: name });
    const manifest: unknown = await saved?.json().catch(() => null);
    if (!isManifest(manifest)) continue;
    for (const file of manifest.files) copies.set(file.url, { sha256: file.sha256, cache: name });
  }
  return copies;
}

/**
 * One file of the build, checked against its hash. The body is copied into a fresh response,
 * which drops any redirect the host made: a redirected response cannot answer a navigation.
 */
async function download(file: ManifestFile): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(file.url, { cache: 'no-cache' });
  } catch {
    throw new SaveError('network');
  }
  if (!response.ok) throw new SaveError('network');
  const body = await response.arrayBuffer();
  if ((await sha256(body)) !== file.sha256) throw new SaveError('changed');
  const type = response.headers.get('content-type');
  return new Response(body, { status: 200, headers: type ? { 'content-type': type } : {} });
}

async function install(): Promise<void> {
  try {
    const manifest = await fetchManifest();
    const copies = await previousCopies();
    const cache = await caches.open(CACHE_NAME);
    const total = manifest.files.length;
    const queue = [...manifest.files];
    let done = 0;
    await tell({ type: 'offline-progress', done, total });
    const next = async (): Promise<void> => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        if (cancelled) throw new SaveError('cancelled');
        const copy = copies.get(file.url);
        const kept = copy?.sha256 === file.sha256 ? await caches.match(file.url, { cacheName: copy.cache }) : undefined;
        const response = kept ?? (await download(file));
        try {
          await cache.put(file.url, response);
        } catch {
          throw new SaveError('storage');
        }
        done += 1;
        await tell({ type: 'offline-progress', done, total });
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, next));
    if (cancelled) throw new SaveError('cancelled');
    await cache.put(
      MANIFEST_URL,
      new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } }),
    );
    await tell({ type: 'offline-saved', total, bytes: manifest.bytes });
  } catch (error) {
    // All or nothing: a partial copy would open some pages offline and not others.
    await caches.delete(CACHE_NAME);
    await tell({ type: 'offline-failed', reason: error instanceof SaveError ? error.reason : 'unknown' });
    throw error;
  }
}

async function activate(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(
    names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME).map((name) => caches.delete(name)),
  );
  // The tab that turned offline use on is served by this worker at once, without a reload.
  await worker.clients.claim();
}

/** Looks a path up in this build's cache only; `cacheName` also avoids creating a missing cache. */
function fromCache(path: string): Promise<Response | undefined> {
  return caches.match(path, { cacheName: CACHE_NAME });
}

async function respond(request: Request, url: URL): Promise<Response> {
  const cached = await fromCache(url.pathname);
  if (cached) return cached;
  if (request.mode === 'navigate' && !url.pathname.endsWith('/') && (await fromCache(`${url.pathname}/`))) {
    // Static hosts send /learn to /learn/; do the same offline.
    return Response.redirect(new URL(`${url.pathname}/${url.search}`, url).href, 301);
  }
  try {
    return await fetch(request);
  } catch (error) {
    const notFound = request.mode === 'navigate' ? await fromCache('/404.html') : undefined;
    if (!notFound) throw error;
    return new Response(notFound.body, { status: 404, headers: notFound.headers });
  }
}

worker.addEventListener('install', (event) => event.waitUntil(install()));
worker.addEventListener('activate', (event) => event.waitUntil(activate()));
worker.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === 'offline-cancel') cancelled = true;
});
worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Only this site's own GET requests; anything else goes to the network untouched.
  if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
  event.respondWith(respond(request, url));
});

export {};
