/**
 * The scenario as an island needs it: every id, category, party and flag the engine reads,
 * but only the texts that island shows, and only in the page's locale.
 *
 * Why: Astro writes an island's props into the page as escaped JSON. The full shopping
 * scenario, in two languages with every purpose and retention text, weighs about 70 KB per
 * island there, and the trade-off lesson has two islands. The engine does not read texts (it
 * only copies them into outcomes), so blanking the ones an island does not show changes no
 * figure; the server-rendered HTML is made from the same trimmed scenario, so it matches.
 */
import { locales, type Locale } from '~/engine/locales';
import type { Localised, Scenario } from '~/engine/types';

/**
 * Which texts an island shows:
 * - `names`: the scenario's title and the names of the persona, the parties and the experiences
 *   (the trade-off map, compare);
 * - `ledger`: those, and what the cookie jar and the data flow list: the parties' roles, the
 *   steps' titles, each data point's label, purpose and retention, each item of storage's purpose
 *   and lifetime;
 * - `all`: every text (the shop simulator, which tells the whole trip).
 */
export type IslandTexts = 'names' | 'ledger' | 'all';

/** A copy of `scenario` with the texts `texts` names in `locale` and every other text left empty. */
export function islandScenario(scenario: Scenario, locale: Locale, texts: IslandTexts): Scenario {
  if (texts === 'all') return inLocale(scenario, locale);
  const keep = (text: Localised): Localised => only(text, locale);
  const drop = (): Localised => blank();
  const ledger = texts === 'ledger' ? keep : drop;
  return {
    ...scenario,
    title: keep(scenario.title),
    summary: drop(),
    shop: { ...scenario.shop, sells: drop() },
    persona: { name: keep(scenario.persona.name), about: drop() },
    parties: scenario.parties.map((party) => ({ ...party, name: keep(party.name), role: ledger(party.role) })),
    steps: scenario.steps.map((step) => ({
      ...step,
      title: ledger(step.title),
      happens: drop(),
      experiences: step.experiences.map((e) => ({ ...e, name: keep(e.name), whenGained: drop(), whenLost: drop() })),
      dataPoints: step.dataPoints.map((d) => ({
        ...d,
        label: ledger(d.label),
        purpose: ledger(d.purpose),
        retention: { ...d.retention, text: ledger(d.retention.text) },
      })),
      storage: step.storage.map((s) => ({
        ...s,
        purpose: ledger(s.purpose),
        lifetime: { ...s.lifetime, text: ledger(s.lifetime.text) },
      })),
    })),
  };
}

/** A text made of one string per locale. */
function localised(text: (code: Locale) => string): Localised {
  return Object.fromEntries(locales.map((code) => [code, text(code)])) as Record<Locale, string>;
}

/** No text in any language. */
function blank(): Localised {
  return localised(() => '');
}

/** `text` in `locale`, empty in the other locales. */
function only(text: Localised, locale: Locale): Localised {
  return localised((code) => (code === locale ? text[code] : ''));
}

/**
 * `value` (a scenario or any part of one) with every text in `locale` only, the others left
 * empty, so the page does not carry the scenario in every language. Islands read
 * `text[locale]` alone (docs/widgets.md, Strings).
 */
export function inLocale<T>(value: T, locale: Locale): T {
  const strip = (inner: unknown): unknown => {
    if (Array.isArray(inner)) return inner.map(strip);
    if (inner === null || typeof inner !== 'object') return inner;
    const record = inner as Record<string, unknown>;
    if (locales.every((code) => typeof record[code] === 'string') && Object.keys(record).length === locales.length) {
      return only(record as Record<Locale, string>, locale);
    }
    return Object.fromEntries(Object.entries(record).map(([key, field]) => [key, strip(field)]));
  };
  return strip(value) as T;
}
