/**
 * The cookie jar (`src/widgets/cookie-jar/`), rendered in jsdom from real outcomes of the
 * shopping scenario: the rows the table holds under each choice, how they are grouped and
 * marked, the step limit, what was not set and why, the live region, and the standalone
 * version's category checkboxes driven by keyboard.
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
import CookieJar from '~/widgets/cookie-jar/CookieJar.svelte';
import StandaloneCookieJar from '~/widgets/cookie-jar/StandaloneCookieJar.svelte';

// vitest runs from the repository root; jsdom gives no file: URL to resolve from.
const scenario = parseScenario(YAML.parse(readFileSync(resolve('content/scenarios/shopping.yaml'), 'utf8')));

function settings(consent: readonly OptionalCategory[], overrides: Partial<Settings> = {}): Settings {
  return { consent, policy: 'maximal', browser: 'allows-third-party-cookies', gpc: false, ...overrides };
}

const all = settings(optionalCategoryIds);
const none = settings([]);

function renderJar(choice: Settings, options: { upToStep?: number; locale?: Locale } = {}) {
  const locale = options.locale ?? 'en';
  return render(CookieJar, {
    scenario,
    outcome: simulate(scenario, choice),
    upToStep: options.upToStep,
    locale,
    labels: labelsFor(locale, 'cookieJar.', 'category.', 'party.'),
  });
}

/** The storage names in the table, in order: the row header of each item row. */
function storageNames(): string[] {
  const table = screen.getByRole('table');
  return [...table.querySelectorAll('th[scope="row"] code')].map((code) => code.textContent ?? '');
}

