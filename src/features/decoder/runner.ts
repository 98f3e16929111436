/**
 * Reads one paste and draws the answer as DOM nodes, built with `textContent` only:
 * whatever was pasted shows as text, never as HTML. Loaded on first use by
 * `<consent-decoder>`; it loads in turn the TCF library (only for a TC string) and the
 * cookie index (only for a cookie list).
 */
import { fill } from '~/i18n/fill';
import { intlLocale } from '~/widgets/kit/intl';
import { dateOf } from '~/widgets/kit/intl-dates';
import { defaultSettings, DEFAULT_SCENARIO_ID, parseSimulatorParams, toSimulatorParams } from '~/engine/params';
import type { Locale } from '~/engine/locales';
import type { OptionalCategory } from '~/engine/types';
import { readConsentMode, simulatorAliases, type ConsentModeReading } from './decode/consent-mode';
import { readCookieNames, type CookieNames } from './decode/cookie-list';
import { cookieLookup, type CookieIndex, type CookieLookup } from './decode/cookie-index';
import { readRetention } from './decode/retention';
import { cmpName } from './decode/cmp-names';
import type { Problem } from './decode/problem';
import { grantedCategories, LEGITIMATE_INTEREST_PURPOSES, readCategories } from './decode/tcf-categories';
import type { TcSummary } from './decode/tc-string';
import { runnerLabels } from './runner-labels';

/** The forms of the page. */
export type ReadingKind = 'tc' | 'gcm' | 'cookies';

/** What the page hands the runner (the JSON in `script.decoder-config`). */
export interface DecoderConfig {
  locale: Locale;
  /** Official names of TCF purposes 1-11 and special features 1-2, in the page's language. */
  purposeNames: string[];
  specialFeatureNames: string[];
  /** `/simulator/` or `/fr/simulator/`. */
  simulatorPath: string;
}

/** The answer to one paste: nodes for the result area, one sentence for the live region. */
export interface Answer {
  nodes: Node[];
  summary: string;
}

/** The runner's interface, as `<consent-decoder>` imports it. */
export interface Runner {
  read(kind: ReadingKind, text: string, config: DecoderConfig): Promise<Answer>;
}

/** Reads `text` as `kind`. Never throws for any text; rejects only if a lazy part fails to load. */
export async function read(kind: ReadingKind, text: string, config: DecoderConfig): Promise<Answer> {
  const view = new View(config, await runnerLabels(config.locale));
  if (kind === 'tc') {
    const { decodeTcString } = await import('./decode/tc-string');
    const result = decodeTcString(text);
    return result.ok ? view.tc(result.value) : view.problem(result.problem);
  }
  if (kind === 'gcm') {
    const result = readConsentMode(text);
    return result.ok ? view.consentMode(result.value) : view.problem(result.problem);
  }
  const names = readCookieNames(text);
  if (names.names.length === 0) return view.problem({ code: 'cookies.empty', params: {} });
  const index = (await import('virtual:decoder-cookie-index')).default;
  return view.cookies(names, index);
}

type Child = Node | string | null | undefined | false;

/** Makes an element with text children; attributes are set as properties-free strings. */
function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/**
 * Marks a table so it is shown as stacked rows on a phone (`src/styles/stacked-table.css`):
 * explicit table roles keep its meaning for screen readers when CSS changes its display,
 * and each data cell carries its column's header as `data-label`.
 */
function stackable(table: HTMLElement): HTMLElement {
  table.classList.add('stacks');
  table.setAttribute('role', 'table');
  const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
  for (const group of table.querySelectorAll('thead, tbody')) group.setAttribute('role', 'rowgroup');
  for (const row of table.querySelectorAll('tr')) {
    row.setAttribute('role', 'row');
    let column = 0;
    for (const cell of row.children) {
      if (cell.tagName === 'TH')
        cell.setAttribute('role', cell.getAttribute('scope') === 'col' ? 'columnheader' : 'rowheader');
      else {
        cell.setAttribute('role', 'cell');
        const label = headers[column];
        if (!cell.hasAttribute('colspan') && label) cell.setAttribute('data-label', label);
      }
      column += Number(cell.getAttribute('colspan') ?? 1);
    }
  }
  return table;
}

