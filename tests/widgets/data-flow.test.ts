/**
 * The data flow (`src/widgets/data-flow/`), rendered in jsdom from real outcomes of the
 * shopping scenario: the list a screen reader reads (each holder, its kind, its count, and
 * the details of each data point), the diagram's accessible summary and faded boxes, the step
 * limit, the live region, and the standalone version's category checkboxes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import YAML from 'yaml';
import { optionalCategoryIds } from '~/engine/categories';
import { parseScenario } from '~/engine/scenario';
import { simulate } from '~/engine/simulate';
import type { OptionalCategory, Settings } from '~/engine/types';
import { labelsFor, type Locale } from '~/i18n';
import DataFlow from '~/widgets/data-flow/DataFlow.svelte';
import StandaloneDataFlow from '~/widgets/data-flow/StandaloneDataFlow.svelte';
import { layoutFlow } from '~/widgets/data-flow/layout';

// vitest runs from the repository root; jsdom gives no file: URL to resolve from.
const scenario = parseScenario(YAML.parse(readFileSync(resolve('content/scenarios/shopping.yaml'), 'utf8')));

function settings(consent: readonly OptionalCategory[], overrides: Partial<Settings> = {}): Settings {
  return { consent, policy: 'maximal', browser: 'allows-third-party-cookies', gpc: false, ...overrides };
}

const all = settings(optionalCategoryIds);
const none = settings([]);

function renderFlow(choice: Settings, options: { upToStep?: number; locale?: Locale } = {}) {
  const locale = options.locale ?? 'en';
  return render(DataFlow, {
    scenario,
    outcome: simulate(scenario, choice),
    upToStep: options.upToStep,
    locale,
    labels: labelsFor(locale, 'dataFlow.', 'category.', 'party.'),
  });
}

/** Each holder of the list as "name | kind | count", in scenario order. */
function holders(): string[] {
  const list = screen.getByRole('list', { name: /^(Holder by holder|Détenteur par détenteur)$/ });
  return [...list.querySelectorAll(':scope > li')].map((item) =>
    ['.name', '.kind', '.count'].map((part) => item.querySelector(part)?.textContent?.trim()).join(' | '),
  );
}

/** The diagram's box for a party, and whether it is drawn as holding something. */
function boxState(id: string): string | null {
  return document.querySelector(`svg [data-box="${id}"]`)?.getAttribute('data-state') ?? null;
}

describe('DataFlow', () => {
  test('accepting everything: the list names each holder, its kind and its count', () => {
    renderFlow(all);
    expect(holders()).toEqual([
      'Threadline | First party | 19 data points',
      'Colibri Express | Second party | 2 data points',
      'Sillage | Second party | 1 data point',
      'Adnexa | Third party | 6 data points',
      'Plume | Third party | 3 data points',
      'Datavista | Third party | 2 data points',
    ]);
  });

  test('refusing everything: only the shop holds anything, the others hold nothing yet', () => {
    renderFlow(none);
    expect(holders()).toEqual([
      'Threadline | First party | 7 data points',
      'Colibri Express | Second party | nothing yet',
      'Sillage | Second party | nothing yet',
      'Adnexa | Third party | nothing yet',
      'Plume | Third party | nothing yet',
      'Datavista | Third party | nothing yet',
    ]);
    expect(boxState('threadline')).toBe('holding');
    for (const id of ['colibri', 'sillage', 'adnexa', 'plume', 'datavista']) expect(boxState(id)).toBe('empty');
  });

  test('the diagram is one image whose name sums up who holds what', () => {
    renderFlow(all);
    const diagram = screen.getByRole('img', { name: /^Diagram of who holds Maya’s data\./ });
    expect(diagram.tagName.toLowerCase()).toBe('svg');
    expect(diagram).toHaveAccessibleName(
      'Diagram of who holds Maya’s data. Threadline, First party: 19 data points. ' +
        'Colibri Express, Second party: 2 data points. Sillage, Second party: 1 data point. ' +
        'Adnexa, Third party: 6 data points. Plume, Third party: 3 data points. Datavista, Third party: 2 data points.',
    );
    expect(diagram).toHaveAttribute('viewBox');
    // Each kind of party has its own line style, not only its own colour.
    const links = [...diagram.querySelectorAll('path.link')];
    const kinds = links.map((link) => ['first', 'second', 'third'].filter((kind) => link.classList.contains(kind)));
    expect(new Set(kinds.flat())).toEqual(new Set(['first', 'second', 'third']));
    expect(kinds.every((kind) => kind.length === 1)).toBe(true);
  });

  test('each holder opens on its data points: category, purpose, legal basis and retention', async () => {
    const user = userEvent.setup();
    renderFlow(all);
    const adnexa = screen.getByText('Adnexa', { selector: 'summary .name' });
    const details = adnexa.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    await user.click(adnexa);
    expect(details).toHaveAttribute('open');
    const points = within(details).getAllByRole('listitem');
    expect(points).toHaveLength(6);
    const first = points[0];
    expect(first).toHaveTextContent('Jackets Maya looked at, added to her Adnexa profile');
    const terms = within(first)
      .getAllByRole('term')
      .map((dt) => dt.textContent);
    const values = within(first)
      .getAllByRole('definition')
      .map((dd) => dd.textContent);
    expect(terms).toEqual(['Collected under', 'Why', 'Legal basis', 'Kept for']);
    expect(values).toEqual(['Advertising', 'Show Maya ads for these jackets on other sites.', 'Consent', '13 months']);
  });

  test('upToStep counts only what the session has produced so far', () => {
    renderFlow(all, { upToStep: 0 });
    expect(holders()).toEqual([
      'Threadline | First party | 2 data points',
      'Colibri Express | Second party | nothing yet',
      'Sillage | Second party | nothing yet',
      'Adnexa | Third party | nothing yet',
      'Plume | Third party | nothing yet',
      'Datavista | Third party | nothing yet',
    ]);
  });

  test('the live region announces the new counts when the outcome changes', async () => {
    const { rerender } = renderFlow(all);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('33 data points about Maya, held by 6 companies; 14 of them outside the shop.');
    await rerender({ outcome: simulate(scenario, none) });
    expect(status).toHaveTextContent('7 data points about Maya, held by 1 company; 0 of them outside the shop.');
    expect(boxState('adnexa')).toBe('empty');
  });

  test('speaks French to French readers', () => {
    renderFlow(all, { locale: 'fr' });
    expect(holders()[0]).toBe('Threadline | Propriétaire | 19 données');
    expect(screen.getByRole('img', { name: /^Schéma de qui détient les données de Maya\./ })).toBeInTheDocument();
  });
});

