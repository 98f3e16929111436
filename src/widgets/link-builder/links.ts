/**
 * What the link builder makes, as pure functions: the links a brand puts in its consent
 * banner and the ready-to-paste snippets for three consent tools and plain HTML.
 *
 * Everything a brand types is plain text. It reaches the output only through one of
 * three escapes, chosen by where it lands: `encodeURIComponent` inside a URL (through
 * `toSimulatorParams`), `escapeHtml` inside HTML, and `jsString` inside JavaScript. Text
 * that a tool renders as HTML inside a JavaScript string gets both, HTML first. Nothing a
 * brand types is ever written into a comment, where no escape would hold.
 *
 * Config keys checked against the tools' own sources (read through the search tool):
 * - Klaro: `translations.<lang>.purposes.<purpose>.{title, description}`; the description
 *   goes through Klaro's `Text` component, which renders HTML only with `htmlTexts: true`;
 *   the title is always plain text (src/components/purpose-item.jsx, text.jsx).
 * - CookieConsent v3 by Orest Bida: `language.translations.<lang>.preferencesModal.sections[]`
 *   with `title`, `description` and `linkedCategory`; its fields accept HTML
 *   (docs/reference/configuration-reference.md).
 * - tarteaucitron.js: with `moreInfoLink: true`, each service's "more info" link is
 *   `service.readmoreLink` when set, and `readmoreLink` in `init` overrides every service
 *   (tarteaucitron.js, `addService`). The link is written into `href="…"` unescaped, which
 *   is safe only because our URLs never hold a raw quote; tarteaucitron itself gives it
 *   `target="_blank"` and `rel="noreferrer noopener nofollow"`.
 *
 * Every link the snippets write opens a new tab (`target="_blank" rel="noopener"`): a visitor
 * who follows it from a banner keeps the brand's page, banner and answer where they were.
 */
import type { EmbeddableWidget } from '~/features/embed/widgets';
import { categoryIds } from '~/engine/categories';
import { cleanBrand, defaultSettings, toSimulatorParams } from '~/engine/params';
import type { Category, OptionalCategory } from '~/engine/types';
import { fill } from '~/i18n/fill';
import type { Locale } from '~/i18n';
import { foldName } from '~/features/decoder/vocabulary/filter';

/** One of the brand's own category names and the category of ours it stands for. */
export interface NameMapping {
  /** The brand's name for it, as typed. */
  ownName: string;
  /** Our category, or '' while none is picked. */
  category: Category | '';
}

/** What the brand told the builder. */
export interface BuilderInput {
  /** The site's origin, no trailing slash: `location.origin` in the browser, `Astro.site` on the server. */
  origin: string;
  /** The language of the pages the links open. */
  locale: Locale;
  /** The brand's name, as typed; cleaned as the simulator will clean it. */
  brand: string;
  /** The optional categories the brand's banner offers. */
  offered: readonly OptionalCategory[];
  /** The brand's own category names. */
  mappings: readonly NameMapping[];
  /** The widget the iframe snippet embeds; the simulator when absent. */
  embedWidget?: EmbeddableWidget;
}

/** The link for one category, for the "learn more" slot next to its switch. */
export interface CategoryLink {
  category: Category;
  /** The brand's names for it, cleaned, in the order typed; empty when it gave none. */
  ownNames: string[];
  url: string;
}

/** Every link the builder makes. */
export interface BuiltLinks {
  /** The brand's name as the simulator will show it, or null. */
  brand: string | null;
  /** The simulator with nothing optional granted and the brand's name: the main link. */
  simulator: string;
  /** The simulator with every category the banner offers granted. */
  simulatorAllOffered: string;
  /** `/choices/<category>/` for necessary and each offered category, in category order. */
  categories: CategoryLink[];
  /** The chosen widget alone, for an iframe (`/embed/<widget>/`), with the main link's preset. */
  embed: string;
  /** Which widget `embed` shows. */
  embedWidget: EmbeddableWidget;
  /** The site's origin, which the embed snippet trusts for height messages. */
  origin: string;
}

/** Strings the snippets need, in the language of the links (filled on the server). */
export interface SnippetTexts {
  /** Link text when no brand is given. */
  linkText: string;
  /** Link text with a `{brand}` placeholder. */
  linkTextBrand: string;
  /** Text of the per-category link inside a tool's category description. */
  learnMore: string;
  /** Title of the closing "more information" section (CookieConsent). */
  moreTitle: string;
  /** Our category names. */
  categoryNames: Record<Category, string>;
}

