/** `client:painted` and `client:seen`: islands hydrate after the largest paint, and in view. */
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
  const element = { children: [{ id: 'a' }, { id: 'b' }] } as unknown as HTMLElement;
  return { events, load, element };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  vi.resetModules();
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
    report([{ isIntersecting: false }]);
    await settle();
    expect(events).toEqual([]);
    report([{ isIntersecting: false }, { isIntersecting: true }]);
    await settle();
    expect(disconnected).toBe(true);
    expect(events).toEqual(['load', 'hydrate']);
  });
});
