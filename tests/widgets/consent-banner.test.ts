/**
 * The consent banners (`src/widgets/consent-banner/`), rendered in jsdom: the fair banner's roles,
 * names and keyboard path, and the dark-pattern mocks, whose counters count every click it takes to
 * refuse everything.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import YAML from 'yaml';
import { parseScenario } from '~/engine/scenario';
import { labelsFor } from '~/i18n';
import { fewestClicksToRefuse, MockBanner } from '~/widgets/consent-banner/consent-banner.svelte';
import DarkPatterns from '~/widgets/consent-banner/DarkPatterns.svelte';
import FairBanner from '~/widgets/consent-banner/FairBanner.svelte';
import { inSiteWords } from '~/widgets/consent-banner/labels';

const bannerLabels = labelsFor('en', 'consentBanner.banner.', 'category.');
const patternLabels = labelsFor('en', 'consentBanner.', 'category.');
const wall = {
  site: 'The Daily Ledger',
  accepted: 'The wall lifts, and every article is free, paid for by ads.',
  refused: 'The wall stays. Nour reads the free articles of the month, then meets the subscription page.',
};

function renderBanner(props: Partial<{ initial: ('preferences' | 'analytics')[] }> = {}) {
  const onsave = vi.fn();
  render(FairBanner, { site: 'Threadline', labels: bannerLabels, onsave, ...props });
  return onsave;
}

/** The mock banner group whose heading is `name`. */
function mock(name: string) {
  return within(screen.getByRole('group', { name }));
}