/** A path in a locale: `/simulator/` in English, `/fr/simulator/` in French (as `localePath` in `~/i18n`). */
export function pathIn(locale: Locale, path: string): string {
  return locale === 'en' ? path : `/${locale}${path}`;
}

/** A brand's own category name made plain: controls removed, spaces collapsed, at most 60 characters; null if empty. */
export function cleanOwnName(name: string): string | null {
  return cleanBrand(name).brand;
}

/** Builds every link from what the brand typed. Pure: same input, same links. */
export function buildLinks(input: BuilderInput): BuiltLinks {
  const brand = cleanBrand(input.brand).brand;
  const embedWidget = input.embedWidget ?? 'shop-simulator';
  const origin = input.origin.replace(/\/+$/, '');
  const simulatorBase = `${origin}${pathIn(input.locale, '/simulator/')}?`;
  const mapped = new Set<Category>(input.mappings.flatMap((m) => (m.category === '' ? [] : [m.category])));
  const shown = categoryIds.filter(
    (id) => id === 'necessary' || (input.offered as readonly string[]).includes(id) || mapped.has(id),
  );
  return {
    brand,
    simulator: simulatorBase + toSimulatorParams({ ...defaultSettings, consent: [] }, { brand }),
    simulatorAllOffered: simulatorBase + toSimulatorParams({ ...defaultSettings, consent: input.offered }, { brand }),
    embed: `${origin}${pathIn(input.locale, `/embed/${embedWidget}/`)}?${toSimulatorParams({ ...defaultSettings, consent: [] }, { brand })}`,
    embedWidget,
    origin,
    categories: shown.map((category) => ({
      category,
      ownNames: input.mappings.flatMap((m) => {
        const name = m.category === category ? cleanOwnName(m.ownName) : null;
        return name === null ? [] : [name];
      }),
      url: `${origin}${pathIn(input.locale, `/choices/${category}/`)}`,
    })),
  };
}

// ---------------------------------------------------------------------------
// Escapes
// ---------------------------------------------------------------------------

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe inside HTML, in element content and in quoted attributes alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEntities[c] ?? c);
}

/**
 * A JavaScript string literal in single quotes. Backslashes, quotes, line breaks and
 * other control characters are escaped, and so is every `<`, `>` when `plain` is true
 * (text shown as text: nothing in it can close a `<script>` it is pasted into). Strings
 * that carry our own HTML keep their `<a>…</a>` readable; only `</script` and `<!--`,
 * which would end or confuse an HTML `<script>` block, are broken up.
 */
