/**
 * Views derived from several simulations: the marginal value of each category (what one
 * switch changes, everything else equal) and the comparison of all 32 consent profiles
 * (the trade-off map). Both only call `simulate`, so they can never disagree with it.
 */
import { optionalCategoryIds } from './categories.ts';
import { consentKey } from './params.ts';
import { simulate } from './simulate.ts';
import type { MarginalValue, Outcome, ProfileComparison, ProfileSummary, Scenario, Settings } from './types.ts';

/** The defaults of `compareProfiles`: the brand, browser and GPC setting a typical visitor meets. */
export const defaultComparisonBase: Readonly<Omit<Settings, 'consent'>> = Object.freeze({
  policy: 'maximal',
  browser: 'allows-third-party-cookies',
  gpc: false,
});

/**
 * For each optional category, in category order: if it is refused in `settings`, what
 * granting it would add; if it is granted, what revoking it would lose. Experiences,
 * data points, storage and recipients are listed by id, in scenario order.
 */
export function marginalValue(scenario: Scenario, settings: Settings): MarginalValue[] {
  const current = simulate(scenario, settings);
  return optionalCategoryIds.map((category): MarginalValue => {
    const granted = current.settings.consent.includes(category);
    const flipped = simulate(scenario, {
      ...settings,
      consent: granted
        ? current.settings.consent.filter((c) => c !== category)
        : [...current.settings.consent, category],
    });
    // Granting never takes anything away (the invariant tests hold the engine to it), so the
    // difference is simply what the larger outcome has and the smaller one lacks.
    const [more, less] = granted ? [current, flipped] : [flipped, current];
    return {
      kind: 'marginal-value',
      category,
      change: granted ? 'would-lose' : 'would-add',
      experiences: difference(gainedIds(more), gainedIds(less)),
      dataPoints: difference(
        more.ledger.map((e) => e.id),
        less.ledger.map((e) => e.id),
      ),
      storage: difference(
        more.storage.map((s) => s.id),
        less.storage.map((s) => s.id),
      ),
      recipients: difference(recipientIds(scenario, more), recipientIds(scenario, less)),
    };
  });
}

/**
 * The summary of every one of the 32 consent profiles under one brand policy, browser and
 * GPC setting, from reject-all to accept-all. Profiles are ordered as binary numbers over
 * the categories in category order (`preferences` the highest bit), so the order never
 * depends on anything but the category table.
 */
export function compareProfiles(scenario: Scenario, base: Partial<Omit<Settings, 'consent'>> = {}): ProfileComparison {
  const { policy, browser, gpc } = { ...defaultComparisonBase, ...base };
  const count = optionalCategoryIds.length;
  const profiles: ProfileSummary[] = [];
  for (let mask = 0; mask < 2 ** count; mask += 1) {
    const consent = optionalCategoryIds.filter((_, i) => (mask >> (count - 1 - i)) & 1);
    const outcome = simulate(scenario, { consent, policy, browser, gpc });
    profiles.push({
      kind: 'profile',
      key: consentKey(outcome.settings.consent),
      preset: consent.length === 0 ? 'reject-all' : consent.length === count ? 'accept-all' : 'custom',
      consent,
      summary: outcome.summary,
    });
  }
  return { kind: 'profile-comparison', scenario: scenario.id, policy, browser, gpc, profiles };
}

function gainedIds(outcome: Outcome): string[] {
  return outcome.experiences.filter((e) => e.status === 'gained').map((e) => e.id);
}

/** Parties other than the shop that hold anything, in the scenario's party order. */
function recipientIds(scenario: Scenario, outcome: Outcome): string[] {
  const holding = new Set(outcome.ledger.filter((e) => e.holder.kind !== 'first').map((e) => e.holder.id));
  return scenario.parties.filter((p) => holding.has(p.id)).map((p) => p.id);
}

/** Items of `a` missing from `b`, in `a`'s order. */
function difference(a: readonly string[], b: readonly string[]): string[] {
  const inB = new Set(b);
  return a.filter((x) => !inB.has(x));
}
