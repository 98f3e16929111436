/**
 * `client:painted` and `client:seen`: islands hydrate after the largest paint, and in view; the
 * seen directive imports the island element's code after the paint when the build moved it out.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

type Directive = typeof import('../../src/integrations/painted-directive').default;

let paint: () => void = () => {};
vi.mock('../../src/integrations/wait-for-paint', () => ({
  waitForPaint: () => new Promise<void>((resolve) => (paint = resolve)),
}));

/** A stand-in island and the load/hydrate pair Astro hands a directive. */
function island() {
  const events: string[] = [];
  const load: Parameters<Directive>[0] = () => {
    events.push('load');
    return Promise.resolve(() => {
      events.push('hydrate');
      return Promise.resolve();
    });
  };
  const listeners = new Map<string, (event: Event) => void>();
  const element = {
    children: [{ id: 'a' }, { id: 'b' }],
    dataset: {},
    addEventListener: (type: string, listener: (event: Event) => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
  } as unknown as HTMLElement;
  return { events, load, element, listeners };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The document's listeners, as the directives add and remove them. */
let listening: Set<string>;

beforeEach(() => {
  vi.resetModules();
  listening = new Set();
  // The directive's script as it runs: inline, with no element code named.
  vi.stubGlobal('document', {
    currentScript: null,
    addEventListener: (type: string) => listening.add(type),
    removeEventListener: (type: string) => listening.delete(type),
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('client:painted', () => {
  test('hydrates once the largest paint is on screen, not before', async () => {
    const { default: painted } = await import('../../src/integrations/painted-directive');
    const { events, load, element } = island();
    void painted(load, { name: 'painted', value: '' }, element);
    await settle();
    expect(events).toEqual([]);
    paint();
    await settle();
    expect(events).toEqual(['load', 'hydrate']);
  });
});

describe('a tap before the island has hydrated', () => {
  /** A stand-in control: a button (an `HTMLButtonElement`) or another control, such as a switch. */
  const control = (kind: 'button' | 'switch') =>
    kind === 'button'
      ? (Object.setPrototypeOf({ click: vi.fn() }, HTMLButtonElement.prototype) as { click: () => void })
      : { click: vi.fn() };
  const tapper = (listeners: Map<string, (event: Event) => void>) => (target: unknown) =>
    listeners.get('click')?.({ target: { closest: () => target } } as unknown as Event);

  beforeEach(() => {
    vi.stubGlobal('HTMLButtonElement', class {});
  });

  test('presses the last button tapped again once it has, and then stops listening', async () => {
    const { default: painted } = await import('../../src/integrations/painted-directive');
    const { events, load, element, listeners } = island();
    void painted(load, { name: 'painted', value: '' }, element);
    const accept = control('button');
    const save = control('button');
    const tap = tapper(listeners);
    tap(accept);
    tap(null); // a tap on no control at all changes nothing
    tap(save);
    tap(null);
    paint();
    await settle();
    expect(events).toEqual(['load', 'hydrate']);
    await settle();
    expect(accept.click).not.toHaveBeenCalled();
    expect(save.click).toHaveBeenCalledTimes(1);
    expect(listeners.has('click')).toBe(false);
  });

  test('a switch tapped after a button means the visitor moved on: nothing is pressed', async () => {
    const { default: painted } = await import('../../src/integrations/painted-directive');
    const { load, element, listeners } = island();
    void painted(load, { name: 'painted', value: '' }, element);
    const accept = control('button');
    const tap = tapper(listeners);
    tap(accept);
    tap(control('switch'));
    paint();
    await settle();
    await settle();
    expect(accept.click).not.toHaveBeenCalled();
  });

  test('presses nothing when nothing was tapped', async () => {
    const { default: painted } = await import('../../src/integrations/painted-directive');
    const { load, element, listeners } = island();
    void painted(load, { name: 'painted', value: '' }, element);
    paint();
    await settle();
    await settle();
    expect(listeners.size).toBe(0);
  });
});

describe('props set aside in a file (island-props.ts)', () => {
  test('client:painted fetches them after the paint, with the island’s code, and hydrates once both are in', async () => {
    let answer: (text: string) => void = () => {};
    const fetch = vi.fn(() => Promise.resolve({ text: () => new Promise<string>((resolve) => (answer = resolve)) }));
    vi.stubGlobal('fetch', fetch);
    const { default: painted } = await import('../../src/integrations/painted-directive');
    const { events, load } = island();
    const attributes = new Map<string, string>();
    const element = {
      dataset: { propsSrc: '/_astro/props/0123456789abcdef.json' },
      setAttribute: (name: string, value: string) => (events.push(`set ${name}`), attributes.set(name, value)),
      addEventListener: () => {},
      removeEventListener: () => {},
    } as unknown as HTMLElement;
    void painted(load, { name: 'painted', value: '' }, element);
    await settle();
    expect(fetch).not.toHaveBeenCalled();
    paint();
    await settle();
    expect(fetch).toHaveBeenCalledWith('/_astro/props/0123456789abcdef.json');
    expect(events).toEqual(['load']);
    answer('{"words":[0,"hello"]}');
    await settle();
    expect(events).toEqual(['load', 'set props', 'hydrate']);
    expect(attributes.get('props')).toBe('{"words":[0,"hello"]}');
  });
});

describe('client:seen', () => {
  test('after the paint, watches the island’s children and hydrates once one is in view', async () => {
    const observed: unknown[] = [];
    let report: (entries: { isIntersecting: boolean }[]) => void = () => {};
    let disconnected = false;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: typeof report) {
          report = callback;
        }
        observe(target: unknown) {
          observed.push(target);
        }
        disconnect() {
          disconnected = true;
        }
      },
    );
    const { default: visible } = await import('../../src/integrations/seen-directive');
    const { events, load, element } = island();
    void visible(load, { name: 'seen', value: '' }, element);
    await settle();
    expect(observed).toEqual([]);
    paint();
    await settle();
    expect(observed).toEqual([...element.children]);
    // Keyboard focus near the island wakes it too (tests/e2e/pages.test.ts, "Tab reaches a widget").
    expect(listening).toContain('focusin');
    report([{ isIntersecting: false }]);
    await settle();
    expect(events).toEqual([]);
    report([{ isIntersecting: false }, { isIntersecting: true }]);
    await settle();
    expect(disconnected).toBe(true);
    expect(listening).not.toContain('focusin');
    expect(events).toEqual(['load', 'hydrate']);
  });
});

describe('the island element’s code set aside (island-scripts.ts)', () => {
  test('client:seen imports the file its script names once the paint is reported, and not before', async () => {
    const url = 'data:text/javascript,globalThis.islandElementImported%3Dtrue';
    vi.stubGlobal('islandElementImported', false);
    vi.stubGlobal('document', { currentScript: { dataset: { islandElement: url } } });
    await import('../../src/integrations/seen-directive');
    await settle();
    expect(globalThis).toHaveProperty('islandElementImported', false);
    paint();
    await vi.waitFor(() => expect(globalThis).toHaveProperty('islandElementImported', true));
  });

  test('a directive whose script names no file imports nothing', async () => {
    const { importIslandElement } = await import('../../src/integrations/island-element');
    vi.stubGlobal('document', { currentScript: { dataset: {} } });
    const painted = { then: vi.fn() };
    importIslandElement(painted as unknown as Promise<void>);
    expect(painted.then).not.toHaveBeenCalled();
  });
});