export function jsString(value: string, plain = true): string {
  // Control characters are exactly what this has to find.
  // eslint-disable-next-line no-control-regex
  const escaped = value.replace(/[\\'\u0000-\u001f\u007f\u2028\u2029<>]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\\\';
      case "'":
        return "\\'";
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '<':
        return plain ? '\\x3C' : c;
      case '>':
        return plain ? '\\x3E' : c;
      default:
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `'${plain ? escaped : escaped.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\x3C!--')}'`;
}

/** A name made into a config key: "Social media" → `social_media`; `fallback` when nothing is left. */
export function keyFor(name: string, fallback: string): string {
  const key = foldName(name)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return key === '' ? fallback : key;
}

// ---------------------------------------------------------------------------
// Snippets
// ---------------------------------------------------------------------------

/** The link text for the main link, with the brand's name when it gave one. */
export function mainLinkText(links: BuiltLinks, texts: SnippetTexts): string {
  return links.brand === null ? texts.linkText : fill(texts.linkTextBrand, { brand: links.brand });
}

/**
 * A link as the snippets write it. It opens a new tab (`target="_blank"`), so a visitor who reads
 * the explanation mid-banner comes back to the brand's page and banner as they left them, and
 * `rel="noopener"` gives the new tab no handle on that page.
 */
function linkHtml(url: string, text: string): string {
  return `<a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(text)}</a>`;
}

/** A plain HTML link to the simulator, for any banner or privacy page; it opens a new tab. */
export function htmlSnippet(links: BuiltLinks, texts: SnippetTexts): string {
  return linkHtml(links.simulator, mainLinkText(links, texts));
}

/**
 * One entry per own name, or per category when the brand named none for it. Keys stay
 * unique ("Ads" and "ads!" both fold to `ads`), since a repeated key would silently
 * replace the first in a JavaScript object.
 */
function sectionsOf(links: BuiltLinks, texts: SnippetTexts) {
  const used = new Set<string>();
  return links.categories.flatMap(({ category, ownNames, url }) =>
    (ownNames.length > 0 ? ownNames : [null]).map((ownName) => {
      // Without a name of the brand's own, our category id is the likeliest key it uses.
      const title = ownName ?? texts.categoryNames[category];
      const base = ownName === null ? category : keyFor(ownName, category);
      let key = base;
      for (let n = 2; used.has(key); n++) key = `${base}_${n}`;
      used.add(key);
      return { title, key, url };
    }),
  );
}

/** Klaro: the purposes' translations, each description ending in its category's link. */
export function klaroSnippet(links: BuiltLinks, texts: SnippetTexts, locale: Locale): string {
  const purposes = sectionsOf(links, texts)
    .map(
      ({ title, key, url }) =>
        `        ${jsString(key)}: {\n` +
        `          title: ${jsString(title)},\n` +
        `          description: ${jsString(linkHtml(url, texts.learnMore), false)},\n` +
        `        },`,
    )
    .join('\n');
  return [
    '// Klaro: merge into your klaroConfig. htmlTexts makes Klaro read its texts as HTML,',
    '// so the descriptions can hold a link. Each key under purposes must be a purpose',
    '// name your services use; add your own description before the link.',
    'var klaroConfig = {',
    '  htmlTexts: true,',
    '  translations: {',
    `    ${locale}: {`,
    '      purposes: {',
    purposes,
    '      },',
    '    },',
    '  },',
    '};',
  ].join('\n');
}

/** CookieConsent v3 by Orest Bida: one preferences section per category, and a closing one for the simulator. */
export function orestbidaSnippet(links: BuiltLinks, texts: SnippetTexts, locale: Locale): string {
  const sections = sectionsOf(links, texts)
    .map(
      ({ title, key, url }) =>
        `            {\n` +
        `              title: ${jsString(escapeHtml(title), false)},\n` +
        `              description: ${jsString(linkHtml(url, texts.learnMore), false)},\n` +
        `              linkedCategory: ${jsString(key)},\n` +
        `            },`,
    )
    .join('\n');
  const closing =
    `            {\n` +
    `              title: ${jsString(escapeHtml(texts.moreTitle), false)},\n` +
    `              description: ${jsString(linkHtml(links.simulator, mainLinkText(links, texts)), false)},\n` +
    `            },`;
  return [
    '// CookieConsent v3 (Orest Bida): merge these sections into your own',
    `// language.translations.${locale}.preferencesModal.sections. Each linkedCategory must be`,
    '// the name of a category in your categories setting; add your own description before the link.',
    'CookieConsent.run({',
    '  language: {',
    `    default: ${jsString(locale)},`,
    '    translations: {',
    `      ${locale}: {`,
    '        preferencesModal: {',
    '          sections: [',
    sections,
    closing,
    '          ],',
    '        },',
    '      },',
    '    },',
    '  },',
    '});',
  ].join('\n');
}

/** tarteaucitron.js: the "more info" link of every service points to the simulator. */
export function tarteaucitronSnippet(links: BuiltLinks): string {
  return [
    '// tarteaucitron.js: every service’s “more info” link opens the simulator.',
    '// For one link per category instead, leave readmoreLink out of init (it overrides',
    '// every service) and give each service you declare its own readmoreLink.',
    'tarteaucitron.init({',
    '  moreInfoLink: true,',
    `  readmoreLink: ${jsString(links.simulator)},`,
    '  // …and your other options',
    '});',
  ].join('\n');
}

/** A first height for each embed's iframe, near its height on a phone, before the embed reports its own. */
const embedStartHeight: Record<EmbeddableWidget, number> = {
  'shop-simulator': 900,
  'tradeoff-map': 800,
  compare: 1000,
};

/**
 * An iframe of the chosen widget for a brand's privacy page, and the few lines that let it
 * grow to its content: the embed posts `{ type: 'datadeal:height', height }`, and only
 * messages from our origin are believed.
 */
export function embedSnippet(links: BuiltLinks, texts: SnippetTexts): string {
  const title = escapeHtml(mainLinkText(links, texts));
  const id = `datadeal-${links.embedWidget}`;
  return [
    `<iframe id="${id}" src="${escapeHtml(links.embed)}" title="${title}"`,
    `  width="100%" height="${embedStartHeight[links.embedWidget]}" loading="lazy"></iframe>`,
    `<script>`,
    `  addEventListener('message', function (event) {`,
    `    if (event.origin !== ${jsString(links.origin)} || !event.data || event.data.type !== 'datadeal:height') return;`,
    `    document.getElementById('${id}').height = String(event.data.height);`,
    `  });`,
    `</script>`,
  ].join('\n');
}
