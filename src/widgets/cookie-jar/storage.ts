/**
 * What the cookie jar lists, worked out from an outcome: the storage set so far, in session
 * order, and what was not set and why. Pure functions over engine data (no runes), so tests
 * and other panels can use them too; every rule stays in the engine.
 */
import type { Blocker, Outcome, Party, Scenario, StorageContext, StorageEntry, StorageItem } from '~/engine/types';
import { fill } from '~/i18n/fill';
import type { Labels, Locale } from '~/i18n';
import { listOf } from '~/widgets/kit/intl';
import { happenedBy, stepIndexes } from '~/widgets/kit/so-far';

/** Storage of one context, in the order the session set it. */
export interface JarGroup {
  context: StorageContext;
  entries: StorageEntry[];
}

/** A storage item that was not set, with the party whose code would have set it. */
export interface WithheldStorage {
  item: StorageItem;
  setBy: Party | undefined;
  reasons: Blocker[];
}

/** The two groups, first-party first, each possibly empty. */
export const contexts: readonly StorageContext[] = ['first-party', 'third-party'];

/** The storage set by the steps up to `upToStep`, in session order. */
export function storedSoFar(scenario: Scenario, outcome: Outcome, upToStep?: number): StorageEntry[] {
  const indexes = stepIndexes(scenario.steps);
  return outcome.storage.filter((entry) => happenedBy(indexes, entry.step, upToStep));
}

/** Storage the steps up to `upToStep` would have set but did not, with the reasons. */
export function withheldSoFar(scenario: Scenario, outcome: Outcome, upToStep?: number): WithheldStorage[] {
  const indexes = stepIndexes(scenario.steps);
  const items = new Map(scenario.steps.flatMap((step) => step.storage.map((item) => [item.id, item] as const)));
  const parties = new Map(scenario.parties.map((party) => [party.id, party]));
  return outcome.withheld.flatMap((entry) => {
    const item = entry.of === 'storage' ? items.get(entry.id) : undefined;
    if (!item || !happenedBy(indexes, entry.step, upToStep)) return [];
    return [{ item, setBy: parties.get(item.setBy), reasons: entry.reasons }];
  });
}

/** One sentence per reason, e.g. "Not set: you refused Advertising." */
export function reasonText(reason: Blocker, labels: Labels<'cookieJar.' | 'category.'>, locale: Locale): string {
  switch (reason.kind) {
    case 'consent':
      return fill(labels['cookieJar.reason.consent'], {
        categories: listOf(
          locale,
          reason.missing.map((category) => labels[`category.${category}`]),
        ),
      });
    case 'browser':
      return labels['cookieJar.reason.browser'];
    case 'gpc':
      return labels['cookieJar.reason.gpc'];
    case 'policy':
      return labels['cookieJar.reason.policy'];
  }
}
