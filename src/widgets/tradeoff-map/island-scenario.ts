/**
 * The scenario as an island needs it: every id, category, party and flag the engine reads,
 * but only the texts the islands show (the scenario's title, the names of the persona, the
 * parties and the experiences), and only in the page's locale.
 *
 * Why: Astro writes an island's props into the page as escaped JSON. The full shopping
 * scenario, in two languages with every purpose and retention text, weighs about 70 KB per
 * island there, and the trade-off lesson has two islands. The engine does not read texts
 * (it only copies them into outcomes), so blanking the ones no island shows changes no
 * figure; the server-rendered HTML is made from the same slim scenario, so it matches.
 */
import type { Locale } from '~/i18n';
import type { Localised, Scenario } from '~/engine/types';

/** A copy of `scenario` with the names in `locale` and every other text left empty. */
export function islandScenario(scenario: Scenario, locale: Locale): Scenario {
  const keep = (text: Localised): Localised => ({
    en: locale === 'en' ? text.en : '',
    fr: locale === 'fr' ? text.fr : '',
  });
  const drop = (): Localised => ({ en: '', fr: '' });
  return {
    ...scenario,
    title: keep(scenario.title),
    summary: drop(),
    shop: { ...scenario.shop, sells: drop() },
    persona: { name: keep(scenario.persona.name), about: drop() },
    parties: scenario.parties.map((party) => ({ ...party, name: keep(party.name), role: drop() })),
    steps: scenario.steps.map((step) => ({
      ...step,
      title: drop(),
      happens: drop(),
      experiences: step.experiences.map((e) => ({ ...e, name: keep(e.name), whenGained: drop(), whenLost: drop() })),
      dataPoints: step.dataPoints.map((d) => ({
        ...d,
        label: drop(),
        purpose: drop(),
        retention: { ...d.retention, text: drop() },
      })),
      storage: step.storage.map((s) => ({ ...s, purpose: drop(), lifetime: { ...s.lifetime, text: drop() } })),
    })),
  };
}
