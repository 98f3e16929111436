/**
 * Small text helpers shared by the cookie jar and the data flow panels (browser-safe: no
 * dictionary, no engine). Labels arrive with their `{placeholders}` unfilled; these pick the
 * right plural form and join lists the way each language does.
 */
import { fill } from '~/i18n/fill';
import type { Locale } from '~/i18n';

/**
 * `{n} item` or `{n} items`, chosen by the language's plural rules: French puts 0 and 1 in
 * the singular, English only 1.
 */
export function countText(locale: Locale, one: string, other: string, n: number): string {
  return fill(new Intl.PluralRules(locale).select(n) === 'one' ? one : other, { n });
}

/** "A, B and C" in English, « A, B et C » in French. */
export function listText(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

/** The position of each step in the session, by step id, for "so far" filters. */
export function stepIndexes(steps: readonly { id: string }[]): ReadonlyMap<string, number> {
  return new Map(steps.map((step, i) => [step.id, i]));
}

/**
 * Whether something produced at `step` has happened by `upToStep` (an index into the
 * scenario's steps; everything has happened when it is absent).
 */
export function happenedBy(indexes: ReadonlyMap<string, number>, step: string, upToStep: number | undefined): boolean {
  if (upToStep === undefined) return true;
  const index = indexes.get(step);
  return index !== undefined && index <= upToStep;
}
