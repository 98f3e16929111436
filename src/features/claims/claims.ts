/**
 * The claims register: every time-sensitive statement the site makes (browser support, a law
 * about to take effect, a regulator's threshold), where it appears, what it was checked
 * against, and when. `content/claims.yaml` holds the entries; `src/content.config.ts` validates
 * them at build time with `claimSchema`, and `tests/content/claims.test.ts` fails once a claim
 * has gone a year without a re-check, or is past the earlier date an entry sets.
 *
 * Dates are calendar days written `YYYY-MM-DD`, compared as UTC days: no clock here, the
 * caller passes "today" in.
 */
import { z } from 'zod';

/** A calendar day, `YYYY-MM-DD`, quoted in YAML so that no parser turns it into a Date. */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day as YYYY-MM-DD');

/** One place where a claim is made. */
const placeSchema = z.strictObject({
  /** Path from the repository root, e.g. `content/lessons/en/09-browsers-and-signals.mdx`. */
  file: z.string().regex(/^(content|src)\/[\w./[\]-]+$/, 'expected a path under content/ or src/'),
  /** A few words copied from the passage, so that rewriting it without updating the register fails a test. */
  quote: z.string().trim().min(3),
});

/** One time-sensitive claim. */
export const claimSchema = z.strictObject({
  /** Stable id, kebab-case. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'),
  /** The claim in one or two sentences, as it was checked. */
  claim: z.string().trim().min(1),
  /** Every place that makes the claim, in every language. */
  appearsIn: z.array(placeSchema).min(1),
  /** The sources it was checked against, primary ones first. */
  sources: z.array(z.url()).min(1),
  /** The day someone last checked the claim against its sources. */
  checked: isoDay,
  /** An earlier day to check it again, when something is due to change (a law taking effect). */
  recheckBy: isoDay.optional(),
  /** What was checked, and what to look at next time. */
  note: z.string().trim().min(1).optional(),
});

/** The whole register: a list of claims with unique ids. */
export const claimsFileSchema = z.array(claimSchema).superRefine((claims, context) => {
  const seen = new Set<string>();
  claims.forEach((claim, i) => {
    if (seen.has(claim.id))
      context.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${claim.id}"` });
    seen.add(claim.id);
  });
});

export type Claim = z.output<typeof claimSchema>;

/** How long a claim may go without a re-check. */
export const MAX_CLAIM_AGE_YEARS = 1;

/** A claim that is due for a re-check, and the day it fell due. */
export interface StaleClaim {
  id: string;
  /** The day after which the claim counts as stale. */
  due: string;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day. */
function dayNumber(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date) / 86_400_000;
}

/** The same calendar day `years` later (29 February falls on 1 March in a common year). */
function addYears(day: string, years: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year + years, month - 1, date)).toISOString().slice(0, 10);
}

/** The last day a claim counts as fresh: a year after its check, or its `recheckBy` day if earlier. */
export function dueDay(claim: Pick<Claim, 'checked' | 'recheckBy'>): string {
  const yearLater = addYears(claim.checked, MAX_CLAIM_AGE_YEARS);
  return claim.recheckBy !== undefined && dayNumber(claim.recheckBy) < dayNumber(yearLater)
    ? claim.recheckBy
    : yearLater;
}

/** The claims that are past due on `today` (`YYYY-MM-DD`), in register order. */
export function staleClaims(
  claims: readonly Pick<Claim, 'id' | 'checked' | 'recheckBy'>[],
  today: string,
): StaleClaim[] {
  return claims.flatMap((claim) => {
    const due = dueDay(claim);
    return dayNumber(today) > dayNumber(due) ? [{ id: claim.id, due }] : [];
  });
}