describe('FairBanner', () => {
  test('is a region named by its heading, not a dialog that traps focus', () => {
    renderBanner();
    expect(screen.getByRole('region', { name: 'Threadline asks about cookies' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('offers "Accept all" and "Reject all" side by side, in the same style', () => {
    renderBanner();
    const accept = screen.getByRole('button', { name: 'Accept all' });
    const reject = screen.getByRole('button', { name: 'Reject all' });
    expect(accept.className).toBe(reject.className);
    expect(accept.parentElement).toBe(reject.parentElement);
  });

  test('lists each optional category as a switch with its plain description, none ticked', () => {
    renderBanner();
    const switches = screen.getAllByRole('switch');
    expect(switches.map((element) => element.getAttribute('id')?.split('-').pop())).toEqual([
      'preferences',
      'analytics',
      'personalization',
      'advertising',
      'partners',
    ]);
    for (const element of switches) expect(element).not.toBeChecked();
    expect(screen.getByRole('switch', { name: 'Preferences' })).toHaveAccessibleDescription(
      'Remembers the settings you picked, such as language, currency and size.',
    );
  });

  test('shows strictly necessary as always on, with no switch to turn it off', () => {
    renderBanner();
    expect(screen.getByText('Always on')).toBeInTheDocument();
    expect(screen.queryByRole('switch', { name: /Strictly necessary/ })).toBeNull();
  });

  test('"Reject all" saves no category and "Accept all" saves every one', async () => {
    const user = userEvent.setup();
    const onsave = renderBanner();
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(onsave).toHaveBeenLastCalledWith([]);
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(onsave).toHaveBeenLastCalledWith(['preferences', 'analytics', 'personalization', 'advertising', 'partners']);
  });

  test('keyboard alone completes a choice: Tab to a switch, Space, Tab to "Save my choices", Enter', async () => {
    const user = userEvent.setup();
    const onsave = renderBanner();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Accept all' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Reject all' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('switch', { name: 'Preferences' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('switch', { name: 'Preferences' })).toBeChecked();
    for (let i = 0; i < 4; i += 1) await user.tab();
    expect(screen.getByRole('switch', { name: 'Partners' })).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Save my choices' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onsave).toHaveBeenCalledExactlyOnceWith(['preferences', 'partners']);
  });

  test('reopened, it shows the choice made before, so withdrawing is one click away', async () => {
    const user = userEvent.setup();
    const onsave = renderBanner({ initial: ['analytics'] });
    expect(screen.getByRole('switch', { name: 'Analytics' })).toBeChecked();
    await user.click(screen.getByRole('switch', { name: 'Analytics' }));
    await user.click(screen.getByRole('button', { name: 'Save my choices' }));
    expect(onsave).toHaveBeenCalledExactlyOnceWith([]);
  });
});

// The lesson on banners shows the news site: its banner must not offer to keep a cart.
describe('a site describes its categories in its own words', () => {
  const loadScenario = (id: string) =>
    parseScenario(YAML.parse(readFileSync(resolve(`content/scenarios/${id}.yaml`), 'utf8')));
  const news = loadScenario('news');
  test.each([
    ['en', /\b(shop|cart|products?)\b/i],
    ['fr', /\b(boutique|panier|articles? de la boutique)\b/i],
  ] as const)('%s: the news banner speaks of no shop or cart, and keeps the names', (locale, shopWords) => {
    const labels = inSiteWords(labelsFor(locale, 'category.'), news.shop.banner, locale);
    const descriptions = Object.entries(labels).filter(([key]) => key.endsWith('.short') && !key.startsWith('party.'));
    expect(descriptions).toHaveLength(6);
    expect(descriptions.filter(([, text]) => shopWords.test(text))).toEqual([]);
    expect(labels['category.necessary']).toBe(labelsFor(locale, 'category.')['category.necessary']);
  });

  test('a site without words of its own keeps the dictionary’s', () => {
    const labels = labelsFor('en', 'category.');
    expect(inSiteWords(labels, loadScenario('shopping').shop.banner, 'en')).toEqual(labels);
  });

  test('the fair banner shows the words it is given', () => {
    const labels = inSiteWords(bannerLabels, news.shop.banner, 'en');
    render(FairBanner, { site: 'The Daily Ledger', labels, onsave: vi.fn() });
    expect(screen.getByRole('switch', { name: 'Preferences' })).toHaveAccessibleDescription(
      'Remembers the settings you picked, such as the text size and your local edition.',
    );
  });
});

describe('DarkPatterns', () => {
  test('shows the fair banner and four dark patterns, each a group with its heading, source and fewest clicks', () => {
    render(DarkPatterns, { locale: 'en', labels: patternLabels, wall });
    const names = ['A fair banner', 'Pre-ticked boxes', 'Reject hidden in a second layer'];
    names.push('“Legitimate interest” switches', 'A cookie wall');
    for (const name of names) {
      expect(screen.getByRole('heading', { name })).toBeInTheDocument();
      expect(mock(name).getByText(/^Fewest clicks to refuse everything: \d$/)).toBeInTheDocument();
      expect(mock(name).getByText(/^Source: /)).toBeInTheDocument();
      expect(mock(name).getByRole('status')).toHaveTextContent('Clicks so far: 0');
    }
    expect(mock('Pre-ticked boxes').getByText(/Planet49 judgment, 2019/)).toBeInTheDocument();
    expect(mock('A cookie wall').getByText(/EDPB Guidelines 05\/2020/)).toBeInTheDocument();
  });

  test('the fair banner refuses everything in one click', async () => {
    const user = userEvent.setup();
    render(DarkPatterns, { locale: 'en', labels: patternLabels, wall });
    const fair = mock('A fair banner');
    expect(fair.getByText('Fewest clicks to refuse everything: 1')).toBeInTheDocument();
    await user.click(fair.getByRole('button', { name: 'Reject all' }));
    expect(fair.getByRole('status')).toHaveTextContent('Everything refused, in 1 click.');
  });

  test('pre-ticked boxes count every untick, live, until everything is refused', async () => {
    const user = userEvent.setup();
    render(DarkPatterns, { locale: 'en', labels: patternLabels, wall });
    const preTicked = mock('Pre-ticked boxes');
    const switches = preTicked.getAllByRole('switch');
    expect(switches).toHaveLength(5);
    for (const element of switches) expect(element).toBeChecked();
    await user.click(switches[0]);
    expect(preTicked.getByRole('status')).toHaveTextContent('Clicks so far: 1');
    for (const element of switches.slice(1)) await user.click(element);
    expect(preTicked.getByRole('status')).toHaveTextContent('Clicks so far: 5');
    await user.click(preTicked.getByRole('button', { name: 'Save my choices' }));
    expect(preTicked.getByRole('status')).toHaveTextContent('Everything refused, in 6 clicks.');
    expect(fewestClicksToRefuse['pre-ticked']).toBe(6);
  });

  test('a reject hidden behind "Settings" takes two clicks, and focus follows to the second layer', async () => {
    const user = userEvent.setup();
    render(DarkPatterns, { locale: 'en', labels: patternLabels, wall });
    const hidden = mock('Reject hidden in a second layer');
    expect(hidden.queryByRole('button', { name: 'Reject all' })).toBeNull();
    await user.click(hidden.getByRole('button', { name: 'Settings' }));
    expect(hidden.getByText('Your privacy settings')).toHaveFocus();
    await user.click(hidden.getByRole('button', { name: 'Reject all' }));
    expect(hidden.getByRole('status')).toHaveTextContent('Everything refused, in 2 clicks.');
    expect(hidden.getByRole('button', { name: 'Start again' })).toHaveFocus();
  });

  test('"legitimate interest" switches stay on unless found and turned off: four clicks', async () => {
    const user = userEvent.setup();
    render(DarkPatterns, { locale: 'en', labels: patternLabels, wall });
    const interest = mock('“Legitimate interest” switches');
    await user.click(interest.getByRole('button', { name: 'Manage options' }));
    await user.click(interest.getByRole('button', { name: 'Save and exit' }));
    expect(interest.getByRole('status')).toHaveTextContent(
      'Not everything was refused: after 2 clicks, still on: Measure how ads perform and Build a profile of your interests for ads.',
    );
    await user.click(interest.getByRole('button', { name: 'Start again' }));
    expect(interest.getByRole('status')).toHaveTextContent('Clicks so far: 0');
    await user.click(interest.getByRole('button', { name: 'Manage options' }));
    await user.click(interest.getByRole('switch', { name: 'Measure how ads perform' }));
    await user.click(interest.getByRole('switch', { name: 'Build a profile of your interests for ads' }));
    await user.click(interest.getByRole('button', { name: 'Save and exit' }));
    expect(interest.getByRole('status')).toHaveTextContent('Everything refused, in 4 clicks.');
  });

  test('the cookie wall refuses in one click, and refusing costs the reading', async () => {
    const user = userEvent.setup();
    render(DarkPatterns, { locale: 'en', labels: patternLabels, wall });
    const wallMock = mock('A cookie wall');
    await user.click(wallMock.getByRole('button', { name: 'Go on with the free articles of the month' }));
    expect(wallMock.getByRole('status')).toHaveTextContent(`You refused. ${wall.refused}`);
    await user.click(wallMock.getByRole('button', { name: 'Start again' }));
    await user.click(wallMock.getByRole('button', { name: 'Subscribe for 6 euros a month' }));
    expect(wallMock.getByRole('status')).toHaveTextContent(/Refusing has a price here/);
  });

  test('a keyboard user counts the same clicks as a mouse user', async () => {
    const user = userEvent.setup();
    render(DarkPatterns, { locale: 'en', labels: patternLabels, wall });
    const hidden = mock('Reject hidden in a second layer');
    hidden.getByRole('button', { name: 'Settings' }).focus();
    await user.keyboard('{Enter}');
    hidden.getByRole('button', { name: 'Reject all' }).focus();
    await user.keyboard(' ');
    expect(hidden.getByRole('status')).toHaveTextContent('Everything refused, in 2 clicks.');
  });
});

describe('MockBanner', () => {
  test('counts nothing once answered, until reset', () => {
    const banner = new MockBanner('fair');
    banner.rejectAll();
    banner.set('analytics', true);
    banner.acceptAll();
    expect(banner.clicks).toBe(1);
    expect(banner.refusedEverything).toBe(true);
    banner.reset();
    expect(banner.clicks).toBe(0);
    expect(banner.answer).toBeNull();
  });
});
