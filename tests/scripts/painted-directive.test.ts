/** `client:painted`: islands hydrate once the paint gate opens, and "visible" ones once also in view. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import painted from '../../src/integrations/painted-directive';

type Directive = Parameters<typeof painted>;

/** A stand-in island and the load/hydrate pair Astro hands a directive. */
function island(value: string | boolean) {
  const events: string[] = [];
  const load: Directive[0] = () => {
    events.push('load');
    return Promise.resolve(() => {
      events.push('hydrate');
      return Promise.resolve();
    });
  };
  const children = [{ id: 'a' }, { id: 'b' }];
  const element = { children } as unknown as HTMLElement;
  return { events, load, element, options: { name: 'painted', value } as Directive[1] };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('client:painted', () => {
  test('waits for the paint gate, then hydrates', async () => {
    let open: () => void = () => {};
    vi.stubGlobal('dataDealPainted', new Promise<void>((resolve) => (open = resolve)));
    const { events, load, element, options } = island(true);
    void painted(load, options, element);
    await settle();
    expect(events).toEqual([]);
    open();
    await settle();
    expect(events).toEqual(['load', 'hydrate']);
  });

  test('without a gate (astro dev) hydrates at once', async () => {
    const { events, load, element, options } = island(true);
    void painted(load, options, element);
    await settle();
    expect(events).toEqual(['load', 'hydrate']);
  });

  test('"visible" watches the island’s children after the gate and hydrates once one is in view', async () => {
    vi.stubGlobal('dataDealPainted', Promise.resolve());
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
    const { events, load, element, options } = island('visible');
    void painted(load, options, element);
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
