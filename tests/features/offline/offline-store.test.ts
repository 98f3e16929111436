/**
 * The page side of offline use (src/features/offline/offline-store.ts), with a fake service
 * worker container and cache storage: reading the state creates nothing, turning on waits for
 * the whole save and cleans up after a failure, turning off removes every trace.
 */
import { describe, expect, test, vi } from 'vitest';
import {
  formatSize,
  isOfflineCache,
  parseWorkerMessage,
  readOfflineState,
  turnOff,
  turnOn,
  unavailableReason,
  type OfflineEnvironment,
} from '~/features/offline/offline-store';

/** A service worker whose state the test moves along. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  readonly posted: unknown[] = [];
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  moveTo(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

interface FakeRegistration {
  installing: FakeWorker | null;
  waiting: FakeWorker | null;
  active: FakeWorker | null;
  unregister: ReturnType<typeof vi.fn>;
}

function registration(parts: Partial<FakeRegistration> = {}): FakeRegistration {
  return { installing: null, waiting: null, active: null, unregister: vi.fn(() => Promise.resolve(true)), ...parts };
}

/** A container that hands out `current` and, on register, `onRegister`'s registration. */
class FakeContainer extends EventTarget {
  current: FakeRegistration | undefined;
  getRegistration = vi.fn(() => Promise.resolve(this.current));
  register = vi.fn((url: string, options: RegistrationOptions) => {
    void url;
    void options;
    return Promise.resolve(this.next);
  });
  startMessages = vi.fn();
  next: FakeRegistration = registration();
  /** Sends a message as the worker would. */
  say(data: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

function cacheStorage(names: string[]) {
  const kept = new Set(names);
  return {
    kept,
    keys: vi.fn(() => Promise.resolve([...kept])),
    delete: vi.fn((name: string) => Promise.resolve(kept.delete(name))),
    open: vi.fn(),
  };
}

function env(container: FakeContainer, caches = cacheStorage([]), isSecureContext = true) {
  return {
    serviceWorker: container as unknown as ServiceWorkerContainer,
    caches: caches as unknown as CacheStorage,
    isSecureContext,
  } satisfies OfflineEnvironment;
}

describe('unavailableReason', () => {
  test('needs a secure context, service workers and cache storage', () => {
    const container = new FakeContainer();
    expect(unavailableReason(env(container))).toBeNull();
    expect(unavailableReason(env(container, cacheStorage([]), false))).toBe('insecure');
    expect(unavailableReason({ serviceWorker: undefined, caches: undefined, isSecureContext: true })).toBe(
      'unsupported',
    );
  });
});

describe('readOfflineState', () => {
  test('asks only for the registration: it registers nothing and opens no cache', async () => {
    const container = new FakeContainer();
    const caches = cacheStorage([]);
    expect(await readOfflineState(env(container, caches))).toEqual({ kind: 'off' });
    expect(container.getRegistration).toHaveBeenCalledWith('/');
    expect(container.register).not.toHaveBeenCalled();
    expect(caches.keys).not.toHaveBeenCalled();
    expect(caches.open).not.toHaveBeenCalled();
  });

  test('reads on, saving and blocked', async () => {
    const container = new FakeContainer();
    container.current = registration({ active: new FakeWorker() });
    expect(await readOfflineState(env(container))).toEqual({ kind: 'on' });
    container.current = registration({ installing: new FakeWorker() });
    expect(await readOfflineState(env(container))).toEqual({ kind: 'saving' });
    container.getRegistration.mockRejectedValueOnce(new DOMException('insecure', 'SecurityError'));
    expect(await readOfflineState(env(container))).toEqual({ kind: 'unavailable', reason: 'blocked' });
    expect(await readOfflineState(env(container, cacheStorage([]), false))).toEqual({
      kind: 'unavailable',
      reason: 'insecure',
    });
  });
});

describe('turnOn', () => {
  test('registers /sw.js for the whole site and resolves once the saved worker is active', async () => {
    const container = new FakeContainer();
    const worker = new FakeWorker();
    container.next = registration({ installing: worker });
    const progress: [number, number][] = [];
    const result = turnOn(env(container), (done, total) => progress.push([done, total]));
    await vi.waitFor(() => expect(container.register).toHaveBeenCalled());
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/', updateViaCache: 'none' });
    container.say({ type: 'offline-progress', buildId: 'b1', done: 0, total: 3 });
    container.say({ type: 'offline-progress', buildId: 'b1', done: 3, total: 3 });
    container.say({ type: 'offline-saved', buildId: 'b1', total: 3, bytes: 2048 });
    worker.moveTo('installed');
    worker.moveTo('activating');
    worker.moveTo('activated');
    expect(await result).toEqual({ kind: 'saved', total: 3, bytes: 2048 });
    expect(progress).toEqual([
      [0, 3],
      [3, 3],
    ]);
  });

  test('a failed save unregisters the worker, deletes its caches and gives the reason', async () => {
    const container = new FakeContainer();
    const worker = new FakeWorker();
    container.next = registration({ installing: worker });
    const caches = cacheStorage(['datadeal-b1', 'not-ours']);
    const result = turnOn(env(container, caches), () => undefined);
    await vi.waitFor(() => expect(container.register).toHaveBeenCalled());
    container.say({ type: 'offline-failed', buildId: 'b1', reason: 'network' });
    worker.moveTo('redundant');
    expect(await result).toEqual({ kind: 'failed', reason: 'network' });
    expect(container.next.unregister).toHaveBeenCalled();
    expect([...caches.kept]).toEqual(['not-ours']);
  });

  test('does not try where it cannot work', async () => {
    const container = new FakeContainer();
    expect(await turnOn(env(container, cacheStorage([]), false), () => undefined)).toEqual({
      kind: 'failed',
      reason: 'insecure',
    });
    expect(container.register).not.toHaveBeenCalled();
  });
});

describe('turnOff', () => {
  test('stops a download in progress, unregisters and deletes every saved build, and only those', async () => {
    const container = new FakeContainer();
    const installing = new FakeWorker();
    container.current = registration({ installing, active: new FakeWorker() });
    const caches = cacheStorage(['datadeal-old', 'datadeal-new', 'not-ours']);
    const done = turnOff(env(container, caches));
    await vi.waitFor(() => expect(installing.posted).toEqual([{ type: 'offline-cancel' }]));
    installing.moveTo('redundant');
    await done;
    expect(container.current.unregister).toHaveBeenCalled();
    expect([...caches.kept]).toEqual(['not-ours']);
  });

  test('with nothing registered, still deletes leftover copies', async () => {
    const container = new FakeContainer();
    const caches = cacheStorage(['datadeal-orphan']);
    await turnOff(env(container, caches));
    expect([...caches.kept]).toEqual([]);
  });
});

describe('parseWorkerMessage', () => {
  test('reads the three messages of the worker and nothing else', () => {
    expect(parseWorkerMessage({ type: 'offline-progress', buildId: 'b', done: 2, total: 9 })).toEqual({
      type: 'offline-progress',
      buildId: 'b',
      done: 2,
      total: 9,
    });
    expect(parseWorkerMessage({ type: 'offline-saved', buildId: 'b', total: 9, bytes: 100 })).not.toBeNull();
    expect(parseWorkerMessage({ type: 'offline-failed', buildId: 'b', reason: 'storage' })).toEqual({
      type: 'offline-failed',
      buildId: 'b',
      reason: 'storage',
    });
    expect(parseWorkerMessage({ type: 'offline-failed', buildId: 'b', reason: '<img>' })).toMatchObject({
      reason: 'unknown',
    });
    for (const junk of [null, 'offline-progress', { type: 'offline-progress', buildId: 'b', done: -1, total: 2 }, {}]) {
      expect(parseWorkerMessage(junk)).toBeNull();
    }
  });
});

describe('isOfflineCache and formatSize', () => {
  test('our caches are the datadeal- ones', () => {
    expect(isOfflineCache('datadeal-0123')).toBe(true);
    expect(isOfflineCache('workbox-precache')).toBe(false);
  });

  test('sizes read as KB under a megabyte, MB with one decimal above', () => {
    const templates = { kb: '{n} KB', mb: '{n} MB' };
    expect(formatSize(300, templates, 'en')).toBe('1 KB');
    expect(formatSize(840 * 1024, templates, 'en')).toBe('840 KB');
    expect(formatSize(4.44 * 1024 * 1024, templates, 'en')).toBe('4.4 MB');
    expect(formatSize(4.44 * 1024 * 1024, { kb: '{n} Ko', mb: '{n} Mo' }, 'fr')).toBe('4,4 Mo');
  });
});
