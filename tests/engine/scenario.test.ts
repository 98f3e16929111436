import { describe, expect, test } from 'vitest';
import { ScenarioError, parseScenario } from '~/engine/scenario.ts';
import type { Localised, Scenario } from '~/engine/types.ts';
import { allScenarios, readFixture, readScenarioYaml, scenarioIds } from './helpers.ts';

function errorOf(raw: unknown): ScenarioError {
  try {
    parseScenario(raw);
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
  throw new Error('expected parseScenario to throw');
}

/** One change to `valid.yaml`, at a dotted path such as `steps.0.id`. */
type Change = { set: string; to: unknown } | { remove: string } | { rename: string; to: string };

/** A copy of `valid.yaml` with `change` made. */
function broken(change: Change): unknown {
  const raw = structuredClone(readFixture('valid'));
  const path = 'set' in change ? change.set : 'remove' in change ? change.remove : change.rename;
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce<Record<string, unknown>>(
    (node, key) => node[key] as Record<string, unknown>,
    raw as Record<string, unknown>,
  );
  if ('set' in change) parent[last] = change.to;
  else if ('rename' in change) parent[change.to] = parent[last];
  if (!('set' in change)) delete parent[last];
  return raw;
}

/** A step's screen with one slot, drawing `experience` with `look`. */
function screenWith(experience: string, look: string) {
  const text = { text: { en: 'Socks', fr: 'Chaussettes' } };
  return { heading: { en: 'The shop', fr: 'La boutique' }, slots: [{ experience, look, gained: text, lost: text }] };
}

/** Each case changes one thing in `valid.yaml`; the error must say where it is. */
const brokenCases: [string, Change, string][] = [
  [
    'an unknown category',
    { set: 'steps.1.experiences.0.needs', to: ['necessary', 'ads'] },
    'steps[1].experiences[0].needs[1]: expected one of necessary, preferences, analytics, personalization, advertising, partners but got "ads"',
  ],
  [
    'an unknown recipient',
    { set: 'steps.0.dataPoints.1.recipient', to: 'ad-netwrok' },
    'steps[0].dataPoints[1].recipient: expected one of the party ids (shop, ad-network) but got "ad-netwrok"',
  ],
  [
    'an unknown experience',
    { set: 'steps.0.dataPoints.1.serves', to: ['retargeting'] },
    'steps[0].dataPoints[1].serves[0]: expected one of the experience ids (cart, retargeted-ad) but got "retargeting"',
  ],
  ['a missing French text', { remove: 'title.fr' }, 'title.fr: missing; expected a string'],
  [
    'a misspelt field',
    { rename: 'steps.1.experiences.0.needs', to: 'need' },
    'steps[1].experiences[0]: unexpected field "need"',
  ],
  [
    'necessary data sent to a third party',
    { set: 'steps.0.dataPoints.0.recipient', to: 'ad-network' },
    'steps[0].dataPoints[0].recipient: necessary data must stay with the first party, but "ad-network" is a third party',
  ],
  [
    'a duplicate id',
    { set: 'steps.1.experiences.0.id', to: 'cart' },
    'steps[1].experiences[0].id: experience "cart" is already used at steps[0].experiences[0].id',
  ],
  [
    'a third-party cookie set by the shop',
    { set: 'steps.0.storage.0.setBy', to: 'shop' },
    'steps[0].storage[0].context: a third-party item cannot be set by the first party "shop"',
  ],
  [
    'a negative lifetime',
    { set: 'steps.0.storage.0.lifetime.days', to: -1 },
    'steps[0].storage[0].lifetime.days: expected at least 0 but got -1',
  ],
  [
    'an id that is not kebab-case',
    { set: 'steps.0.id', to: 'Arrive Here' },
    'steps[0].id: expected a kebab-case id such as "add-to-cart" but got "Arrive Here"',
  ],
  [
    'a shop that is not the first party',
    { set: 'parties.0.kind', to: 'second' },
    'shop.party: expected the first party but "shop" is a second party',
  ],
  [
    'a slot that draws another step’s experience',
    { set: 'steps.0.screen', to: screenWith('retargeted-ad', 'ad') },
    'steps[0].screen.slots[0].experience: expected one of this step\'s experience ids (cart) but got "retargeted-ad"',
  ],
  [
    'a slot drawn with a look that does not exist',
    { set: 'steps.1.screen', to: screenWith('retargeted-ad', 'banner') },
    'steps[1].screen.slots[0].look: expected one of badge, note, tiles, cart, ad, post, message but got "banner"',
  ],
];

describe('parseScenario', () => {
  test('accepts the valid fixture and fills in the defaults', () => {
    const scenario = parseScenario(readFixture('valid'));
    expect(scenario.steps[1]?.dataPoints).toEqual([]);
    expect(scenario.steps[0]?.experiences[0]).toMatchObject({ crossSiteCookie: false, saleOrShare: false });
    expect(scenario.steps[0]?.storage[0]).toMatchObject({ scriptWritten: false });
  });

  test.each(brokenCases)('names the field of %s', (_, change, line) => {
    expect(() => parseScenario(readFixture('valid'))).not.toThrow();
    const error = errorOf(broken(change));
    expect(error.message.split('\n')).toContain(`  ${line}`);
    expect(error.message.startsWith('Invalid scenario "tiny":')).toBe(true);
  });

  test('reports every problem, each with its path, in the error’s issues', () => {
    const [, misspelt] = brokenCases.find(([name]) => name === 'a misspelt field')!;
    const error = errorOf(broken(misspelt));
    expect(error.issues).toEqual([
      { path: 'steps[1].experiences[0].needs', message: 'missing; expected a list' },
      { path: 'steps[1].experiences[0]', message: 'unexpected field "need"' },
    ]);
  });

  test('rejects something that is not a scenario at all', () => {
    expect(() => parseScenario(null)).toThrow('expected an object but got null');
    expect(() => parseScenario('shopping')).toThrow('expected an object but got "shopping"');
  });

  test('rejects a serves link to an experience that does not need the item’s category', () => {
    const raw = readScenarioYaml('shopping') as { steps: { dataPoints: { id: string; category: string }[] }[] };
    const savedCart = raw.steps.flatMap((s) => s.dataPoints).find((d) => d.id === 'saved-cart');
    if (savedCart) savedCart.category = 'analytics';
    expect(errorOf(raw).message).toContain(
      `steps[4].dataPoints[1].serves[0]: experience "restored-cart" needs preferences, which does not include this item's category "analytics"`,
    );
  });

  test('rejects a framing note without a source', () => {
    const raw = readScenarioYaml('shopping') as { framing: { law: { sources: unknown[] } } };
    raw.framing.law.sources = [];
    expect(errorOf(raw).message).toContain('framing.law.sources: expected at least 1 item(s)');
  });

  test('rejects scriptWritten on storage that is not a cookie', () => {
    const raw = readScenarioYaml('shopping') as { steps: { storage: { id: string; scriptWritten?: boolean }[] }[] };
    const list = raw.steps.flatMap((s) => s.storage).find((item) => item.id === 'recently-viewed-list');
    if (list) list.scriptWritten = true;
    expect(errorOf(raw).message).toContain(
      'steps[2].storage[0].scriptWritten: scriptWritten applies to cookies only; local-storage is always written by scripts',
    );
  });
});

describe.each(allScenarios)('content/scenarios/%s.yaml', (id, scenario) => {
  test('has the id of its file name', () => {
    expect(scenario.id).toBe(id);
  });

  test('is written in French too, not copied from English', () => {
    const sentences = localisedTexts(scenario).filter((text) => text.en.split(' ').length > 3);
    expect(sentences.length).toBeGreaterThan(20);
    expect(sentences.filter((text) => text.en === text.fr)).toEqual([]);
  });

  test('keeps audience-measurement cookies at most 13 months and their data at most 25 months (CNIL)', () => {
    const items = scenario.steps.flatMap((s) => s.storage).filter((s) => s.category === 'analytics');
    const data = scenario.steps.flatMap((s) => s.dataPoints).filter((d) => d.category === 'analytics');
    expect(items.every((s) => s.lifetime.days !== null && s.lifetime.days <= 395)).toBe(true);
    expect(data.every((d) => d.retention.days !== null && d.retention.days <= 761)).toBe(true);
  });

  test('says where the shop is established and which law applies, and what it simplifies, each with a source', () => {
    expect(scenario.framing?.law.text.en).toMatch(/based in .+, France/);
    expect(scenario.framing?.law.text.en).toContain('GDPR');
    expect(scenario.framing?.caveats.length).toBeGreaterThanOrEqual(3);
    const notes = [scenario.framing?.law, ...(scenario.framing?.caveats ?? [])];
    expect(notes.every((note) => note && note.sources.length > 0)).toBe(true);
  });

  test('lets no shop learn the words typed in a search engine: the referrer carries only the origin', () => {
    const arrival = scenario.steps.find((s) => s.place === 'search')?.dataPoints.find((d) => d.id === 'arrival-source');
    expect(arrival?.label.en).toContain('not the words she typed');
  });

  test('keeps the consent choice for 6 months (CNIL good practice)', () => {
    const consentCookie = scenario.steps.flatMap((s) => s.storage).find((s) => s.name === 'consent_choice');
    expect(consentCookie?.lifetime.days).toBe(182);
  });

  test('says how every step is drawn, with a slot for every experience', () => {
    const bare = scenario.steps.filter((s) => s.screen === undefined).map((s) => s.id);
    expect(bare).toEqual([]);
    const undrawn = scenario.steps.flatMap((s) =>
      s.experiences.filter((e) => !s.screen?.slots.some((slot) => slot.experience === e.id)).map((e) => e.id),
    );
    expect(undrawn).toEqual([]);
  });

  test('only sets storage of parties that also receive data, or of the shop', () => {
    const receivers = new Set(scenario.steps.flatMap((s) => s.dataPoints.map((d) => d.recipient)));
    const setters = scenario.steps.flatMap((s) => s.storage.map((i) => i.setBy));
    expect(setters.filter((p) => p !== scenario.shop.party && !receivers.has(p))).toEqual([]);
  });
});

describe('the shopping scenario', () => {
  const shopping = allScenarios.find(([id]) => id === 'shopping')?.[1];
  if (!shopping) throw new Error('content/scenarios/shopping.yaml is missing');
  const steps = shopping.steps;
  const dataPoints = steps.flatMap((s) => s.dataPoints);
  const kindOf = new Map(shopping.parties.map((p) => [p.id, p.kind]));

  test('is the full session: search, language, browse, cart, leave, ads elsewhere, return, buy, partner offers', () => {
    expect(steps.length).toBeGreaterThanOrEqual(10);
    expect(steps.map((s) => s.place)).toEqual(expect.arrayContaining(['search', 'shop', 'news-site', 'email']));
  });

  test('has at least 12 experiences, 20 data points over the three kinds of party, and 15 storage items', () => {
    expect(steps.flatMap((s) => s.experiences).length).toBeGreaterThanOrEqual(12);
    expect(dataPoints.length).toBeGreaterThanOrEqual(20);
    expect(new Set(dataPoints.map((d) => kindOf.get(d.recipient)))).toEqual(new Set(['first', 'second', 'third']));
    expect(steps.flatMap((s) => s.storage).length).toBeGreaterThanOrEqual(15);
  });

  test('has one first party, named partners as second parties, and ad networks and a broker as third parties', () => {
    expect(shopping.parties.map((p) => [p.id, p.kind])).toEqual([
      ['threadline', 'first'],
      ['colibri', 'second'],
      ['sillage', 'second'],
      ['adnexa', 'third'],
      ['plume', 'third'],
      ['datavista', 'third'],
    ]);
  });

  test('the scenario ids known to the site include the default', () => {
    expect(scenarioIds).toEqual(['news', 'shopping']);
  });
});

function localisedTexts(scenario: Scenario): Localised[] {
  const found: Localised[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.en === 'string' && typeof record.fr === 'string') found.push(record as unknown as Localised);
      else Object.values(record).forEach(walk);
    }
  };
  walk(scenario);
  return found;
}