class View {
  constructor(
    private readonly config: DecoderConfig,
    private readonly labels: Record<string, string>,
  ) {}

  t(key: string, params: Record<string, string | number> = {}): string {
    return fill(this.labels[`decoderTool.${key}`] ?? key, params);
  }

  category(id: string): string {
    return this.labels[`category.${id}`] ?? id;
  }

  problem(problem: Problem): Answer {
    const sentence = this.t(`problem.${problem.code}`, problem.params);
    return { nodes: [h('p', { class: 'problem' }, sentence)], summary: sentence };
  }

  /** The "See what this choice trades" link, granting `consent`. */
  replay(consent: readonly OptionalCategory[]): HTMLElement {
    const href = `${this.config.simulatorPath}?${toSimulatorParams({ ...defaultSettings, consent: [...consent] })}`;
    return h(
      'p',
      { class: 'replay' },
      h('a', { href }, consent.length === 0 ? this.t('replayNone') : this.t('replay')),
    );
  }

  date(iso: string): string {
    if (!iso) return this.t('tc.noDate');
    return dateOf(this.config.locale, new Date(iso));
  }

  /** A language or region name from its code, or the code alone when the browser does not know it. */
  displayName(code: string, type: 'language' | 'region'): string {
    try {
      const name = /^[A-Z]{2}$/.test(code)
        ? new Intl.DisplayNames([intlLocale(this.config.locale)], { type }).of(code)
        : undefined;
      return name && name !== code ? `${name} (${code})` : code || '–';
    } catch {
      return code || '–';
    }
  }

