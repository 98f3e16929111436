/**
 * The compare widget (`src/widgets/compare/`), rendered in jsdom with the shopping
 * scenario: a real table with column and row headers, cells in words, and the standalone
 * island whose checkboxes change a column (or both brands) and say so in the live region.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import YAML from 'yaml';
import { simulate } from '~/engine/simulate';
import { parseScenario } from '~/engine/scenario';
import type { OptionalCategory, Settings } from '~/engine/types';
import { labelsFor } from '~/i18n';
import Compare from '~/widgets/compare/Compare.svelte';
import CompareExplorer from '~/widgets/compare/CompareExplorer.svelte';
import { compareTable } from '~/widgets/compare/compare-table';

// vitest runs from the repository root; jsdom gives no file: URL to resolve from.
const scenario = parseScenario(YAML.parse(readFileSync(resolve('content/scenarios/shopping.yaml'), 'utf8')));
const labels = labelsFor('en', 'compare.', 'category.', 'party.', 'punctuation.');
const all: OptionalCategory[] = ['preferences', 'analytics', 'personalization', 'advertising', 'partners'];
const reasoned: OptionalCategory[] = ['preferences', 'analytics', 'personalization'];

function settings(consent: OptionalCategory[], policy: Settings['policy'] = 'maximal'): Settings {
  return { consent, policy, browser: 'allows-third-party-cookies', gpc: false };
}

const columns = [
  { title: 'Reject all', settings: settings([]) },
  { title: 'Reasoned', settings: settings(reasoned) },
  { title: 'Accept all', settings: settings(all) },
];

/** The words of each data cell of the row whose header is `header`. */
function rowCells(header: string | RegExp): string[] {
  const th = screen.getByRole('rowheader', { name: header });
  const row = th.closest('tr');
  if (!row) throw new Error(`no row for ${String(header)}`);
  return within(row)
    .getAllByRole('cell')
    .map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());
}

