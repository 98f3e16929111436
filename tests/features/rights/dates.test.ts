import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addBusinessDays,
  addDays,
  addMonths,
  compareDates,
  formatDate,
  isIsoDate,
  isWeekend,
  localIsoDate,
  weekdayOnOrAfter,
} from '~/features/rights/dates';

/** Any calendar date from 2000 to 2099, as the letters use them. */
const isoDates = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('isIsoDate', () => {
  test('accepts real calendar dates only', () => {
    expect(isIsoDate('2027-03-03')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const bad of [
      '2027-02-29',
      '2027-04-31',
      '2027-3-3',
      '03/03/2027',
      '',
      '0999-01-01',
      '9999-10-01',
      '2027-03-03T00:00',
    ]) {
      expect([bad, isIsoDate(bad)]).toEqual([bad, false]);
    }
  });
});

describe('addMonths', () => {
  test('ends on the same date of the next month', () => {
    expect(addMonths('2027-03-03', 1)).toBe('2027-04-03');
    expect(addMonths('2027-12-15', 1)).toBe('2028-01-15');
    expect(addMonths('2027-03-03', 3)).toBe('2027-06-03');
  });

  test("ends on the month's last day when the date does not exist there", () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-03-31', 1)).toBe('2027-04-30');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });

  test('always lands in the right month, never before the start', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: 1, max: 3 }), (date, months) => {
        const end = addMonths(date, months);
        const [y, m] = date.split('-').map(Number);
        const [ey, em] = end.split('-').map(Number);
        expect((ey - y) * 12 + (em - m)).toBe(months);
        expect(compareDates(end, date)).toBe(1);
      }),
    );
  });
});

describe('weekdays', () => {
  test('a weekend moves to the Monday, a weekday stays', () => {
    expect(isWeekend('2027-04-03')).toBe(true); // a Saturday
    expect(weekdayOnOrAfter('2027-04-03')).toBe('2027-04-05');
    expect(weekdayOnOrAfter('2027-04-04')).toBe('2027-04-05');
    expect(weekdayOnOrAfter('2027-04-05')).toBe('2027-04-05');
  });

  test('business days skip Saturdays and Sundays', () => {
    // Wednesday 3 March 2027 + 15 business days = three full weeks later.
    expect(addBusinessDays('2027-03-03', 15)).toBe('2027-03-24');
    // From a Friday, one business day is the Monday.
    expect(addBusinessDays('2027-03-05', 1)).toBe('2027-03-08');
    fc.assert(
      fc.property(isoDates, fc.integer({ min: 1, max: 30 }), (date, days) => {
        const end = addBusinessDays(date, days);
        expect(isWeekend(end)).toBe(false);
        expect(compareDates(end, addDays(date, days))).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  test('addDays crosses months and years', () => {
    expect(addDays('2027-12-20', 45)).toBe('2028-02-03');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('formatDate', () => {
  test('writes the date as a letter does in each language', () => {
    expect(formatDate('2027-03-03', 'en')).toBe('3 March 2027');
    expect(formatDate('2027-03-03', 'fr')).toBe('3 mars 2027');
  });

  test('writes the first of the month as French does, « 1er mars »', () => {
    expect(formatDate('2027-03-01', 'fr')).toBe('1er mars 2027');
    expect(formatDate('2027-03-11', 'fr')).toBe('11 mars 2027');
    expect(formatDate('2027-03-01', 'en')).toBe('1 March 2027');
  });

  test('writes the day of the ISO date, whatever the time zone', () => {
    fc.assert(
      fc.property(isoDates, (date) => {
        const [year, , day] = date.split('-').map(Number);
        expect(formatDate(date, 'en')).toMatch(new RegExp(`^${day} [A-Z][a-z]+ ${year}$`));
      }),
    );
  });

  test('refuses a date that does not exist', () => {
    expect(() => formatDate('2027-02-30', 'en')).toThrow(RangeError);
  });
});

describe('localIsoDate', () => {
  test("is the device's own calendar day", () => {
    expect(localIsoDate(new Date(2027, 2, 3, 23, 59))).toBe('2027-03-03');
    expect(localIsoDate(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01');
  });
});