/** The table row of a storage item, found by its name. */
function rowOf(name: string, container: HTMLElement = document.body): HTMLElement {
  const row = within(container).getByText(name, { selector: 'th[scope="row"] code' }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

/** The body groups of the table: first-party, then third-party. */
function groups() {
  const [, firstParty, thirdParty] = screen.getAllByRole('rowgroup');
  return { firstParty, thirdParty };
}

describe('CookieJar', () => {
  test('accepting everything lists all 18 items, with the count in the caption', () => {
    renderJar(all);
    expect(screen.getByRole('table', { name: 'Stored in Maya’s browser so far: 18 items' })).toBeInTheDocument();
    expect(storageNames()).toHaveLength(18);
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Name',
      'Kind',
      'Set by',
      'Why',
      'How long it stays',
    ]);
  });

  test('refusing everything leaves only the strictly necessary storage, and no third party', () => {
    renderJar(none);
    expect(storageNames()).toEqual(['session_id', 'consent_choice', 'search_filters', 'cart_id', '__Host-csrf']);
    for (const name of storageNames()) {
      const row = rowOf(name);
      expect(within(row).getByText('Strictly necessary')).toBeInTheDocument();
      expect(within(row).getByText('First party')).toBeInTheDocument();
    }
    const { thirdParty } = groups();
    expect(within(thirdParty).getByRole('rowheader', { name: /Third-party \(0\)/ })).toBeInTheDocument();
    expect(within(thirdParty).getByText('None so far.')).toBeInTheDocument();
  });

  test('accepting everything shows the third-party items in their own group, marked third party', () => {
    renderJar(all);
    const { firstParty, thirdParty } = groups();
    expect(within(thirdParty).getByRole('rowheader', { name: /Third-party \(4\)/ })).toBeInTheDocument();
    const thirdRows = within(thirdParty)
      .getAllByRole('row')
      .filter((row) => row.querySelector('code'));
    expect(thirdRows.map((row) => row.querySelector('code')?.textContent)).toEqual([
      'adx_uid',
      'plume.gif',
      'dv_uid',
      'adx_conv.gif',
    ]);
    for (const row of thirdRows) {
      expect(within(row).getByText('Third party')).toBeInTheDocument();
      expect(within(row).getByText('Advertising')).toBeInTheDocument();
    }
    // Plume's script writes its id as a first-party cookie: first-party storage, third-party owner.
    const plumeCookie = rowOf('_pl_p', firstParty);
    expect(within(plumeCookie).getByText('Plume')).toBeInTheDocument();
    expect(within(plumeCookie).getByText('Third party')).toBeInTheDocument();
  });

  test('says what each item is and how long it stays, a session cookie until the browser closes', () => {
    renderJar(all);
    const session = rowOf('session_id');
    expect(within(session).getByRole('cell', { name: 'Until you close the browser' })).toBeInTheDocument();
    expect(within(session).getByRole('cell', { name: 'Cookie' })).toBeInTheDocument();
    const stored = rowOf('recently_viewed');
    expect(within(stored).getByRole('cell', { name: 'Local storage' })).toBeInTheDocument();
    const pixel = rowOf('plume.gif');
    expect(within(pixel).getByRole('cell', { name: 'Pixel' })).toBeInTheDocument();
    expect(
      within(pixel).getByRole('cell', { name: 'Nothing stored; a request sent on each page' }),
    ).toBeInTheDocument();
  });

  test('upToStep limits the rows to what the session has set so far', () => {
    renderJar(all, { upToStep: 0 });
    // The header row, two group rows, two items and the "none so far" row of the third-party group.
    expect(screen.getAllByRole('row')).toHaveLength(6);
    expect(screen.getByRole('row', { name: /^session_id Cookie Threadline First party/ })).toBeInTheDocument();
    expect(storageNames()).toEqual(['session_id', 'consent_choice']);
    expect(screen.getByRole('table', { name: 'Stored in Maya’s browser so far: 2 items' })).toBeInTheDocument();
  });

  test('what was not set is folded away, with the reason for each item', async () => {
    const user = userEvent.setup();
    renderJar(none);
    const summary = screen.getByText('Not set, and why (13)');
    const details = summary.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    await user.click(summary);
    expect(details).toHaveAttribute('open');
    const adnexa = within(details).getByText('adx_uid').closest('li')!;
    expect(adnexa).toHaveTextContent('Not set: you refused Advertising.');
    const language = within(details).getByText('lang').closest('li')!;
    expect(language).toHaveTextContent('Not set: you refused Preferences.');
  });

  test('a browser that blocks third-party cookies blocks third-party cookies, not pixels', () => {
    renderJar(settings(optionalCategoryIds, { browser: 'blocks-third-party-cookies' }));
    const details = screen.getByText('Not set, and why (2)').closest('details')!;
    const items = within(details).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('code')?.textContent)).toEqual(['adx_uid', 'dv_uid']);
    for (const item of items) expect(item).toHaveTextContent('Blocked by your browser');
    expect(storageNames()).toEqual(expect.arrayContaining(['plume.gif', 'adx_conv.gif', '_pl_p']));
  });

  test('a browser like Safari shows the 7-day cap on what scripts store, and leaves server cookies alone', () => {
    renderJar(settings(optionalCategoryIds, { browser: 'blocks-third-party-cookies' }));
    expect(
      within(rowOf('_stat_id')).getByRole('cell', {
        name: '7 days after the last visit, in this browser (the site asks for 13 months, not extended by later visits)',
      }),
    ).toBeInTheDocument();
    expect(
      within(rowOf('recently_viewed')).getByRole('cell', { name: /^7 days after the last visit/ }),
    ).toBeInTheDocument();
    expect(within(rowOf('reco_id')).getByRole('cell', { name: '1 year' })).toBeInTheDocument();
  });

  test('a browser that allows third-party cookies shows every lifetime as the site sets it', () => {
    renderJar(all);
    expect(
      within(rowOf('_stat_id')).getByRole('cell', { name: '13 months, not extended by later visits' }),
    ).toBeInTheDocument();
  });

  test('a minimal brand says it stores only what the chosen experiences need', () => {
    renderJar(settings(['analytics', 'advertising'], { policy: 'minimal', gpc: true }));
    const details = screen.getByText(/^Not set, and why/).closest('details')!;
    expect(
      within(details).getAllByText(/the shop stores only what the experiences you chose need/).length,
    ).toBeGreaterThan(0);
    expect(within(details).getAllByText(/you refused Preferences/).length).toBeGreaterThan(0);
  });

  test('the live region announces the new count when the outcome changes', async () => {
    const { rerender } = renderJar(all);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('18 items in Maya’s browser, 4 of them third-party.');
    await rerender({ outcome: simulate(scenario, none) });
    expect(status).toHaveTextContent('5 items in Maya’s browser, 0 of them third-party.');
  });

  test('speaks French to French readers, with French plural rules', () => {
    renderJar(all, { locale: 'fr', upToStep: 0 });
    expect(
      screen.getByRole('table', { name: 'Stocké dans le navigateur de Maya à ce stade\u00a0: 2 éléments' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Jusqu’à la fermeture du navigateur' })).toBeInTheDocument();
  });
});

describe('StandaloneCookieJar', () => {
  function renderStandalone(choice: Settings) {
    return render(StandaloneCookieJar, {
      scenario,
      settings: choice,
      locale: 'en',
      labels: labelsFor('en', 'cookieJar.', 'category.', 'party.'),
    });
  }

  test('starts from the lesson’s choice, with necessary fixed on', () => {
    renderStandalone(all);
    const group = screen.getByRole('group', { name: 'What Maya accepts (untick a category to compare)' });
    const necessary = within(group).getByRole('checkbox', { name: /Strictly necessary/ });
    expect(necessary).toBeChecked();
    expect(necessary).toBeDisabled();
    for (const name of ['Preferences', 'Analytics', 'Personalisation', 'Advertising', 'Partners']) {
      expect(within(group).getByRole('checkbox', { name })).toBeChecked();
    }
    expect(storageNames()).toHaveLength(18);
  });

  test('unticking advertising by keyboard empties the third-party group and announces it', async () => {
    const user = userEvent.setup();
    renderStandalone(all);
    const advertising = screen.getByRole('checkbox', { name: 'Advertising' });
    advertising.focus();
    await user.keyboard(' ');
    expect(advertising).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('13 items in Maya’s browser, 0 of them third-party.');
    expect(storageNames()).not.toContain('adx_uid');
    expect(within(groups().thirdParty).getByText('None so far.')).toBeInTheDocument();
    expect(screen.getByText('Not set, and why (5)')).toBeInTheDocument();
  });

  test('Tab reaches each category in order, and ticking one back adds its storage', async () => {
    const user = userEvent.setup();
    renderStandalone(none);
    expect(storageNames()).toHaveLength(5);
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Preferences' })).toHaveFocus();
    await user.keyboard(' ');
    expect(storageNames()).toEqual(expect.arrayContaining(['lang', 'currency', 'recently_viewed']));
    expect(screen.getByRole('status')).toHaveTextContent('10 items in Maya’s browser, 0 of them third-party.');
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Analytics' })).toHaveFocus();
  });
});
