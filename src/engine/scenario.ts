/**
 * The scenario format: a fictional session written as YAML in
 * `content/scenarios/<id>.yaml`, checked here before anything simulates it.
 *
 * Checks run in two passes. The zod schema checks each field's shape and rejects unknown
 * fields (a typo such as `need:` must not silently drop a rule). Then the cross-references
 * are checked by hand: ids unique, every party, experience and category named exists, and
 * the few rules that keep the lesson honest (necessary data stays with the shop; only a
 * third party can rely on a third-party cookie). Every problem is reported with its field
 * path, such as `steps[3].experiences[0].needs[1]`, so a wrong file fails the build with a
 * message that says where to look.
 *
 * This is the only engine file that imports zod: it runs at build time and in tests, while
 * the files shipped to the browser (`simulate.ts`, `compare.ts`, `params.ts`,
 * `categories.ts`) stay free of it.
 */
import { z } from 'zod';
import { categoryIds } from './categories.ts';
import type { Category } from './types.ts';

/** Kebab-case ids keep file names, URL values and anchors interchangeable. */
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as "add-to-cart"');

/** A text in every locale of the site. */
const localised = z.strictObject({
  /** The English text. */
  en: z.string().trim().min(1),
  /** The French text, written for French readers rather than translated word for word. */
  fr: z.string().trim().min(1),
});

/** A consent category id; the list comes from the category table so the two never drift apart. */
const category = z.enum(categoryIds as [Category, ...Category[]]);

/** A whole number of days, or null (what null means depends on the field). */
const days = z.number().int().nonnegative().nullable();

/** An organisation that can end up holding the shopper's data. */
const party = z.strictObject({
  /** Stable id, referenced by data points (`recipient`) and storage (`setBy`). */
  id,
  /** The party's fictional name. */
  name: localised,
  /** `first` is the shop (exactly one), `second` a named partner, `third` an ad network or data broker. */
  kind: z.enum(['first', 'second', 'third']),
  /** What it does in the story, in one line. */
  role: localised,
});

/** Something the shopper sees or can do thanks to one or more categories. */
const experience = z.strictObject({
  /** Stable id, unique in the scenario; data points and storage name it in `serves`. */
  id,
  /** Short name, e.g. "Remembered language". */
  name: localised,
  /** Every category it needs; `[necessary]` means it is always available. */
  needs: z.array(category).min(1),
  /** What the shopper sees when it is gained. */
  whenGained: localised,
  /** What the shopper sees instead when it is lost. */
  whenLost: localised,
  /** True when a third party must follow the shopper across sites with its own cookie. */
  crossSiteCookie: z.boolean().default(false),
  /** True when it relies on a sale or share of data, which Global Privacy Control stops. */
  saleOrShare: z.boolean().default(false),
});

/** One piece of information about the shopper that a step can produce. */
const dataPoint = z.strictObject({
  /** Stable id, unique in the scenario. */
  id,
  /** What the information is, e.g. "Products viewed". */
  label: localised,
  /** The category it is collected under. `necessary` data must stay with the first party. */
  category,
  /** Id of the party that ends up holding it. */
  recipient: id,
  /** Why the recipient wants it. */
  purpose: localised,
  /** The lawful basis the recipient relies on (GDPR Art. 6(1)). */
  legalBasis: z.enum(['contract', 'legitimate-interest', 'consent', 'legal-obligation']),
  /** How long the recipient keeps it. */
  retention: z.strictObject({
    /** The period in words, as a privacy notice would say it. */
    text: localised,
    /** The period in days; 0 when it ends with the visit; null when no fixed end is set. */
    days,
  }),
  /** Experiences it makes possible; a minimal brand collects it only when one of them is gained. */
  serves: z.array(id).default([]),
  /**
   * True when handing it to the recipient is a sale or share that Global Privacy Control
   * stops (CCPA §1798.140: disclosure for valuable consideration, or for cross-context
   * behavioural advertising). A named partner that uses the data for its own offers is a
   * "third party" in the CCPA's sense, so second-party recipients can be marked too.
   */
  saleOrShare: z.boolean().default(false),
  /** True when it exists only because a third-party cookie links the shopper across sites. */
  crossSiteCookie: z.boolean().default(false),
});

