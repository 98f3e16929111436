/**
 * Learning progress, kept in this browser only and only after the visitor asks for it.
 *
 * Stored shape, under the localStorage key `datadeal:progress`:
 *   { "version": 1, "lessons": { "<locale>/<slug>": { "read": true, "quiz": { "right": 3, "total": 4 } } },
 *     "requests": [ ...notes of rights requests, see src/features/rights/request-notes.ts ] }
 * `requests` is absent until the visitor keeps a note on /rights/; its entries are checked by the
 * rights feature, which sets aside any it cannot read. A `requests` that is not a list is dropped.
 *
 * Lifecycle:
 * - Nothing is stored until the visitor turns "remember my progress" on: the key's presence
 *   IS the opt-in, so there is no separate flag to get out of step.
 * - Turning it off removes the key, which deletes everything at once.
 * - A value that does not parse, or has another version, reads as empty progress flagged
 *   `discarded` (the visitor had opted in), so the page can say so; the switch then writes
 *   empty progress over it. Reading never writes, so every element on a page sees the same.
 * - When the browser blocks storage (privacy settings, sandboxed frames), every call
 *   degrades to "not available" instead of throwing.
 */

export const progressKey = 'datadeal:progress';
const version = 1;

export interface LessonProgress {
  read?: boolean;
  quiz?: { right: number; total: number };
}

export interface Progress {
  version: typeof version;
  lessons: Record<string, LessonProgress>;
  /** Notes of rights requests, unchecked here (`src/features/rights/request-notes.ts` reads them); absent when none. */
  requests?: unknown[];
}

/** What a page learns when it reads progress. */
export type ProgressState =
  { kind: 'unavailable' } | { kind: 'off' } | { kind: 'on'; progress: Progress; discarded: boolean };

/** The browser's local storage, or null when the browser refuses access to it. */
export function browserStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    // Some browsers expose the object but throw on use (quota 0, blocked cookies).
    storage.getItem(progressKey);
    return storage;
  } catch {
    return null;
  }
}

function isLessonProgress(value: unknown): value is LessonProgress {
  if (typeof value !== 'object' || value === null) return false;
  const { read, quiz } = value as LessonProgress;
  if (read !== undefined && typeof read !== 'boolean') return false;
  if (quiz === undefined) return true;
  return (
    typeof quiz === 'object' &&
    quiz !== null &&
    Number.isInteger(quiz.right) &&
    Number.isInteger(quiz.total) &&
    quiz.right >= 0 &&
    quiz.right <= quiz.total
  );
}

/** Parses a stored value; anything unexpected gives null. */
export function parseProgress(raw: string): Progress | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { version: storedVersion, lessons, requests } = value as Partial<Progress>;
  if (storedVersion !== version || typeof lessons !== 'object' || lessons === null || Array.isArray(lessons)) {
    return null;
  }
  if (!Object.values(lessons).every(isLessonProgress)) return null;
  // The notes are another feature's; a damaged list is left out rather than costing the lessons.
  return Array.isArray(requests) ? { version, lessons, requests } : { version, lessons };
}

function emptyProgress(): Progress {
  return { version, lessons: {} };
}

/** Reads the progress; a corrupt value reads as empty and `discarded`. */
export function readProgress(storage: Storage | null): ProgressState {
  if (!storage) return { kind: 'unavailable' };
  try {
    const raw = storage.getItem(progressKey);
    if (raw === null) return { kind: 'off' };
    const progress = parseProgress(raw);
    if (progress) return { kind: 'on', progress, discarded: false };
    return { kind: 'on', progress: emptyProgress(), discarded: true };
  } catch {
    return { kind: 'unavailable' };
  }
}

/**
 * Turns remembering on (keeping what is there, replacing a corrupt value by empty progress)
 * or off (deleting it). Returns the new state.
 */
export function setRemembering(storage: Storage | null, on: boolean): ProgressState {
  if (!storage) return { kind: 'unavailable' };
  try {
    if (!on) {
      storage.removeItem(progressKey);
      return { kind: 'off' };
    }
    const current = readProgress(storage);
    if (current.kind === 'on' && !current.discarded) return current;
    storage.setItem(progressKey, JSON.stringify(emptyProgress()));
    return { kind: 'on', progress: emptyProgress(), discarded: false };
  } catch {
    return { kind: 'unavailable' };
  }
}

/**
 * Replaces the stored progress by `change(progress)`, only if the visitor opted in. What `change`
 * leaves out is gone: each feature changes its own part and passes the rest through.
 */
export function updateProgress(storage: Storage | null, change: (progress: Progress) => Progress): ProgressState {
  const state = readProgress(storage);
  if (state.kind !== 'on' || !storage) return state;
  const progress = change(state.progress);
  try {
    storage.setItem(progressKey, JSON.stringify(progress));
    return { kind: 'on', progress, discarded: false };
  } catch {
    return { kind: 'unavailable' };
  }
}

/** Records something about a lesson, only if the visitor opted in. */
export function updateLesson(storage: Storage | null, lesson: string, change: LessonProgress): ProgressState {
  return updateProgress(storage, (progress) => ({
    ...progress,
    lessons: { ...progress.lessons, [lesson]: { ...progress.lessons[lesson], ...change } },
  }));
}
