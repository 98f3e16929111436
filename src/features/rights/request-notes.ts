/**
 * Dated notes of the rights requests a visitor sent: "asked Threadline for access on 3 March 2027,
 * answer due by 1 April 2027". Kept only when the visitor asks, and only where "remember my progress
 * on this device" already keeps things (`src/features/progress/progress-store.ts`).
 *
 * Stored shape: the `requests` list inside the progress value (`datadeal:progress`):
 *   [{ "id": "n1", "law": "gdpr", "asks": ["access"], "company": "Threadline",
 *      "sent": "2027-03-03", "due": "2027-04-05" }]
 * Only the company's name, the requests, the date sent and the first date due are kept: never the
 * contact, the identifiers or the name the visitor typed into the letter.
 *
 * Lifecycle:
 * - Nothing is kept while progress is off; the page offers the note only when it is on.
 * - Keeping a note adds one; each note has its own delete button; turning progress off (on
 *   /privacy/) deletes every note with the rest of the progress.
 * - A note that does not read back (wrong shape, impossible date, unknown request) is set aside and
 *   counted, never fatal; the next note kept or deleted writes back only the notes that read.
 * - Storage blocked by the browser reads as "unavailable", and nothing throws.
 */
import { readProgress, updateProgress, type ProgressState } from '~/features/progress/progress-store';
import { compareDates, isIsoDate, type IsoDate } from './dates';
import { asksByLaw, asksFor, cleanField, laws, type Ask, type Law } from './letter';

/** One kept note. */
export interface RequestNote {
  /** `n` and a number, unique among the notes. */
  id: string;
  /** The law the request rested on. */
  law: Law;
  /** What was asked, in the letter's order. */
  asks: Ask[];
  /** The company written to, cleaned as the letter cleans it; may be empty. */
  company: string;
  /** The day the letter was sent. */
  sent: IsoDate;
  /** The first date something is due. */
  due: IsoDate;
}

/** What the rights page learns about the notes. */
export type NotesState =
  | { kind: 'unavailable' }
  | { kind: 'off' }
  | {
      kind: 'on';
      /** The notes that read, the earliest due first. */
      notes: RequestNote[];
      /** How many stored notes could not be read and were set aside. */
      setAside: number;
    };

/** The most notes kept: enough for anyone's requests, small enough that storage stays tiny. */
export const maxNotes = 50;

/** A stored value as a note, or null when it is not one. */
export function parseNote(value: unknown): RequestNote | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { id, law, asks, company, sent, due } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !/^n\d{1,9}$/.test(id)) return null;
  if (typeof law !== 'string' || !(laws as readonly string[]).includes(law)) return null;
  if (!Array.isArray(asks) || asks.length === 0) return null;
  if (!asks.every((ask) => typeof ask === 'string' && (asksByLaw[law as Law] as readonly string[]).includes(ask)))
    return null;
  if (typeof company !== 'string' || cleanField(company, 'company') !== company) return null;
  if (typeof sent !== 'string' || !isIsoDate(sent) || typeof due !== 'string' || !isIsoDate(due)) return null;
  if (compareDates(due, sent) < 0) return null;
  return { id, law: law as Law, asks: asksFor(law as Law, asks as Ask[]), company, sent, due };
}

/** The notes of a progress state, the readable ones sorted by due date, and how many were set aside. */
function notesOf(state: ProgressState): NotesState {
  if (state.kind !== 'on') return state;
  const stored = state.progress.requests ?? [];
  const notes = stored.map(parseNote).filter((note): note is RequestNote => note !== null);
  const unique = notes.filter((note, index) => notes.findIndex((other) => other.id === note.id) === index);
  unique.sort((a, b) => compareDates(a.due, b.due) || compareDates(a.sent, b.sent));
  return { kind: 'on', notes: unique, setAside: stored.length - unique.length };
}

/** Reads the notes; never writes. */
export function readNotes(storage: Storage | null): NotesState {
  return notesOf(readProgress(storage));
}

/** A note to keep, before it has an id. */
export type NewNote = Omit<RequestNote, 'id'>;

/** Keeps a note, if progress is on; returns the notes as they now stand. Unreadable notes are dropped. */
export function keepNote(storage: Storage | null, note: NewNote): NotesState {
  const current = readNotes(storage);
  if (current.kind !== 'on') return current;
  const next = Math.max(0, ...current.notes.map((kept) => Number(kept.id.slice(1)))) + 1;
  const clean = parseNote({ ...note, id: `n${next}`, company: cleanField(note.company, 'company') });
  if (!clean) return current;
  // The oldest notes make room when the list is full.
  const notes = [...current.notes.sort((a, b) => compareDates(a.sent, b.sent)), clean].slice(-maxNotes);
  return notesOf(updateProgress(storage, (progress) => ({ ...progress, requests: notes })));
}

/** Deletes one note, if progress is on; unreadable notes are dropped at the same time. */
export function deleteNote(storage: Storage | null, id: string): NotesState {
  const current = readNotes(storage);
  if (current.kind !== 'on') return current;
  const notes = current.notes.filter((note) => note.id !== id);
  return notesOf(updateProgress(storage, (progress) => ({ ...progress, requests: notes })));
}
