/** The moment scripts and islands wait for: the first largest-contentful-paint report. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { waitForPaint } from '../../src/integrations/wait-for-paint';

/** Stubs the browser parts the wait uses; `lcp` says whether LCP is reported. */
function browser(lcp: boolean) {
  const events: string[] = [];
  const timers: (() => void)[] = [];
  let reportPaint = () => {};
  vi.stubGlobal('setTimeout', (callback: () => void, delay = 0) => {
    events.push(`timer ${delay}`);
    if (delay === 0) callback();
    else timers.push(callback);
  });
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => {
    events.push('frame');
    callback();
  });
  vi.stubGlobal(
    'PerformanceObserver',
    Object.assign(
      class {
        constructor(callback: () => void) {
          reportPaint = callback;
        }
        observe(options: { type: string; buffered: boolean }) {
          events.push(`observe ${options.type}${options.buffered ? ', buffered' : ''}`);
        }
      },
      { supportedEntryTypes: lcp ? ['paint', 'largest-contentful-paint'] : ['paint'] },
    ),
  );
  return { events, fireTimers: () => timers.forEach((timer) => timer()), paint: () => reportPaint() };
}

/** Whether the promise has settled once pending microtasks ran. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('waitForPaint', () => {
  test('resolves at the first LCP report, including one buffered before it was called', async () => {
    const { events, paint } = browser(true);
    const waiting = waitForPaint();
    expect(events).toEqual(['timer 3000', 'observe largest-contentful-paint, buffered']);
    expect(await settled(waiting)).toBe(false);
    paint();
    expect(await settled(waiting)).toBe(true);
  });

  test('without LCP reports, resolves after two frames', async () => {
    const { events } = browser(false);
    const waiting = waitForPaint();
    expect(await settled(waiting)).toBe(true);
    expect(events).toEqual(['timer 3000', 'frame', 'frame', 'timer 0']);
  });

  test('resolves after 3 s when no paint is reported, as in a tab opened in the background', async () => {
    const { fireTimers } = browser(true);
    const waiting = waitForPaint();
    expect(await settled(waiting)).toBe(false);
    fireTimers();
    expect(await settled(waiting)).toBe(true);
  });
});