describe('layoutFlow', () => {
  test('draws one box per party plus the shopper, every line starting at a box and no box overlapping another', () => {
    const layout = layoutFlow(scenario.parties, scenario.shop.party);
    expect(layout.boxes.map((box) => box.id)).toEqual([
      'you',
      'threadline',
      'colibri',
      'sillage',
      'adnexa',
      'plume',
      'datavista',
    ]);
    expect(layout.links).toHaveLength(scenario.parties.length);
    for (const [i, a] of layout.boxes.entries()) {
      expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
      expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
      for (const b of layout.boxes.slice(i + 1)) {
        const apart = a.y + a.height <= b.y || b.y + b.height <= a.y || a.x + a.width <= b.x || b.x + b.width <= a.x;
        expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
      }
    }
  });
});

describe('StandaloneDataFlow', () => {
  function renderStandalone(choice: Settings) {
    return render(StandaloneDataFlow, {
      scenario,
      settings: choice,
      locale: 'en',
      labels: labelsFor('en', 'dataFlow.', 'category.', 'party.'),
    });
  }

  test('unticking advertising by keyboard leaves the third parties with nothing, and says so', async () => {
    const user = userEvent.setup();
    renderStandalone(all);
    const advertising = screen.getByRole('checkbox', { name: 'Advertising' });
    advertising.focus();
    await user.keyboard(' ');
    expect(advertising).not.toBeChecked();
    expect(holders().slice(3)).toEqual([
      'Adnexa | Third party | nothing yet',
      'Plume | Third party | nothing yet',
      'Datavista | Third party | nothing yet',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent(
      '21 data points about Maya, held by 3 companies; 3 of them outside the shop.',
    );
    expect(screen.getByRole('img')).toHaveAccessibleName(/Adnexa, Third party: nothing yet\./);
  });

  test('ticking partners back by keyboard sends data to the named partners again', async () => {
    const user = userEvent.setup();
    renderStandalone(none);
    expect(holders()[1]).toBe('Colibri Express | Second party | nothing yet');
    const partners = screen.getByRole('checkbox', { name: 'Partners' });
    partners.focus();
    await user.keyboard(' ');
    expect(partners).toBeChecked();
    expect(holders().slice(1, 3)).toEqual([
      'Colibri Express | Second party | 2 data points',
      'Sillage | Second party | 1 data point',
    ]);
    expect(boxState('colibri')).toBe('holding');
  });
});