/** A cookie or other tracker a step leaves in (or sends from) the browser. */
const storageItem = z.strictObject({
  /** Stable id, unique in the scenario. */
  id,
  /** The name as developer tools show it, e.g. `cart_id`. */
  name: z.string().trim().min(1),
  /** Cookie, local storage, session storage or pixel (a pixel reports, it keeps nothing). */
  kind: z.enum(['cookie', 'local-storage', 'session-storage', 'pixel']),
  /** `first-party` when it belongs to the site in the address bar, `third-party` otherwise. */
  context: z.enum(['first-party', 'third-party']),
  /** Id of the party whose code sets it (may differ from the site: a partner's script can set a first-party cookie). */
  setBy: id,
  /** What it is for. */
  purpose: localised,
  /** How long it stays in the browser. */
  lifetime: z.strictObject({
    /** The lifetime in words. */
    text: localised,
    /** The lifetime in days; null when it ends with the browser session; 0 for a pixel. */
    days,
  }),
  /**
   * Cookies only: true when the page's scripts write it rather than the server's `Set-Cookie`
   * header. A browser like Safari keeps such cookies only 7 days after the last visit. Local and
   * session storage are always written by scripts, so they leave it out.
   */
  scriptWritten: z.boolean().default(false),
  /** The category it is set under. */
  category,
  /** Experiences it makes possible. */
  serves: z.array(id).default([]),
});

/** What one part of a drawn screen shows in one state. */
const slotContent = z.strictObject({
  /** A few words: what the part says, e.g. "Recently viewed" or "Cart: empty". */
  text: localised,
  /** Products or articles drawn inside it as tiles or lines, in order (for `tiles` mostly). */
  items: z.array(localised).default([]),
});

/**
 * A part of the step's mock screen that depends on the choices. The engine fills it from
 * the outcome of its experience, so a new scenario gets drawings from its YAML alone.
 */
const screenSlot = z.strictObject({
  /** Id of the experience of this step that fills it; each experience has at most one part. */
  experience: id,
  /**
   * How it is drawn: `badge` a pill in the header (language, text size), `note` a line on the
   * page, `tiles` a strip of products or articles, `cart` the cart, `ad` an advert, `post` a
   * post in a social feed, `message` an e-mail in the inbox.
   */
  look: z.enum(['badge', 'note', 'tiles', 'cart', 'ad', 'post', 'message']),
  /** What it shows when the experience is gained. */
  gained: slotContent,
  /** What it shows instead when the experience is lost: the generic version, or an empty one. */
  lost: slotContent,
});

/** How the step's mock screen is drawn, in a phone-shaped frame. */
const screen = z.strictObject({
  /** The name in the top bar when it is not the place's own (the news site's name, the app's). */
  site: localised.optional(),
  /** The main line of the page: the search typed, the product, the article's title. */
  heading: localised,
  /** A short line under the heading, such as a price, a result or a sender. */
  detail: localised.optional(),
  /** The parts that depend on the choices, in the order drawn; an experience left out is drawn as a plain line. */
  slots: z.array(screenSlot).default([]),
});

/** One moment of the session. */
const step = z.strictObject({
  /** Stable id, unique in the scenario. */
  id,
  /** Short title, e.g. "Adds the jacket to the cart". */
  title: localised,
  /** What happens, in a sentence or two. */
  happens: localised,
  /** Where it happens; widgets draw a matching mock screen. */
  place: z.enum(['search', 'shop', 'news-site', 'social-network', 'email']),
  /** Experiences this step can deliver. */
  experiences: z.array(experience).default([]),
  /** Data points this step can produce. */
  dataPoints: z.array(dataPoint).default([]),
  /** Storage this step can set. */
  storage: z.array(storageItem).default([]),
  /** How its mock screen is drawn; without it, the step's title heads the screen and each experience is a line. */
  screen: screen.optional(),
});

/** A statement about the scenario's legal setting or one of its simplifications, with its sources. */
const framingNote = z.strictObject({
  /** The statement, in a few plain sentences. */
  text: localised,
  /** Where to check it; at least one. */
  sources: z
    .array(
      z.strictObject({
        /** Its title, as its publisher gives it. */
        title: z.string().trim().min(1),
        /** Where to read it. */
        url: z.url(),
      }),
    )
    .min(1),
});

