/**
 * Prop schemas shared by the trade-off map and compare wrappers (server side only: zod).
 * Lesson authors write settings the way the simulator's URL does (`consent="preferences,analytics"`,
 * `browser="blocks"`), so a link and an embed read the same; a typo fails the build with a
 * message naming the prop, instead of silently showing another profile.
 */
import { z } from 'astro/zod';
import { isOptionalCategory, normaliseConsent, optionalCategoryIds } from '~/engine/categories';
import { locales } from '~/engine/locales';
import type { BrowserMode, OptionalCategory } from '~/engine/types';

const consentHelp = `expected "none", "all" or a comma list of ${optionalCategoryIds.join(', ')}`;

/** The categories a consent string grants, or null when an item is not a category. */
export function parseConsent(value: string): OptionalCategory[] | null {
  const text = value.trim().toLowerCase();
  if (text === '' || text === 'none') return [];
  if (text === 'all') return [...optionalCategoryIds];
  const items = text
    .split(',')
    .map((item) => item.trim())
    // `necessary` is always on; naming it is harmless, as in the URL.
    .filter((item) => item !== '' && item !== 'necessary');
  return items.every(isOptionalCategory) ? normaliseConsent(items) : null;
}

/** A consent string (`none`, `all`, `preferences,analytics`), read into the categories it grants. */
export const consentSchema = z
  .string()
  .refine((value) => parseConsent(value) !== null, { message: consentHelp })
  .transform((value) => parseConsent(value) ?? []);

/** The browser, as the URL writes it: `allows` or `blocks` third-party cookies. */
export const browserSchema = z
  .enum(['allows', 'blocks'])
  .default('allows')
  .transform((value): BrowserMode =>
    value === 'blocks' ? 'blocks-third-party-cookies' : 'allows-third-party-cookies',
  );

/** How data-hungry the simulated brand is: `minimal` or `maximal`. */
export const policyEnum = z.enum(['minimal', 'maximal']);

/** The brand policy, `maximal` (what a typical site does) when absent, as in the URL. */
export const policySchema = policyEnum.default('maximal');

/** The site's locales. */
export const localeSchema = z.enum(locales);

/**
 * The props an author wrote, without the `data-astro-*` attributes Astro adds when the
 * parent has scoped styles, so strict schemas still catch a misspelt prop.
 */
export function authoredProps(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([key]) => !key.startsWith('data-astro-')));
}