describe('Compare', () => {
  test('is a table with one column header per profile, after the row-header column', () => {
    render(Compare, { scenario, columns, locale: 'en', labels });
    const table = screen.getByRole('table', { name: /What each choice trades in Maya’s session, side by side/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.trim());
    expect(headers).toEqual(['In the session', 'Reject all', 'Reasoned', 'Accept all']);
    for (const th of within(table).getAllByRole('columnheader')) expect(th).toHaveAttribute('scope', 'col');
  });

  test('shows every experience as a row, gained or lost in words, with the sign hidden from screen readers', () => {
    const { container } = render(Compare, { scenario, columns, locale: 'en', labels });
    expect(rowCells('Recommendations')).toEqual(['✗ Lost', '✓ Gained', '✓ Gained']);
    expect(rowCells('Partner discount')).toEqual(['✗ Lost', '✗ Lost', '✓ Gained']);
    expect(rowCells('Safe payment')).toEqual(['✓ Gained', '✓ Gained', '✓ Gained']);
    expect(rowCells('Experiences gained')).toEqual(['5 of 17', '13 of 17', '17 of 17']);
    const experienceRows = container.querySelectorAll('tbody[data-section="experiences"] th[scope="row"]');
    expect(experienceRows).toHaveLength(18);
    for (const sign of container.querySelectorAll('.sign')) expect(sign).toHaveAttribute('aria-hidden', 'true');
  });

  test('shows categories granted, data by kind of party, recipients by name and storage', () => {
    render(Compare, { scenario, columns, locale: 'en', labels });
    expect(rowCells('Strictly necessary')).toEqual(['✓ Always on', '✓ Always on', '✓ Always on']);
    expect(rowCells('Advertising')).toEqual(['✗ Refused', '✗ Refused', '✓ Granted']);
    expect(rowCells('All data points')).toEqual(['7', '18', '33']);
    expect(rowCells(/^First party/)).toEqual(['7', '18', '19']);
    expect(rowCells(/^Second party/)).toEqual(['0', '0', '3']);
    expect(rowCells(/^Third party/)).toEqual(['0', '0', '11']);
    expect(rowCells('How many companies')).toEqual(['0', '0', '5']);
    expect(rowCells(/^Adnexa/)).toEqual(['– Nothing', '– Nothing', '● Holds 6 data points']);
    expect(rowCells(/^Sillage/)).toEqual(['– Nothing', '– Nothing', '● Holds 1 data point']);
    expect(rowCells('All storage items')).toEqual(['5', '13', '18']);
    expect(rowCells(/^Third-party/)).toEqual(['0', '0', '4']);
  });

  test('groups rows under section headers', () => {
    const { container } = render(Compare, { scenario, columns, locale: 'en', labels });
    const sections = [...container.querySelectorAll('th[scope="rowgroup"]')].map((th) => th.textContent?.trim());
    expect(sections).toEqual([
      'Categories granted',
      'Experiences',
      'Data points held, by whom',
      'Companies besides the shop that hold data',
      'Cookies and other storage',
    ]);
    for (const th of container.querySelectorAll('th[scope="rowgroup"]')) expect(th).toHaveAttribute('colspan', '4');
  });

  test('its figures are the engine’s', () => {
    const outcomes = columns.map((c) => simulate(scenario, c.settings));
    const data = compareTable(scenario, outcomes, 'en', labels).find((s) => s.id === 'data');
    expect(data?.rows[0].cells.map((c) => Number(c.text))).toEqual(outcomes.map((o) => o.summary.dataPoints));
  });
});

describe('CompareExplorer', () => {
  const initial = [settings([]), settings(reasoned), settings(all)];

  test('labels each checkbox with its column and category, ticked as the column grants', () => {
    render(CompareExplorer, { scenario, mode: 'profiles', initial, locale: 'en', labels });
    expect(screen.getAllByRole('checkbox')).toHaveLength(15);
    expect(screen.getByRole('checkbox', { name: 'Column 1: Analytics' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Column 2: Analytics' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Column 2: Advertising' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Column 3: Partners' })).toBeChecked();
    expect(
      screen.getByRole('group', { name: 'Column 2: Preferences, Analytics, Personalisation' }),
    ).toBeInTheDocument();
  });

  test('changing a column’s checkbox changes its title, its cells and the live region, not the other columns', async () => {
    const user = userEvent.setup();
    render(CompareExplorer, { scenario, mode: 'profiles', initial, locale: 'en', labels });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('');
    expect(rowCells('An ad for the jacket she left')).toEqual(['✗ Lost', '✗ Lost', '✓ Gained']);

    await user.click(screen.getByRole('checkbox', { name: 'Column 2: Advertising' }));
    expect(screen.getByRole('checkbox', { name: 'Column 2: Advertising' })).toBeChecked();
    expect(rowCells('An ad for the jacket she left')).toEqual(['✗ Lost', '✓ Gained', '✓ Gained']);
    expect(rowCells('Advertising')).toEqual(['✗ Refused', '✓ Granted', '✓ Granted']);
    expect(rowCells(/^Adnexa/)).toEqual(['– Nothing', '● Holds 6 data points', '● Holds 6 data points']);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent?.trim())).toEqual([
      'In the session',
      'Reject all',
      'Preferences, Analytics, Personalisation, Advertising',
      'Accept all',
    ]);
    expect(status).toHaveTextContent(
      'Column 2 now shows Preferences, Analytics, Personalisation, Advertising: 15 of 17 experiences, 30 data points held, 11 of them by partners and third parties.',
    );

    await user.click(screen.getByRole('checkbox', { name: 'Column 3: Partners' }));
    expect(rowCells('Partner discount')).toEqual(['✗ Lost', '✗ Lost', '✗ Lost']);
    expect(status).toHaveTextContent(
      /^Column 3 now shows Preferences, Analytics, Personalisation, Advertising: 15 of 17/,
    );
  });

  test('in policies mode compares a minimal and a maximal brand under one consent, changed for both', async () => {
    const user = userEvent.setup();
    render(CompareExplorer, {
      scenario,
      mode: 'policies',
      initial: [settings(all, 'minimal'), settings(all, 'maximal')],
      locale: 'en',
      labels,
    });
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent?.trim())).toEqual([
      'In the session',
      'Minimal brand',
      'Maximal brand',
    ]);
    expect(rowCells('Experiences gained')).toEqual(['17 of 17', '17 of 17']);
    expect(rowCells('All data points')).toEqual(['27', '33']);
    expect(screen.getAllByRole('checkbox')).toHaveLength(5);

    await user.click(screen.getByRole('checkbox', { name: 'Both brands: Advertising' }));
    expect(rowCells('Advertising')).toEqual(['✗ Refused', '✗ Refused']);
    expect(rowCells('All data points')).toEqual(['21', '21']);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Both brands now get Preferences, Analytics, Personalisation, Partners. The minimal brand holds 21 data points, the maximal brand 21.',
    );
  });
});