/** A whole fictional session. */
const scenarioSchema = z.strictObject({
  /** Stable id, the file name without `.yaml`; the value of the `scenario` URL parameter. */
  id,
  /** Title shown above the simulator. */
  title: localised,
  /** One or two sentences introducing the session. */
  summary: localised,
  /** The shop (or site) the session is about. */
  shop: z.strictObject({
    /** Id of its party, which must be the one first party. */
    party: id,
    /** What it sells. */
    sells: localised,
    /**
     * How its own banner describes a category, where the dictionary's words (which speak of a
     * shop, its cart and its products) would not fit, as on a news site.
     */
    banner: z
      .strictObject(Object.fromEntries(categoryIds.map((c) => [c, localised])) as Record<Category, typeof localised>)
      .partial()
      .optional(),
  }),
  /** The fictional shopper; never the visitor. */
  persona: z.strictObject({
    /** Their first name. */
    name: localised,
    /** Who they are and what they want, in a sentence. */
    about: localised,
  }),
  /** Everyone who can hold data. */
  parties: z.array(party).min(1),
  /** The session, in order. */
  steps: z.array(step).min(1),
  /** What a reader should know before trusting the story; pages show it, the engine does not read it. */
  framing: z
    .strictObject({
      /** Where the shop or site is established, and which law applies to the persona. */
      law: framingNote,
      /** Simplifications and doubtful practices the scenario shows on purpose. */
      caveats: z.array(framingNote).default([]),
    })
    .optional(),
});

// The scenario's types, inferred from the schema above: the one description of the format.
// `types.ts` re-exports them as types only, so browser code reads them without zod.

/** A text in every locale of the site. */
export type Localised = z.output<typeof localised>;
/** An organisation that can end up holding the shopper's data. */
export type Party = z.output<typeof party>;
/** Something the shopper sees or can do thanks to one or more categories. */
export type Experience = z.output<typeof experience>;
/** One piece of information about the shopper that a step can produce. */
export type DataPoint = z.output<typeof dataPoint>;
/** How long a party keeps a data point. */
export type Retention = DataPoint['retention'];
/** A cookie or other tracker a step leaves in (or sends from) the browser. */
export type StorageItem = z.output<typeof storageItem>;
/** How long a storage item stays in the browser. */
export type Lifetime = StorageItem['lifetime'];
/** What one part of a drawn screen shows, in one of its two states. */
export type SlotContent = z.output<typeof slotContent>;
/** A part of a step's screen whose content depends on the choices: it shows one experience. */
export type ScreenSlot = z.output<typeof screenSlot>;
/** How one part of a drawn screen looks (`badge`, `note`, `tiles`, `cart`, `ad`, `post`, `message`). */
export type SlotLook = ScreenSlot['look'];
/** How a step's mock screen is drawn, whatever the choices. */
export type Screen = z.output<typeof screen>;
/** One moment of the session. */
export type Step = z.output<typeof step>;
/** One statement about the scenario's legal setting, or about what it simplifies, with its sources. */
export type FramingNote = z.output<typeof framingNote>;
/** A published text a reader can check a framing note against. */
export type SourceLink = FramingNote['sources'][number];
/**
 * What a reader should know before trusting the story: where the shop is established and which
 * law applies to the shopper, and what the scenario simplifies on purpose. Pages show it next to
 * the simulator; the engine does not read it.
 */
export type Framing = NonNullable<Scenario['framing']>;
/** A whole fictional session, validated from `content/scenarios/<id>.yaml`. */
export type Scenario = z.output<typeof scenarioSchema>;

/** One problem found in a scenario. */
export interface ScenarioIssue {
  /** Where, e.g. `steps[3].experiences[0].needs[1]`. */
  path: string;
  /** What was expected, and what was found. */
  message: string;
}

/** Thrown by `parseScenario`; the message lists every issue, one per line, each with its field path. */
export class ScenarioError extends Error {
  /** The issues, in the order found. */
  readonly issues: readonly ScenarioIssue[];

