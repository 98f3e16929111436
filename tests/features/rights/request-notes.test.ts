import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { progressKey, setRemembering, updateLesson } from '~/features/progress/progress-store';
import { deleteNote, keepNote, maxNotes, parseNote, readNotes, type NewNote } from '~/features/rights/request-notes';

/** An in-memory Storage, as a browser's localStorage behaves. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

/** The stored progress value, parsed. */
const stored = (storage: Storage) =>
  JSON.parse(storage.getItem(progressKey)!) as { lessons: Record<string, unknown>; requests: object[] };

/** A Storage whose every call throws, as when the browser blocks site data. */
const blocked = new Proxy({} as Storage, {
  get() {
    throw new DOMException('blocked', 'SecurityError');
  },
});

const note: NewNote = { law: 'gdpr', asks: ['access'], company: 'Threadline', sent: '2027-03-03', due: '2027-04-05' };

describe('request notes', () => {
  test('nothing is kept while progress is off', () => {
    const storage = memoryStorage();
    expect(readNotes(storage)).toEqual({ kind: 'off' });
    expect(keepNote(storage, note)).toEqual({ kind: 'off' });
    expect(storage.length).toBe(0);
  });

  test('blocked storage reads as unavailable, and nothing throws', () => {
    expect(readNotes(blocked)).toEqual({ kind: 'unavailable' });
    expect(keepNote(blocked, note)).toEqual({ kind: 'unavailable' });
    expect(deleteNote(blocked, 'n1')).toEqual({ kind: 'unavailable' });
    expect(readNotes(null)).toEqual({ kind: 'unavailable' });
  });

  test('keeps dated notes beside the lessons, earliest due first, and deletes one at a time', () => {
    const storage = memoryStorage();
    setRemembering(storage, true);
    updateLesson(storage, 'en/your-rights', { read: true });
    keepNote(storage, note);
    const state = keepNote(storage, {
      law: 'ccpa',
      asks: ['opt-out', 'know'],
      company: 'Acme',
      sent: '2027-03-04',
      due: '2027-03-25',
    });
    expect(state).toEqual({
      kind: 'on',
      setAside: 0,
      notes: [
        { id: 'n2', law: 'ccpa', asks: ['know', 'opt-out'], company: 'Acme', sent: '2027-03-04', due: '2027-03-25' },
        { id: 'n1', ...note },
      ],
    });
    // A lesson read later keeps the notes, and the notes keep the lesson.
    updateLesson(storage, 'en/browsers-and-signals', { read: true });
    expect(readNotes(storage)).toEqual(state);
    expect(Object.keys(stored(storage).lessons)).toEqual(['en/your-rights', 'en/browsers-and-signals']);

    expect(deleteNote(storage, 'n2')).toEqual({ kind: 'on', setAside: 0, notes: [{ id: 'n1', ...note }] });
    expect(deleteNote(storage, 'n1')).toEqual({ kind: 'on', setAside: 0, notes: [] });
  });

  test('keeps only what the note needs, cleaned', () => {
    const storage = memoryStorage();
    setRemembering(storage, true);
    const state = keepNote(storage, { ...note, company: ' \u202eThread\u0000line ' });
    expect(state).toMatchObject({ notes: [{ company: 'Threadline' }] });
    expect(Object.keys(stored(storage).requests[0]).sort()).toEqual(['asks', 'company', 'due', 'id', 'law', 'sent']);
  });

  test('turning progress off deletes the notes with everything else', () => {
    const storage = memoryStorage();
    setRemembering(storage, true);
    keepNote(storage, note);
    setRemembering(storage, false);
    expect(storage.getItem(progressKey)).toBeNull();
    expect(readNotes(storage)).toEqual({ kind: 'off' });
  });

  test('keeps at most the newest notes', () => {
    const storage = memoryStorage();
    setRemembering(storage, true);
    for (let i = 0; i < maxNotes + 3; i += 1) keepNote(storage, note);
    const state = readNotes(storage);
    expect(state.kind === 'on' && state.notes.length).toBe(maxNotes);
    expect(state.kind === 'on' && state.notes.map((kept) => kept.id)).not.toContain('n1');
  });
});

describe('damaged notes', () => {
  const withRequests = (requests: unknown) =>
    JSON.stringify({ version: 1, lessons: { 'en/your-rights': { read: true } }, requests });

  test.each([
    ['not an object', ['note']],
    ['an unknown law', [{ ...note, id: 'n1', law: 'lgpd' }]],
    ['a request of the other law', [{ ...note, id: 'n1', asks: ['opt-out'] }]],
    ['no request', [{ ...note, id: 'n1', asks: [] }]],
    ['an impossible date', [{ ...note, id: 'n1', sent: '2027-02-30' }]],
    ['a due date before the letter', [{ ...note, id: 'n1', due: '2027-01-01' }]],
    ['a bad id', [{ ...note, id: '<img>' }]],
    ['a company with control characters', [{ ...note, id: 'n1', company: 'a\u0000b' }]],
    [
      'a twice-used id',
      [
        { ...note, id: 'n1' },
        { ...note, id: 'n1' },
      ],
    ],
  ])('a note with %s is set aside, the rest stays', (_what, damaged) => {
    const storage = memoryStorage();
    storage.setItem(progressKey, withRequests([{ ...note, id: 'n7' }, ...(damaged as unknown[])]));
    const state = readNotes(storage);
    expect(state).toMatchObject({ kind: 'on', setAside: 1 });
    expect(state.kind === 'on' && state.notes.map((kept) => kept.id)).toContain('n7');
    // Reading never writes; the next change writes back only the notes that read.
    const before = storage.getItem(progressKey);
    readNotes(storage);
    expect(storage.getItem(progressKey)).toBe(before);
    keepNote(storage, note);
    expect(readNotes(storage)).toMatchObject({ kind: 'on', setAside: 0 });
  });

  test('a notes list that is not a list is dropped, and the lessons survive', () => {
    const storage = memoryStorage();
    storage.setItem(progressKey, withRequests({ n1: note }));
    expect(readNotes(storage)).toEqual({ kind: 'on', setAside: 0, notes: [] });
    expect(stored(storage).lessons).toEqual({ 'en/your-rights': { read: true } });
    expect(keepNote(storage, note)).toMatchObject({ notes: [{ id: 'n1' }] });
  });

  test('whatever is stored, reading the notes never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.anything().map((value) => JSON.stringify({ version: 1, lessons: {}, requests: value }) ?? ''),
        ),
        (raw) => {
          const storage = memoryStorage();
          storage.setItem(progressKey, raw);
          const state = readNotes(storage);
          expect(state.kind).toBe('on');
          if (state.kind === 'on') for (const kept of state.notes) expect(parseNote(kept)).toEqual(kept);
          expect(() => keepNote(storage, note)).not.toThrow();
        },
      ),
    );
  });
});
