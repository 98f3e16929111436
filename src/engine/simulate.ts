/**
 * The simulation: one scenario replayed under one set of choices.
 *
 * The rules, in the order they apply:
 * 1. `necessary` is always on; every other category counts only if granted.
 * 2. An experience is gained when every category it needs is granted, and, if it needs a
 *    third party to follow the shopper across sites, the browser allows third-party
 *    cookies, and, if it needs a sale or share of data, Global Privacy Control is off.
 * 3. A data point or storage item is collected when its category is granted, and
 *    - a `maximal` brand collects it whenever it may;
 *    - a `minimal` brand collects it only if it is necessary or serves an experience the
 *      shopper gains (GDPR Art. 5(1)(c), data minimisation);
 *    - a browser that blocks third-party cookies stops third-party storage (not pixels,
 *      which are requests) and any data that only exists through cross-site linking;
 *    - GPC stops every sale or share.
 * 4. A browser that blocks third-party cookies follows Safari's defaults further: what the site's
 *    scripts write in the first-party jar (cookies, local storage) lasts at most
 *    `SCRIPT_STORAGE_CAP_DAYS` after the shopper last used the site. The item is still set; its
 *    `browserCap` says how long it can stay.
 *
 * Pure and deterministic: no clock, no randomness, no state between calls; every list in
 * the outcome follows the scenario's order.
 */
import { normaliseConsent } from './categories.ts';
import type {
  Blocker,
  BrowserCap,
  BrowserMode,
  Category,
  ExperienceBlocker,
  ExperienceOutcome,
  Holder,
  LedgerEntry,
  Outcome,
  Party,
  Scenario,
  Settings,
  StepOutcome,
  StorageEntry,
  StorageItem,
  Summary,
  WithheldEntry,
} from './types.ts';

/**
 * Replays `scenario` under `settings` and reports what the shopper gains and loses, who
 * ends up holding which data, and what is stored in the browser.
 */
export function simulate(scenario: Scenario, settings: Settings): Outcome {
  const consent = normaliseConsent(settings.consent);
  const normalised: Settings = { consent, policy: settings.policy, browser: settings.browser, gpc: settings.gpc };
  const granted: Category[] = ['necessary', ...consent];
  const blocksThirdParty = settings.browser === 'blocks-third-party-cookies';
  const holders = new Map(scenario.parties.map((party) => [party.id, toHolder(party)]));

  const experiences: ExperienceOutcome[] = [];
  const gained = new Set<string>();
  for (const step of scenario.steps) {
    for (const experience of step.experiences) {
      const reasons: ExperienceBlocker[] = [];
      const missing = missingFrom(experience.needs, granted);
      if (missing.length > 0) reasons.push({ kind: 'consent', missing });
      if (experience.crossSiteCookie && blocksThirdParty) reasons.push({ kind: 'browser' });
      if (experience.saleOrShare && settings.gpc) reasons.push({ kind: 'gpc' });
      const base = { kind: 'experience', id: experience.id, step: step.id, needs: experience.needs } as const;
      if (reasons.length === 0) {
        gained.add(experience.id);
        experiences.push({ ...base, status: 'gained' });
      } else {
        experiences.push({ ...base, status: 'lost', reasons });
      }
    }
  }

  /** Everything that stops an item; `policy` only when nothing else does. */
  const blockersOf = (
    category: Category,
    serves: readonly string[],
    crossSite: boolean,
    saleOrShare: boolean,
  ): Blocker[] => {
    const reasons: Blocker[] = [];
    if (category !== 'necessary' && !granted.includes(category)) reasons.push({ kind: 'consent', missing: [category] });
    if (crossSite && blocksThirdParty) reasons.push({ kind: 'browser' });
    if (saleOrShare && settings.gpc) reasons.push({ kind: 'gpc' });
    if (
      reasons.length === 0 &&
      settings.policy === 'minimal' &&
      category !== 'necessary' &&
      !serves.some((id) => gained.has(id))
    ) {
      reasons.push({ kind: 'policy' });
    }
    return reasons;
  };

  const ledger: LedgerEntry[] = [];
  const storage: StorageEntry[] = [];
  const withheld: WithheldEntry[] = [];
  const steps: StepOutcome[] = [];

  for (const step of scenario.steps) {
    const stepOutcome: StepOutcome = {
      kind: 'step',
      id: step.id,
      experiences: step.experiences.map((e) => e.id),
      ledger: [],
      storage: [],
    };

    for (const point of step.dataPoints) {
      const reasons = blockersOf(point.category, point.serves, point.crossSiteCookie, point.saleOrShare);
      if (reasons.length > 0) {
        withheld.push({ kind: 'withheld', of: 'data-point', id: point.id, step: step.id, reasons });
        continue;
      }
      ledger.push({
        kind: 'data-point',
        id: point.id,
        step: step.id,
        label: point.label,
        holder: holderOf(holders, point.recipient),
        category: point.category,
        purpose: point.purpose,
        legalBasis: point.legalBasis,
        retention: point.retention,
        saleOrShare: point.saleOrShare,
      });
      stepOutcome.ledger.push(point.id);
    }

    for (const item of step.storage) {
      // A blocking browser refuses third-party storage. A first-party cookie set by a partner's
      // script survives, and so does a pixel: it is a request, not storage, and still reaches its
      // owner (without the owner's cookie). The lessons point both out.
      const blockedByBrowser = item.context === 'third-party' && item.kind !== 'pixel';
      const reasons = blockersOf(item.category, item.serves, blockedByBrowser, false);
      if (reasons.length > 0) {
        withheld.push({ kind: 'withheld', of: 'storage', id: item.id, step: step.id, reasons });
        continue;
      }
      storage.push({
        kind: 'storage',
        id: item.id,
        step: step.id,
        name: item.name,
        storageKind: item.kind,
        context: item.context,
        setBy: holderOf(holders, item.setBy),
        category: item.category,
        purpose: item.purpose,
        lifetime: item.lifetime,
        browserCap: browserCapOf(item, settings.browser),
      });
      stepOutcome.storage.push(item.id);
    }

    steps.push(stepOutcome);
  }

  return {
    kind: 'outcome',
    scenario: scenario.id,
    settings: normalised,
    granted,
    experiences,
    ledger,
    storage,
    withheld,
    steps,
    summary: summarise(experiences, ledger, storage),
  };
}