  constructor(scenarioId: string | null, issues: readonly ScenarioIssue[]) {
    const head = scenarioId ? `Invalid scenario "${scenarioId}"` : 'Invalid scenario';
    super(`${head}:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}

/**
 * Validates raw scenario data (typically `YAML.parse` of a file) and returns it typed,
 * with defaults filled in (`serves: []`, `saleOrShare: false`...).
 *
 * @throws {ScenarioError} naming the field path and what was expected for every problem,
 *   e.g. `steps[3].experiences[0].needs[1]: expected one of necessary, preferences, ...
 *   but got "ads"`.
 */
export function parseScenario(raw: unknown): Scenario {
  const result = scenarioSchema.safeParse(raw, { reportInput: true });
  const rawId = isRecord(raw) && typeof raw.id === 'string' ? raw.id : null;
  if (!result.success) {
    throw new ScenarioError(rawId, result.error.issues.map(toIssue));
  }
  const scenario: Scenario = result.data;
  const issues = checkReferences(scenario);
  if (issues.length > 0) throw new ScenarioError(scenario.id, issues);
  return scenario;
}

/** Renders an issue as `path: message`, or only the message at the root. */
export function formatIssue(issue: ScenarioIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

// ---------------------------------------------------------------------------
// Cross-references and lesson rules
// ---------------------------------------------------------------------------

/**
 * The checks a field-by-field schema cannot make. Returns the issues in file order;
 * an empty list means the scenario is sound.
 */
function checkReferences(scenario: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const report = (path: string, message: string) => issues.push({ path, message });

  const parties = new Map(scenario.parties.map((p) => [p.id, p]));
  const experiences = new Map(scenario.steps.flatMap((s) => s.experiences.map((e) => [e.id, e] as const)));

  // Ids are references; a duplicate would make one of two things unreachable.
  checkUnique(
    scenario.parties.map((p, i) => [p.id, `parties[${i}].id`]),
    report,
  );
  checkUnique(
    scenario.steps.map((s, i) => [s.id, `steps[${i}].id`]),
    report,
  );
  for (const [kind, key] of [
    ['experience', 'experiences'],
    ['data point', 'dataPoints'],
    ['storage item', 'storage'],
  ] as const) {
    checkUnique(
      scenario.steps.flatMap((s, i) => s[key].map((item, j) => [item.id, `steps[${i}].${key}[${j}].id`] as const)),
      report,
      kind,
    );
  }

  const firstParties = scenario.parties.filter((p) => p.kind === 'first');
  if (firstParties.length !== 1) {
    report('parties', `expected exactly one first party (the shop) but found ${firstParties.length}`);
  }
  const shop = parties.get(scenario.shop.party);
  if (!shop) {
    report(
      'shop.party',
      `expected one of the party ids (${[...parties.keys()].join(', ')}) but got "${scenario.shop.party}"`,
    );
  } else if (shop.kind !== 'first') {
    report('shop.party', `expected the first party but "${shop.id}" is a ${shop.kind} party`);
  }

  const partyRef = (path: string, ref: string) => {
    const found = parties.get(ref);
    if (!found) report(path, `expected one of the party ids (${[...parties.keys()].join(', ')}) but got "${ref}"`);
    return found;
  };
  const servesRefs = (path: string, serves: readonly string[], itemCategory: Category) => {
    serves.forEach((ref, k) => {
      const served = experiences.get(ref);
      if (!served) {
        report(
          `${path}.serves[${k}]`,
          `expected one of the experience ids (${[...experiences.keys()].join(', ')}) but got "${ref}"`,
        );
      } else if (itemCategory !== 'necessary' && !served.needs.includes(itemCategory)) {
        // Otherwise a minimal brand could gain the experience without the consent this item needs,
        // and the item would never be collected for it: the link would mean nothing.
        report(
          `${path}.serves[${k}]`,
          `experience "${ref}" needs ${served.needs.join(', ')}, which does not include this item's category "${itemCategory}"`,
        );
      }
    });
  };

  scenario.steps.forEach((step, i) => {
    step.experiences.forEach((experience, j) => {
      const path = `steps[${i}].experiences[${j}]`;
      const seen = new Set<string>();
      experience.needs.forEach((need, k) => {
        if (seen.has(need)) report(`${path}.needs[${k}]`, `"${need}" is listed twice`);
        seen.add(need);
      });
    });

    const slotted = new Map<string, string>();
    step.screen?.slots.forEach((slot, j) => {
      const path = `steps[${i}].screen.slots[${j}].experience`;
      const own = step.experiences.map((e) => e.id);
      if (!own.includes(slot.experience)) {
        // A slot shows what its step delivers; another step's experience would be drawn in the wrong place.
        report(
          path,
          `expected one of this step's experience ids (${own.join(', ') || 'none'}) but got "${slot.experience}"`,
        );
      }
      const earlier = slotted.get(slot.experience);
      if (earlier) report(path, `experience "${slot.experience}" already has a slot at ${earlier}`);
      else slotted.set(slot.experience, path);
    });

    step.dataPoints.forEach((point, j) => {
      const path = `steps[${i}].dataPoints[${j}]`;
      const recipient = partyRef(`${path}.recipient`, point.recipient);
      if (recipient && point.category === 'necessary' && recipient.kind !== 'first') {
        // "Strictly necessary" covers the service the shopper asked for (ePrivacy Directive Art. 5(3),
        // cited by lesson 01; the CNIL's examples in content/glossary/<locale>/strictly-necessary.md). Processors
        // such as a carrier or a payment firm act for the shop and count as the shop here.
        report(
          `${path}.recipient`,
          `necessary data must stay with the first party, but "${recipient.id}" is a ${recipient.kind} party`,
        );
      }
      if (recipient && point.saleOrShare && recipient.kind === 'first') {
        report(`${path}.saleOrShare`, 'a sale or share needs a recipient other than the shop');
      }
      if (recipient && point.crossSiteCookie && recipient.kind !== 'third') {
        report(
          `${path}.crossSiteCookie`,
          `only a third party links across sites with its own cookie, but "${recipient.id}" is a ${recipient.kind} party`,
        );
      }
      if (point.category === 'necessary' && (point.saleOrShare || point.crossSiteCookie)) {
        report(`${path}.category`, 'necessary data is never sold, shared or linked across sites');
      }
      servesRefs(path, point.serves, point.category);
    });

    step.storage.forEach((item, j) => {
      const path = `steps[${i}].storage[${j}]`;
      const setter = partyRef(`${path}.setBy`, item.setBy);
      if (setter && item.context === 'third-party' && setter.kind === 'first') {
        report(`${path}.context`, `a third-party item cannot be set by the first party "${setter.id}"`);
      }
      if (item.scriptWritten && item.kind !== 'cookie') {
        report(
          `${path}.scriptWritten`,
          `scriptWritten applies to cookies only; ${item.kind === 'pixel' ? 'a pixel stores nothing' : `${item.kind} is always written by scripts`}`,
        );
      }
      if (item.category === 'necessary' && (item.context !== 'first-party' || (setter && setter.kind !== 'first'))) {
        report(`${path}.category`, 'necessary storage must be first-party and set by the shop');
      }
      servesRefs(path, item.serves, item.category);
    });
  });

  return issues;
}

