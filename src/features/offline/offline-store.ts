/**
 * "Make this site available offline on this device": what the page does, and only after the
 * visitor asks for it. The worker's side is service-worker.ts; the build's is
 * src/features/offline/integration.ts.
 *
 * Stored shape (Cache Storage and a service worker registration; no cookie, no local storage):
 * - a service worker registration, scope `/`, script `/sw.js`;
 * - one cache per saved build, named `datadeal-<buildId>`, whose keys are the site's URL paths
 *   (`/`, `/learn/what-is-a-cookie/`, `/_astro/…js`, `/404.html` …) holding each file's bytes,
 *   plus `/offline-manifest.json`:
 *   { "version": 1, "buildId": "3f0c…", "bytes": 812345,
 *     "files": [{ "url": "/learn/", "sha256": "9b1e…", "bytes": 14210 }, …] }
 *
 * Lifecycle:
 * - Nothing exists until the visitor turns the switch on. On load, a page only asks
 *   `navigator.serviceWorker.getRegistration()`, which reads and creates nothing: the
 *   registration's presence IS the opt-in, so there is no separate flag to get out of step.
 * - On: `register('/sw.js')`. The worker downloads every file of the build into its cache,
 *   checking each against the manifest's hash, and reports progress to the page. It succeeds
 *   whole or not at all: on any failure it deletes its cache, and the page unregisters it.
 * - New deployment: the browser sees a new `/sw.js` (new build id) on a later visit and
 *   installs it into a new cache while the old one keeps serving; the new one takes over only
 *   once complete and once no tab shows the old version, then deletes the old cache.
 * - Off: an installing worker is told to stop, the registration is removed, and every
 *   `datadeal-` cache is deleted.
 * - No service worker support, an insecure context (plain http on another machine), or storage
 *   blocked by the browser: reported as unavailable with the reason, and nothing is attempted.
 */

/** Every cache this feature creates starts with this; nothing else on the site uses Cache Storage. */
export const cachePrefix = 'datadeal-';
/** The worker's script; at the root so that its scope can be the whole site. */
export const workerUrl = '/sw.js';

/** Why offline use cannot be offered in this browser. */
export type UnavailableReason = 'unsupported' | 'insecure' | 'blocked';

/** Why saving failed, as the worker reports it. */
export type FailureReason = 'network' | 'changed' | 'storage' | 'cancelled' | 'unknown';

/** What a page learns about offline use on load. */
export type OfflineState =
  | { kind: 'unavailable'; reason: UnavailableReason }
  | { kind: 'off' }
  /** A worker is downloading: turned on in another tab, or updating to a new deployment. */
  | { kind: 'saving' }
  | { kind: 'on' };

/** How turning offline use on ended. */
export type SaveResult =
  { kind: 'saved'; total: number; bytes: number } | { kind: 'failed'; reason: FailureReason | UnavailableReason };

/** A message from the worker while it saves a build. */
export type WorkerMessage =
  | { type: 'offline-progress'; buildId: string; done: number; total: number }
  | { type: 'offline-saved'; buildId: string; total: number; bytes: number }
  | { type: 'offline-failed'; buildId: string; reason: FailureReason };

/** The browser parts this store uses, passed in so that tests can give fakes. */
export interface OfflineEnvironment {
  serviceWorker: ServiceWorkerContainer | undefined;
  caches: CacheStorage | undefined;
  isSecureContext: boolean;
}

/** The real browser's service worker container and cache storage, where they exist. */
export function browserEnvironment(): OfflineEnvironment {
  return {
    serviceWorker: 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
    caches: 'caches' in window ? window.caches : undefined,
    isSecureContext: window.isSecureContext,
  };
}

/** Why offline use is impossible here before anything is tried, or null when it can be tried. */
export function unavailableReason(env: OfflineEnvironment): UnavailableReason | null {
  if (!env.isSecureContext) return 'insecure';
  if (!env.serviceWorker || !env.caches) return 'unsupported';
  return null;
}

/** Whether a Cache Storage name belongs to this feature. */
export function isOfflineCache(name: string): boolean {
  return name.startsWith(cachePrefix);
}

/** Reads a worker message; anything else (another tool's message, a malformed one) gives null. */
export function parseWorkerMessage(data: unknown): WorkerMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (typeof message.buildId !== 'string') return null;
  const count = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;
  if (message.type === 'offline-progress' && count(message.done) && count(message.total)) {
    return message as WorkerMessage;
  }
  if (message.type === 'offline-saved' && count(message.total) && count(message.bytes)) return message as WorkerMessage;
  if (message.type === 'offline-failed' && typeof message.reason === 'string') {
    const reasons: FailureReason[] = ['network', 'changed', 'storage', 'cancelled'];
    const reason = reasons.includes(message.reason as FailureReason) ? (message.reason as FailureReason) : 'unknown';
    return { type: 'offline-failed', buildId: message.buildId, reason };
  }
  return null;
}

