import type { site as english } from '../en/site';

/** Chaînes françaises du site (en-tête, leçons, glossaire, progression). */
export const site = {} as const satisfies Partial<Record<keyof typeof english, string>>;