/**
 * How many days a browser keeps what scripts write for a site that the shopper stops using.
 * WebKit capped cookies written by scripts at 7 days in 2019 (Intelligent Tracking Prevention
 * 2.1, webkit.org/blog/8613) and, since March 2020, deletes all script-writable storage after
 * 7 days of Safari use without interaction with the site (webkit.org/blog/10218). Safari has
 * refined these rules since; the simulation keeps the published 7 days.
 */
export const SCRIPT_STORAGE_CAP_DAYS = 7;

/**
 * The cap `browser` puts on a storage item that was set, or null. Only first-party items are
 * concerned (third-party ones are blocked outright in that browser), and only those that outlive
 * the cap: a session cookie or a one-day cookie is left as it is.
 */
export function browserCapOf(item: StorageItem, browser: BrowserMode): BrowserCap | null {
  if (browser !== 'blocks-third-party-cookies' || item.context !== 'first-party') return null;
  const writtenByScript = item.kind === 'local-storage' || (item.kind === 'cookie' && item.scriptWritten);
  const outlivesCap = item.lifetime.days !== null && item.lifetime.days > SCRIPT_STORAGE_CAP_DAYS;
  return writtenByScript && outlivesCap ? { kind: 'script-written', days: SCRIPT_STORAGE_CAP_DAYS } : null;
}

/**
 * The most days a stored item stays in the browser after the shopper's last visit: the site's
 * lifetime, shortened by the browser's cap; null when it ends with the session.
 */
export function keptDays(entry: Pick<StorageEntry, 'lifetime' | 'browserCap'>): number | null {
  const { days } = entry.lifetime;
  if (days === null || entry.browserCap === null) return days;
  return Math.min(days, entry.browserCap.days);
}

/** Headline figures of an outcome's lists. */
export function summarise(
  experiences: readonly ExperienceOutcome[],
  ledger: readonly LedgerEntry[],
  storage: readonly StorageEntry[],
): Summary {
  const recipients = new Set<string>();
  const thirdParties = new Set<string>();
  let sharedDataPoints = 0;
  for (const entry of ledger) {
    if (entry.holder.kind === 'first') continue;
    sharedDataPoints += 1;
    recipients.add(entry.holder.id);
    if (entry.holder.kind === 'third') thirdParties.add(entry.holder.id);
  }
  const experiencesGained = experiences.filter((e) => e.status === 'gained').length;
  return {
    experiencesGained,
    experiencesLost: experiences.length - experiencesGained,
    dataPoints: ledger.length,
    recipients: recipients.size,
    thirdParties: thirdParties.size,
    sharedDataPoints,
    storageItems: storage.length,
    thirdPartyStorage: storage.filter((s) => s.context === 'third-party').length,
  };
}

function missingFrom(needs: readonly Category[], granted: readonly Category[]) {
  return normaliseConsent(needs.filter((need) => !granted.includes(need)));
}

function toHolder(party: Party): Holder {
  return { id: party.id, name: party.name, kind: party.kind };
}

/**
 * Holder of a party reference. `parseScenario` guarantees it exists; a hand-built scenario
 * that skipped validation fails loudly rather than inventing a holder.
 */
function holderOf(holders: ReadonlyMap<string, Holder>, id: string): Holder {
  const holder = holders.get(id);
  if (!holder) throw new Error(`simulate: unknown party "${id}"; validate the scenario with parseScenario first`);
  return holder;
}