  tc(tc: TcSummary): Answer {
    const yes = this.t('yes');
    const no = this.t('no');
    const name = cmpName(tc.cmpId);
    const policy =
      tc.policyVersion < 4
        ? this.t('tc.policy.old', { n: tc.policyVersion })
        : tc.policyVersion === 4
          ? this.t('tc.policy.v22')
          : this.t('tc.policy.newer', { n: tc.policyVersion });
    const rows: [string, string][] = [
      [this.t('tc.created'), this.date(tc.created)],
      [this.t('tc.updated'), this.date(tc.lastUpdated)],
      [
        this.t('tc.cmp'),
        name ? this.t('tc.cmpKnown', { name, id: tc.cmpId }) : this.t('tc.cmpUnknown', { id: tc.cmpId }),
      ],
      [this.t('tc.cmpVersion'), String(tc.cmpVersion)],
      [this.t('tc.policy'), policy],
      [this.t('tc.language'), this.displayName(tc.consentLanguage, 'language')],
      [this.t('tc.country'), this.displayName(tc.publisherCountryCode, 'region')],
      [this.t('tc.scope'), tc.isServiceSpecific ? this.t('tc.scope.service') : this.t('tc.scope.global')],
    ];
    const purposes = stackable(
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...[this.t('tc.purpose'), this.t('tc.consent'), this.t('tc.li')].map((text) =>
              h('th', { scope: 'col' }, text),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...tc.purposes.map((p) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, `${p.id}. ${this.config.purposeNames[p.id - 1] ?? ''}`),
              h('td', {}, p.consent ? yes : no),
              h(
                'td',
                {},
                !LEGITIMATE_INTEREST_PURPOSES.includes(p.id)
                  ? this.t('tc.li.notAllowed')
                  : p.legitimateInterest
                    ? this.t('tc.li.yes')
                    : no,
              ),
            ),
          ),
        ),
      ),
    );
    const readings = readCategories(tc.purposes);
    const categories = stackable(
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...[this.t('tc.category'), this.t('tc.categoryPurposes'), this.t('tc.categoryVerdict')].map((text) =>
              h('th', { scope: 'col' }, text),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...readings.map((r) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, this.category(r.category)),
              h('td', {}, r.purposes.map((p) => `${p.id} (${this.t(`tc.basis.${p.basis}`)})`).join(', ') || '–'),
              h('td', {}, this.t(`tc.status.${r.status}`)),
            ),
          ),
        ),
      ),
    );
    const granted = grantedCategories(readings);
    const nodes = [
      h('h4', {}, this.t('tc.result')),
      h('dl', {}, ...rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
      h('h4', {}, this.t('tc.purposes')),
      purposes,
      h('h4', {}, this.t('tc.specialFeatures')),
      h(
        'ul',
        {},
        ...tc.specialFeatures.map((f) =>
          h(
            'li',
            {},
            this.t('tc.featureLine', {
              feature: this.config.specialFeatureNames[f.id - 1] ?? f.id,
              state: f.optedIn ? this.t('tc.optedIn') : this.t('tc.notOptedIn'),
            }),
          ),
        ),
      ),
      h('h4', {}, this.t('tc.vendors')),
      h(
        'p',
        {},
        this.t('tc.vendorCounts', {
          consents: tc.vendorConsents,
          li: tc.vendorLegitimateInterests,
          disclosed: tc.vendorsDisclosed,
        }),
      ),
      h('h4', {}, this.t('tc.restrictions')),
      tc.restrictions.length === 0
        ? h('p', {}, this.t('tc.restrictions.none'))
        : h(
            'ul',
            {},
            ...tc.restrictions.map((r) =>
              h('li', {}, this.t(`tc.restriction.${r.type}`, { purpose: r.purposeId, vendors: r.vendors })),
            ),
          ),
      h('h4', {}, this.t('tc.categories')),
      categories,
      h('p', { class: 'note' }, this.t('tc.simplifies')),
      this.replay(granted),
    ];
    return {
      nodes,
      summary: this.t('tc.announce', {
        consents: tc.purposes.filter((p) => p.consent).length,
        vendors: tc.vendorConsents,
      }),
    };
  }

  consentMode(reading: ConsentModeReading): Answer {
    const state = (value: string) => this.t(`gcm.state.${value}`);
    const values = [reading.gcs && `gcs=${reading.gcs}`, reading.gcd && `gcd=${reading.gcd}`]
      .filter(Boolean)
      .join(', ');
    const rows = reading.signals.map((s) => {
      const what = h('th', { scope: 'row' }, h('code', {}, s.signal), ` (${this.t(`gcm.meaning.${s.signal}`)})`);
      if (!s.documented)
        return h('tr', {}, what, h('td', { colspan: '2' }, this.t('gcm.state.undocumented', { letter: s.letter })));
      const history =
        s.from === 'gcs'
          ? this.t('gcm.history.gcs')
          : s.byDefault && s.byUpdate
            ? this.t('gcm.history.both', { default: state(s.byDefault), update: state(s.byUpdate) })
            : s.byDefault
              ? this.t('gcm.history.default', { default: state(s.byDefault) })
              : s.byUpdate
                ? this.t('gcm.history.update', { update: state(s.byUpdate) })
                : this.t('gcm.history.none');
      return h('tr', {}, what, h('td', {}, state(s.state)), h('td', {}, history));
    });
    const settings = parseSimulatorParams(simulatorAliases(reading), [DEFAULT_SCENARIO_ID]).settings;
    const documented = reading.signals.filter((s) => s.documented);
    const nodes: Child[] = [
      h('h4', {}, this.t('gcm.result')),
      h('p', {}, this.t('gcm.values', { values })),
      reading.gcsDocumented === false &&
        h('p', { class: 'problem' }, this.t('gcm.gcsUndocumented', { value: reading.gcs ?? '' })),
      rows.length > 0 &&
        stackable(
          h(
            'table',
            {},
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ...[this.t('gcm.signal'), this.t('gcm.state'), this.t('gcm.history')].map((text) =>
                  h('th', { scope: 'col' }, text),
                ),
              ),
            ),
            h('tbody', {}, ...rows),
          ),
        ),
      ...reading.disagreements.map((d) =>
        h(
          'p',
          { class: 'problem' },
          this.t('gcm.disagree', { signal: d.signal, gcs: state(d.gcs), gcd: state(d.gcd) }),
        ),
      ),
      reading.gcd !== null && h('p', { class: 'note' }, this.t('gcm.digits')),
      this.replay(settings.consent),
    ];
    return {
      nodes: nodes.filter((n): n is Node => n instanceof Node),
      summary: this.t('gcm.announce', {
        granted: documented.filter((s) => s.documented && s.state === 'granted').length,
        total: reading.signals.length,
      }),
    };
  }

  lifetime(text: string): HTMLElement {
    const retention = readRetention(text);
    if (retention.kind === 'session') return h('span', {}, this.t('cookies.session'));
    if (retention.kind === 'duration')
      return h('span', {}, this.t(`cookies.unit.${retention.unit}`, { n: retention.amount }));
    return h('span', { lang: 'en' }, retention.text || '–');
  }

  cookies(read: CookieNames, index: CookieIndex): Answer {
    const lookup = cookieLookup(index);
    const unknown: CookieLookup = { kind: 'unknown' };
    const found = read.names.map((n) => ({ ...n, lookup: n.valid ? lookup(n.name) : unknown }));
    const known = found.filter((f) => f.lookup.kind === 'known').length;
    const english: Record<string, string> = this.config.locale === 'en' ? {} : { lang: 'en' };
    const rows = found.map((f) => {
      const name = h(
        'th',
        { scope: 'row' },
        h('code', {}, f.name),
        f.count > 1 && ` (${this.t('cookies.times', { n: f.count })})`,
      );
      if (f.lookup.kind === 'unknown') {
        return h(
          'tr',
          {},
          name,
          h('td', { colspan: '4' }, f.valid ? this.t('cookies.unknown') : this.t('cookies.invalid')),
        );
      }
      const { facts, matchedBy, prefix } = f.lookup;
      const list = (make: (fact: (typeof facts)[number]) => Child[]) =>
        facts.length === 1
          ? h('span', {}, ...make(facts[0]))
          : h('ul', {}, ...facts.map((fact) => h('li', {}, ...make(fact))));
      return h(
        'tr',
        {},
        name,
        h(
          'td',
          {},
          list((fact) => [fact.platform, fact.thirdParty && `, ${this.t('cookies.thirdParty')}`]),
          matchedBy === 'prefix' && h('span', { class: 'note' }, ` (${this.t('cookies.prefix', { prefix })})`),
        ),
        h(
          'td',
          english,
          list((fact) => [fact.description]),
        ),
        h(
          'td',
          {},
          list((fact) => [this.lifetime(fact.retention)]),
        ),
        h(
          'td',
          {},
          list((fact) => [
            this.category(fact.category),
            ` (${this.t('cookies.theirCategory', { category: fact.ocdCategory })})`,
          ]),
        ),
      );
    });
    const categories = new Set<OptionalCategory>();
    for (const f of found) {
      if (f.lookup.kind !== 'known') continue;
      for (const fact of f.lookup.facts) if (fact.category !== 'necessary') categories.add(fact.category);
    }
    const counts = { n: found.length, known, unknown: found.length - known };
    const source = index.source;
    const nodes: Child[] = [
      h('h4', {}, this.t('cookies.result')),
      h('p', {}, this.t('cookies.counts', counts)),
      read.skipped > 0 && h('p', { class: 'note' }, this.t('cookies.skipped', { n: read.skipped })),
      read.truncated && h('p', { class: 'note' }, this.t('cookies.truncated')),
      !source && h('p', { class: 'problem' }, this.t('cookies.noData')),
      stackable(
        h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...['name', 'who', 'what', 'lifetime', 'ours'].map((key) =>
                h('th', { scope: 'col' }, this.t(`cookies.${key}`)),
              ),
            ),
          ),
          h('tbody', {}, ...rows),
        ),
      ),
      h('p', { class: 'note' }, this.t('cookies.judgement')),
      source &&
        h(
          'p',
          { class: 'note' },
          this.t('cookies.source', { name: source.name, licence: source.licence, date: source.date }),
        ),
      this.replay([...categories]),
    ];
    return {
      nodes: nodes.filter((n): n is Node => n instanceof Node),
      summary: this.t('cookies.announce', counts),
    };
  }
}
