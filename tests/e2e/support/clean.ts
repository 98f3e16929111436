/**
 * What a page must still hold to once the visitor has used it: `pages.test.ts` checks every
 * page as it loads, so the other files call this after their own clicks and keys, where a new
 * request, a stored value or a CSP violation would first appear.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, cspViolations, storedData } from './visit';

/** What a visit has seen so far (`Visit` from `./visit`, or a test's own page). */
export interface Observed {
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
}

/**
 * No console error, no request to another origin, no CSP violation, nothing stored and, unless
 * `axe` is false, nothing axe-core finds on the page as it now stands.
 */
export async function expectClean(observed: Observed, { axe = true }: { axe?: boolean } = {}): Promise<void> {
  expect(observed.consoleErrors, 'console errors').toEqual([]);
  expect(observed.foreignRequests, 'requests to other origins').toEqual([]);
  expect(await cspViolations(observed.page), 'CSP violations').toEqual([]);
  expect(await storedData(observed.page), 'cookies and storage').toEqual({ cookies: 0, local: 0, session: 0 });
  if (axe) expect(await axeViolations(observed.page), 'axe').toEqual([]);
}
