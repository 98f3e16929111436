/**
 * Calendar dates for the rights letters: ISO `YYYY-MM-DD` strings, computed in UTC so that the
 * result never depends on the device's time zone. Pure: no clock is read here; every date comes in
 * as an argument, and the island that calls these reads the clock itself.
 */
import type { Locale } from '~/i18n';
import { dateOf } from '~/widgets/kit/intl-dates';

/** A calendar date written `YYYY-MM-DD`, with no time and no time zone. */
export type IsoDate = string;

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date as a UTC midnight, or null when `text` is not a real calendar date. */
function toUtc(text: string): Date | null {
  const match = isoPattern.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 April over to 1 May; a real date reads back unchanged.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

function required(text: IsoDate): Date {
  const date = toUtc(text);
  if (!date) throw new RangeError(`not a calendar date: ${JSON.stringify(text)}`);
  return date;
}

/**
 * Whether `text` is a real calendar date written `YYYY-MM-DD`, years 1000 to 9998: a letter's
 * deadlines run months past its date, and must still be dates of four-digit years.
 */
export function isIsoDate(text: string): text is IsoDate {
  const date = toUtc(text);
  return date !== null && date.getUTCFullYear() >= 1000 && date.getUTCFullYear() <= 9998;
}

/** The date `days` calendar days after `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const start = required(date);
  start.setUTCDate(start.getUTCDate() + days);
  return fromUtc(start);
}

/**
 * The same day of the month, `months` months later; when that month is shorter, its last day
 * (3 March gives 3 April, 31 January gives 28 or 29 February). This is how the EU's general rules on
 * time limits end a period counted in months (Regulation 1182/71, Article 3(2)(c)).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const start = required(date);
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return fromUtc(target);
}

/** Whether the date is a Saturday or a Sunday. */
export function isWeekend(date: IsoDate): boolean {
  const day = required(date).getUTCDay();
  return day === 0 || day === 6;
}

/**
 * The date itself on a weekday; the Monday after on a Saturday or a Sunday. A period that would end
 * on a weekend ends on the next working day (Regulation 1182/71, Article 3(4)). Public holidays, which
 * differ from country to country, are not known here.
 */
export function weekdayOnOrAfter(date: IsoDate): IsoDate {
  let day = date;
  while (isWeekend(day)) day = addDays(day, 1);
  return day;
}

/** The date `days` working days (Monday to Friday) after `date`; public holidays are not known here. */
export function addBusinessDays(date: IsoDate, days: number): IsoDate {
  let day = date;
  for (let counted = 0; counted < days;) {
    day = addDays(day, 1);
    if (!isWeekend(day)) counted += 1;
  }
  return day;
}

/** Negative, zero or positive as `a` comes before, on or after `b` (ISO dates sort as text). */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The date in words, the way a letter in that language writes it: "3 March 2027", "3 mars 2027". */
export function formatDate(date: IsoDate, locale: Locale): string {
  return dateOf(locale, required(date));
}

/** A device's local calendar date as an ISO date (what "today" means to the person at the keyboard). */
export function localIsoDate(moment: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