/**
 * The state on page load. Only `getRegistration()` is called: it creates no storage, so a
 * visitor who never turns the switch on never has anything stored. A browser that blocks
 * storage rejects the call, which reads as `blocked`.
 */
export async function readOfflineState(env: OfflineEnvironment): Promise<OfflineState> {
  const reason = unavailableReason(env);
  if (reason) return { kind: 'unavailable', reason };
  try {
    const registration = await env.serviceWorker!.getRegistration('/');
    if (!registration) return { kind: 'off' };
    return registration.active ? { kind: 'on' } : { kind: 'saving' };
  } catch {
    return { kind: 'unavailable', reason: 'blocked' };
  }
}

/** Resolves once `worker` reaches `activated` (true) or `redundant` (false). */
function settled(worker: ServiceWorker): Promise<boolean> {
  return new Promise((resolve) => {
    const check = () => {
      if (worker.state === 'activated') resolve(true);
      else if (worker.state === 'redundant') resolve(false);
      else return false;
      worker.removeEventListener('statechange', check);
      return true;
    };
    if (!check()) worker.addEventListener('statechange', check);
  });
}

/** Deletes every cache of this feature; what cannot be deleted is left for the next try. */
async function deleteCaches(env: OfflineEnvironment): Promise<void> {
  if (!env.caches) return;
  const names = await env.caches.keys();
  await Promise.all(names.filter(isOfflineCache).map((name) => env.caches!.delete(name)));
}

/**
 * Turns offline use on: registers the worker and waits until it has saved the whole site
 * (`onProgress` hears every file) or failed, in which case everything is removed again.
 * The worker's own messages carry the counts; its state says when it is done.
 */
export async function turnOn(
  env: OfflineEnvironment,
  onProgress: (done: number, total: number) => void,
): Promise<SaveResult> {
  const unavailable = unavailableReason(env);
  if (unavailable) return { kind: 'failed', reason: unavailable };
  const container = env.serviceWorker!;
  let saved = { total: 0, bytes: 0 };
  let failure: FailureReason = 'unknown';
  const listen = (event: MessageEvent) => {
    const message = parseWorkerMessage(event.data);
    if (message?.type === 'offline-progress') onProgress(message.done, message.total);
    else if (message?.type === 'offline-saved') saved = { total: message.total, bytes: message.bytes };
    else if (message?.type === 'offline-failed') failure = message.reason;
  };
  container.addEventListener('message', listen);
  // Messages wait in a queue until the page says it listens; after load that is automatic.
  container.startMessages();
  try {
    let registration: ServiceWorkerRegistration;
    try {
      // `updateViaCache: 'none'`: the browser always asks the host for a fresh /sw.js, so a new
      // deployment is noticed on the next visit whatever the host's cache headers say.
      registration = await container.register(workerUrl, { scope: '/', updateViaCache: 'none' });
    } catch {
      await deleteCaches(env).catch(() => undefined);
      return { kind: 'failed', reason: 'network' };
    }
    const worker = registration.installing ?? registration.waiting ?? registration.active;
    const ok = worker ? await settled(worker) : false;
    // The worker's last message and its change of state travel separately; let the message land.
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (ok) return { kind: 'saved', ...saved };
    await registration.unregister().catch(() => false);
    await deleteCaches(env).catch(() => undefined);
    return { kind: 'failed', reason: failure };
  } finally {
    container.removeEventListener('message', listen);
  }
}

/**
 * Turns offline use off: stops a download in progress, removes the registration and deletes
 * every saved copy. The page that is open keeps working from the network.
 */
export async function turnOff(env: OfflineEnvironment): Promise<void> {
  const registration = await env.serviceWorker?.getRegistration('/');
  const installing = registration?.installing;
  if (installing) {
    installing.postMessage({ type: 'offline-cancel' });
    // Give the worker a moment to stop and drop its partial cache before deleting the rest.
    await Promise.race([settled(installing), new Promise((resolve) => setTimeout(resolve, 3000))]);
  }
  await registration?.unregister();
  await deleteCaches(env);
}

/** A size for people: `840 KB`, `1.4 MB` (1 KB = 1024 bytes, like the site's budgets). */
export function formatSize(bytes: number, templates: { kb: string; mb: string }, locale: string): string {
  const format = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024 * 1024) return templates.kb.replace('{n}', format(Math.max(1, Math.round(bytes / 1024))));
  return templates.mb.replace('{n}', format(Math.round((bytes / (1024 * 1024)) * 10) / 10));
}
