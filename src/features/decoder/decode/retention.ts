/**
 * The Open Cookie Database writes lifetimes as free English text ("2 years", "Session",
 * "End of session (browser)"). This reads the common forms so the page can say them in
 * its own language; anything else is kept as written and shown as English text.
 */

/** A unit of time the database uses. */
export type RetentionUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** A lifetime, read. */
export type Retention =
  { kind: 'session' } | { kind: 'duration'; amount: number; unit: RetentionUnit } | { kind: 'text'; text: string };

const units: Record<string, RetentionUnit> = {
  minute: 'minute',
  minutes: 'minute',
  min: 'minute',
  hour: 'hour',
  hours: 'hour',
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
};

/** Reads a lifetime as the database writes it. */
export function readRetention(text: string): Retention {
  const cleaned = text.trim();
  const lower = cleaned.toLowerCase();
  if (lower === 'session' || lower === 'end of session' || lower === 'end of session (browser)')
    return { kind: 'session' };
  const match = /^(\d{1,5})\s*([a-z]+)$/.exec(lower);
  const unit = match ? units[match[2] ?? ''] : undefined;
  if (match && unit) return { kind: 'duration', amount: Number(match[1]), unit };
  return { kind: 'text', text: cleaned };
}
