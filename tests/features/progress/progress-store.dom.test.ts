import { beforeEach, describe, expect, test } from 'vitest';
import {
  parseProgress,
  progressKey,
  readProgress,
  setRemembering,
  updateLesson,
} from '~/features/progress/progress-store';

/** A Storage whose every call throws, as when the browser blocks site data. */
const blocked = new Proxy({} as Storage, {
  get() {
    throw new DOMException('blocked', 'SecurityError');
  },
});

beforeEach(() => localStorage.clear());

describe('progress store', () => {
  test('stores nothing until the visitor turns remembering on', () => {
    expect(readProgress(localStorage)).toEqual({ kind: 'off' });
    expect(updateLesson(localStorage, 'en/what-is-a-cookie', { read: true })).toEqual({ kind: 'off' });
    expect(localStorage.length).toBe(0);
  });

  test('remembers lessons and quiz scores once on', () => {
    setRemembering(localStorage, true);
    updateLesson(localStorage, 'en/what-is-a-cookie', { read: true });
    const state = updateLesson(localStorage, 'en/what-is-a-cookie', { quiz: { right: 3, total: 4 } });
    expect(state).toEqual({
      kind: 'on',
      discarded: false,
      progress: { version: 1, lessons: { 'en/what-is-a-cookie': { read: true, quiz: { right: 3, total: 4 } } } },
    });
    expect(readProgress(localStorage)).toEqual(state);
  });

  test('turning remembering off deletes everything', () => {
    setRemembering(localStorage, true);
    updateLesson(localStorage, 'en/first-party-data', { read: true });
    expect(setRemembering(localStorage, false)).toEqual({ kind: 'off' });
    expect(localStorage.getItem(progressKey)).toBeNull();
  });

  test.each([
    ['not JSON', '{oops'],
    ['another version', '{"version":0,"lessons":{}}'],
    ['a wrong shape', '{"version":1,"lessons":[]}'],
    ['an impossible score', '{"version":1,"lessons":{"en/x":{"quiz":{"right":5,"total":4}}}}'],
    ['null', 'null'],
  ])('discards %s and keeps the opt-in', (_name, raw) => {
    localStorage.setItem(progressKey, raw);
    expect(readProgress(localStorage)).toEqual({ kind: 'on', discarded: true, progress: { version: 1, lessons: {} } });
    expect(localStorage.getItem(progressKey)).toBe(raw);
    expect(setRemembering(localStorage, true)).toEqual({
      kind: 'on',
      discarded: false,
      progress: { version: 1, lessons: {} },
    });
    expect(parseProgress(localStorage.getItem(progressKey)!)).toEqual({ version: 1, lessons: {} });
  });

  test('a browser that blocks storage makes every call report unavailable, never throw', () => {
    expect(readProgress(blocked)).toEqual({ kind: 'unavailable' });
    expect(setRemembering(blocked, true)).toEqual({ kind: 'unavailable' });
    expect(updateLesson(blocked, 'en/x', { read: true })).toEqual({ kind: 'unavailable' });
    expect(readProgress(null)).toEqual({ kind: 'unavailable' });
  });

  test("keeps another feature's notes through lesson updates, and drops a notes value that is not a list", () => {
    localStorage.setItem(progressKey, '{"version":1,"lessons":{},"requests":[{"id":"n1"}]}');
    updateLesson(localStorage, 'en/your-rights', { read: true });
    expect(JSON.parse(localStorage.getItem(progressKey)!)).toEqual({
      version: 1,
      lessons: { 'en/your-rights': { read: true } },
      requests: [{ id: 'n1' }],
    });
    expect(parseProgress('{"version":1,"lessons":{"en/x":{"read":true}},"requests":"oops"}')).toEqual({
      version: 1,
      lessons: { 'en/x': { read: true } },
    });
  });
});
