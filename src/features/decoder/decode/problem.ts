/**
 * What the decoders return when the pasted text cannot be read: a problem with a
 * string-literal `code` that the page turns into a sentence (which part is wrong, what
 * was expected), never an exception. Nothing pasted is echoed in full: `found` holds at
 * most a short, cleaned fragment.
 */

/** Longest fragment of the pasted text a problem may quote, in characters. */
export const QUOTE_MAX_LENGTH = 24;

/** Why a paste could not be read. */
export interface Problem {
  /** What went wrong; the page's dictionary has one sentence per code. */
  code: string;
  /** Placeholders for the sentence: positions, counts, a short quoted fragment. */
  params: Record<string, string | number>;
}

/** A decoder's answer: the value, or the problem that stopped it. */
export type Decoded<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** A problem with its placeholders. */
export function problem(code: string, params: Record<string, string | number> = {}): { ok: false; problem: Problem } {
  return { ok: false, problem: { code, params } };
}

/**
 * A short, printable quote of untrusted text: control characters, bidirectional marks
 * and lone surrogates shown as `�`, cut to `max` characters with an ellipsis. The page
 * shows it as text, never as HTML.
 */
export function quote(text: string, max = QUOTE_MAX_LENGTH): string {
  const cleaned = text.replace(/[\p{Cc}\p{Cs}\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu, '\uFFFD');
  const characters = Array.from(cleaned);
  return characters.length > max ? `${characters.slice(0, max).join('')}…` : cleaned;
}
