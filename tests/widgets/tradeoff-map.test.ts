/**
 * The trade-off map (`src/widgets/tradeoff-map/`), rendered in jsdom from a real
 * comparison of the shopping scenario: every profile reachable, the presets named, the
 * radio group driven by keys and pointer, the details panel, the live region and the table.
 */
import { describe, expect, test, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { compareProfiles } from '~/engine/compare';
import type { OptionalCategory } from '~/engine/types';
import { labelsFor } from '~/i18n';
import TradeoffMap from '~/widgets/tradeoff-map/TradeoffMap.svelte';
import TradeoffMapExplorer from '~/widgets/tradeoff-map/TradeoffMapExplorer.svelte';
import { mapPoints } from '~/widgets/tradeoff-map/points';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import YAML from 'yaml';
import { parseScenario } from '~/engine/scenario';

// vitest runs from the repository root; jsdom gives no file: URL to resolve from.
const scenario = parseScenario(YAML.parse(readFileSync(resolve('content/scenarios/shopping.yaml'), 'utf8')));
const comparison = compareProfiles(scenario);
const labels = labelsFor('en', 'tradeoffMap.', 'category.', 'punctuation.');

function renderMap(current = 'none', onselect?: (consent: OptionalCategory[]) => void) {
  return render(TradeoffMap, { comparison, current, locale: 'en', labels, onselect });
}

/** The count a point stands for: 1, or the number it shows ("2 choices, ..."). */
function countOf(radio: HTMLElement): number {
  const match = /^(\d+) choices, /.exec(radio.getAttribute('aria-label') ?? '');
  return match ? Number(match[1]) : 1;
}

describe('TradeoffMap', () => {
  test('every one of the 32 profiles is reachable through a point', () => {
    renderMap();
    const radios = screen.getAllByRole('radio');
    expect(radios.length).toBe(mapPoints(comparison).length);
    expect(radios.length).toBeLessThan(32);
    expect(radios.reduce((sum, radio) => sum + countOf(radio), 0)).toBe(32);
  });

  test('names reject all and accept all, on the drawing and in the points', () => {
    const { container } = renderMap();
    const names = [...container.querySelectorAll('svg .name')].map((n) => n.textContent);
    expect(names.some((n) => n?.includes('Reject all'))).toBe(true);
    expect(names.some((n) => n?.includes('Accept all'))).toBe(true);
    expect(screen.getByRole('radio', { name: 'Reject all: 5 experiences, 0 data points shared' })).toBeInTheDocument();
    expect(
      screen.getByRole('radio', { name: 'Accept all: 17 experiences, 14 data points shared' }),
    ).toBeInTheDocument();
  });

  test('labels its axes with their units', () => {
    const { container } = renderMap();
    const titles = [...container.querySelectorAll('svg .axis-title')].map((n) => n.textContent);
    expect(titles).toEqual(['Data points shared with others →', 'Experiences gained, out of 17 →']);
  });

  test('highlights the current profile, and only it, with aria-checked and a label', () => {
    const { container } = renderMap('preferences,personalization');
    const checked = screen.getAllByRole('radio', { checked: true });
    expect(checked).toHaveLength(1);
    expect(checked[0]).toHaveAccessibleName('Preferences, Personalisation: 12 experiences, 0 data points shared');
    expect(checked[0]).toHaveAttribute('aria-checked', 'true');
    expect(checked[0]).toHaveAttribute('data-state', 'checked');
    expect(checked[0].querySelector('path.mark')).not.toBeNull();
    expect(container.querySelector('svg .name.selected')?.textContent).toBe('Selected');
    expect(screen.getByText('Preferences, Personalisation', { selector: 'strong' })).toBeInTheDocument();
  });

  test('gives the tab stop to the checked point only (roving tabindex)', () => {
    renderMap('all');
    const radios = screen.getAllByRole('radio');
    expect(radios.filter((r) => r.getAttribute('tabindex') === '0')).toEqual([
      screen.getByRole('radio', { checked: true }),
    ]);
  });

  test('arrow keys move the focus in x-then-y order without selecting; Enter selects', async () => {
    const user = userEvent.setup();
    const onselect = vi.fn();
    renderMap('none', onselect);
    const radios = screen.getAllByRole('radio');
    await user.tab();
    expect(radios[0]).toHaveFocus();
    expect(radios[0]).toHaveAccessibleName(/^Reject all:/);

    await user.keyboard('{ArrowRight}');
    expect(radios[1]).toHaveFocus();
    expect(radios[1]).toHaveAccessibleName('Analytics: 6 experiences, 0 data points shared');
    await user.keyboard('{ArrowUp}');
    expect(radios[2]).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowLeft}');
    expect(radios[0]).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(radios[radios.length - 1]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(radios[0]).toHaveFocus();
    await user.keyboard('{End}');
    expect(radios[radios.length - 1]).toHaveFocus();
    expect(onselect).not.toHaveBeenCalled();
    expect(radios[0]).toHaveAttribute('aria-checked', 'true');

    await user.keyboard('{Home}{ArrowRight}{Enter}');
    expect(onselect).toHaveBeenCalledTimes(1);
    expect(onselect).toHaveBeenCalledWith(['analytics']);
    expect(radios[1]).toHaveAttribute('aria-checked', 'true');
    expect(radios[0]).toHaveAttribute('aria-checked', 'false');
    expect(radios[1]).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Selected Analytics: 6 of 17 experiences, 0 data points shared with others.',
    );

    await user.keyboard('{End} ');
    expect(onselect).toHaveBeenLastCalledWith([
      'preferences',
      'analytics',
      'personalization',
      'advertising',
      'partners',
    ]);
    expect(screen.getByRole('radio', { name: /^Accept all:/ })).toBeChecked();
  });

  test('a pointer selects a point', async () => {
    const user = userEvent.setup();
    const onselect = vi.fn();
    renderMap('none', onselect);
    await user.click(screen.getByRole('radio', { name: /^Accept all:/ }));
    expect(onselect).toHaveBeenCalledWith(['preferences', 'analytics', 'personalization', 'advertising', 'partners']);
    expect(screen.getByRole('radio', { name: /^Accept all:/ })).toHaveAttribute('aria-checked', 'true');
  });

  test('a shared spot shows its count, lists every profile on it, and each can be picked', async () => {
    const user = userEvent.setup();
    const onselect = vi.fn();
    renderMap('none', onselect);
    const shared = screen.getByRole('radio', {
      name: '2 choices, Preferences; Analytics, Personalisation: 9 experiences, 0 data points shared',
    });
    expect(shared.querySelector('text.count')?.textContent).toBe('2');
    await user.click(shared);
    expect(onselect).toHaveBeenLastCalledWith(['preferences']);
    const picks = screen.getAllByRole('button', { pressed: false });
    expect(picks.map((b) => b.textContent)).toEqual(['Analytics, Personalisation']);
    expect(screen.getByRole('button', { pressed: true })).toHaveTextContent('Preferences');
    await user.click(picks[0]);
    expect(onselect).toHaveBeenLastCalledWith(['analytics', 'personalization']);
    expect(screen.getByRole('button', { pressed: true })).toHaveTextContent('Analytics, Personalisation');
    expect(shared).toHaveAttribute('aria-checked', 'true');
  });

  test('says whether the selection is one of the best trade-offs, and which one beats it', () => {
    const { unmount } = renderMap('preferences,analytics,personalization');
    expect(screen.getByText(/^On the line of best trade-offs/)).toBeInTheDocument();
    unmount();
    renderMap('preferences,personalization,advertising');
    expect(
      screen.getByText(
        'Off the line of best trade-offs. Preferences, Analytics, Personalisation, Partners does better: 15 experiences for 3 data points shared.',
      ),
    ).toBeInTheDocument();
  });

  test('follows a new current profile from its parent', async () => {
    const { rerender } = renderMap('none');
    expect(screen.getByRole('radio', { checked: true })).toHaveAccessibleName(/^Reject all:/);
    await rerender({ comparison, current: 'all', locale: 'en', labels });
    expect(screen.getByRole('radio', { checked: true })).toHaveAccessibleName(/^Accept all:/);
  });

  test('has a collapsed table alternative with all 32 profiles, the selected one marked', () => {
    const { container } = renderMap('preferences');
    const details = container.querySelector('details.table-alt');
    expect(details).not.toBeNull();
    expect(details).not.toHaveAttribute('open');
    const table = within(details as HTMLElement).getByRole('table', { hidden: true });
    const rows = within(table).getAllByRole('row', { hidden: true });
    expect(rows).toHaveLength(33);
    const headers = within(rows[0]).getAllByRole('columnheader', { hidden: true });
    expect(headers.map((h) => h.textContent)).toEqual([
      'Choice',
      'Experiences gained',
      'Data points shared with others',
      'Data points held',
      'Recipients besides the shop',
      'Best trade-off',
    ]);
    const selected = table.querySelector('tr.selected');
    expect(selected?.querySelector('th')?.textContent).toMatch(/^\s*Preferences\s*\(selected\)\s*$/);
    expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(32);
  });
});

describe('TradeoffMapExplorer', () => {
  test('lists what the selected profile gains and misses, and follows a new selection', async () => {
    const user = userEvent.setup();
    render(TradeoffMapExplorer, { comparison, scenario, current: 'none', locale: 'en', labels });
    expect(screen.getByText('Maya gets (5)')).toBeInTheDocument();
    expect(screen.getByText('Maya misses (12)')).toBeInTheDocument();
    expect(screen.getByText('What Reject all changes in the session')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /^Accept all:/ }));
    expect(screen.getByText('Maya gets (17)')).toBeInTheDocument();
    expect(screen.getByText('Maya misses (0)')).toBeInTheDocument();
    expect(screen.getByText('Nothing: she gets every experience of the session.')).toBeInTheDocument();
    expect(screen.getByText('Partner discount')).toBeInTheDocument();
  });
});