function checkUnique(
  entries: readonly (readonly [string, string])[],
  report: (path: string, message: string) => void,
  kind = 'id',
) {
  const first = new Map<string, string>();
  for (const [value, path] of entries) {
    const earlier = first.get(value);
    if (earlier) report(path, `${kind} "${value}" is already used at ${earlier}`);
    else first.set(value, path);
  }
}

// ---------------------------------------------------------------------------
// Turning zod issues into readable ones
// ---------------------------------------------------------------------------

function toIssue(issue: z.core.$ZodIssue): ScenarioIssue {
  const path = formatPath(issue.path);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_value':
      return { path, message: `expected one of ${issue.values.map(String).join(', ')} but got ${describe(input)}` };
    case 'invalid_type':
      return input === undefined
        ? { path, message: `missing; expected ${article(issue.expected)}` }
        : { path, message: `expected ${article(issue.expected)} but got ${describe(input)}` };
    case 'unrecognized_keys':
      return {
        path,
        message: `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
      };
    case 'too_small':
      if (issue.origin === 'string') return { path, message: `expected a non-empty text but got ${describe(input)}` };
      if (issue.origin === 'array') return { path, message: `expected at least ${String(issue.minimum)} item(s)` };
      return { path, message: `expected at least ${String(issue.minimum)} but got ${describe(input)}` };
    case 'invalid_format':
      return { path, message: `${issue.message} but got ${describe(input)}` };
    default:
      return { path, message: issue.message };
  }
}

/** `['steps', 3, 'needs', 1]` → `steps[3].needs[1]`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out ? `${out}.${name}` : name;
  }, '');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}

function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'an object';
  return `a ${expected}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
