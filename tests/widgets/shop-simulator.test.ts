/**
 * The shop simulator (`src/widgets/shop-simulator/`), rendered in jsdom with the real scenarios: the
 * banner first, then the session step by step, the live region, the summary with the marginal value
 * of each switch, the link parameters, and the player's timer (in the state class, with fake timers).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import YAML from 'yaml';
import { defaultSettings } from '~/engine/params';
import { parseScenario } from '~/engine/scenario';
import type { Settings } from '~/engine/types';
import { labelsFor } from '~/i18n';
import { shopSimulatorLabelPrefixes } from '~/widgets/shop-simulator/labels';
import ShopSimulator from '~/widgets/shop-simulator/ShopSimulator.svelte';
import { PLAY_INTERVAL_MS, ShopSimulatorState } from '~/widgets/shop-simulator/shop-simulator.svelte';

// vitest runs from the repository root; jsdom gives no file: URL to resolve from.
const load = (id: string) => parseScenario(YAML.parse(readFileSync(resolve(`content/scenarios/${id}.yaml`), 'utf8')));
const shopping = load('shopping');
const news = load('news');
const labels = labelsFor('en', ...shopSimulatorLabelPrefixes);
const initial: Settings = { ...defaultSettings, consent: [] };
/** Index of the step where Maya comes back: the first with experiences that need preferences. */
const returnStep = shopping.steps.findIndex((step) => step.id === 'return');

function renderSimulator(props: Partial<{ readUrl: boolean; brandGreeting: boolean }> = {}) {
  return render(ShopSimulator, {
    scenarios: [shopping, news],
    scenario: 'shopping',
    initial,
    locale: 'en',
    labels,
    ...props,
  });
}

/** The simulator's own live region (the panels inside it have theirs). */
function liveRegion() {
  const region = screen.getAllByRole('status').find((element) => element.textContent?.startsWith('Step '));
  if (!region) throw new Error('no simulator live region');
  return region;
}

/** The mock screen's entry for the experience named `name`. */
function experienceOnScreen(name: string) {
  const verdict = screen.getByText(
    (_, element) => element?.classList.contains('verdict') === true && element.textContent?.includes(name) === true,
  );
  return verdict.closest('li')!;
}

async function jumpTo(user: ReturnType<typeof userEvent.setup>, title: string) {
  const list = screen.getByRole('list', { name: 'Every step of the session' });
  await user.click(within(list).getByRole('button', { name: new RegExp(title) }));
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
  vi.useRealTimers();
});

// The whole island (with the cookie jar and data-flow panels) is heavy for jsdom on a busy machine.
describe('ShopSimulator', { timeout: 30_000 }, () => {
  test('opens with the fair banner, nothing ticked, and the reject-all result already shown', () => {
    renderSimulator();
    expect(screen.getByRole('region', { name: 'Threadline asks about cookies' })).toBeInTheDocument();
    for (const element of screen.getAllByRole('switch')) expect(element).not.toBeChecked();
    expect(screen.getByText(/not answered yet/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Step 1 of 12: Arrives from a search' })).toBeInTheDocument();
    const steps = screen.getByRole('list', { name: 'Every step of the session' });
    expect(within(steps).getAllByRole('button')).toHaveLength(12);
    expect(screen.getByRole('heading', { name: 'The whole session, with these choices' })).toBeInTheDocument();
    expect(screen.getByText('Maya gets 5 of the 17 experiences the session offers.')).toBeInTheDocument();
  });

  test('after "Reject all", the first experience that needs preferences reads as lost, with the reason', async () => {
    const user = userEvent.setup();
    renderSimulator();
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(screen.queryByRole('region', { name: 'Threadline asks about cookies' })).toBeNull();
    expect(screen.getByRole('heading', { name: /^Step 1 of 12/ })).toHaveFocus();
    await jumpTo(user, 'Comes back two days later');
    const entry = experienceOnScreen('Remembered language and currency');
    expect(entry).toHaveAttribute('data-status', 'lost');
    expect(entry).toHaveTextContent('Lost: Remembered language and currency');
    expect(entry).toHaveTextContent('The shop opens in English with prices in euros, and Maya switches again.');
    expect(entry).toHaveTextContent('Needs Preferences.');
  });

  test('granting preferences through "Change my choices" turns it to gained, on the same step', async () => {
    const user = userEvent.setup();
    renderSimulator();
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    await jumpTo(user, 'Comes back two days later');
    await user.click(screen.getByRole('button', { name: 'Change my choices' }));
    const banner = screen.getByRole('region', { name: 'Threadline asks about cookies' });
    expect(within(banner).getByRole('heading', { name: 'Threadline asks about cookies' })).toHaveFocus();
    await user.click(within(banner).getByRole('switch', { name: 'Preferences' }));
    await user.click(within(banner).getByRole('button', { name: 'Save my choices' }));
    expect(screen.getByRole('heading', { name: /^Step 9 of 12: Comes back two days later/ })).toBeInTheDocument();
    const entry = experienceOnScreen('Remembered language and currency');
    expect(entry).toHaveAttribute('data-status', 'gained');
    expect(entry).toHaveTextContent('Gained: Remembered language and currency');
    expect(entry).toHaveTextContent('The shop opens straight in French, with prices in Swiss francs.');
    expect(screen.getByText(/Your choices for Maya:/).parentElement).toHaveTextContent('Preferences.');
  });

  test('next and previous move the step, and the live region says where and what it trades', async () => {
    const user = userEvent.setup();
    renderSimulator();
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(liveRegion()).toHaveTextContent(
      'Step 1 of 12. With your choices: 17 of 17 experiences, 33 data points, 5 companies besides the shop.',
    );
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByRole('heading', { name: /^Step 2 of 12: Picks French and Swiss francs/ })).toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent(/^Step 2 of 12\./);
    await user.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(liveRegion()).toHaveTextContent(/^Step 1 of 12\./);
    expect(screen.getByRole('button', { name: 'Previous step' })).toHaveAttribute('aria-disabled', 'true');
  });

  test('marks the current step in the step list and shows what each step delivers', async () => {
    const user = userEvent.setup();
    renderSimulator();
    const list = screen.getByRole('list', { name: 'Every step of the session' });
    expect(within(list).getByRole('button', { name: /Arrives from a search/ })).toHaveAttribute('aria-current', 'step');
    expect(within(list).getByRole('button', { name: /Browses rain jackets/ })).toHaveTextContent('nothing on screen');
    await jumpTo(user, 'Browses rain jackets');
    expect(within(list).getByRole('button', { name: /Browses rain jackets/ })).toHaveAttribute('aria-current', 'step');
    expect(screen.getByText(/Nothing on the screen depends on the choices at this step/)).toBeInTheDocument();
  });

  test('"Data so far" names who holds what after the step, with the party kind in words', async () => {
    const user = userEvent.setup();
    renderSimulator();
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    await jumpTo(user, 'Browses rain jackets');
    const ledger = screen.getByRole('region', { name: 'Data so far' });
    expect(ledger).toHaveTextContent('Threadline');
    expect(ledger).toHaveTextContent('Third party: an ad network or data broker');
    expect(within(ledger).getByText('Jackets Maya looked at, added to her Adnexa profile')).toBeInTheDocument();
    expect(within(ledger).getAllByText('new at this step').length).toBeGreaterThan(0);
  });

  test('at the end, the summary says what one switch more or less would change', async () => {
    const user = userEvent.setup();
    renderSimulator();
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    await jumpTo(user, 'Receives offers from partners');
    expect(screen.getByText('End of the session.')).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'The whole session, with these choices' });
    expect(screen.getByRole('link', { name: 'See what it all adds up to' })).toHaveAttribute('href', `#${summary.id}`);
    expect(summary).toHaveTextContent(
      'If you had also allowed Preferences, you would have gained “Remembered language and currency”, “Restored cart”, “Recently viewed” and “Faster checkout next time”',
    );
    expect(summary).toHaveTextContent(
      /If you had also allowed Advertising, .*, with Threadline, Adnexa, Plume and Datavista\./,
    );
  });

  test('the summary counts data per kind of party and names the holders', async () => {
    const user = userEvent.setup();
    renderSimulator();
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    const summary = screen.getByRole('region', { name: 'The whole session, with these choices' });
    expect(summary).toHaveTextContent(/Second party: \d+ data points, held by Colibri Express and Sillage\./);
    expect(summary).toHaveTextContent(
      /Without Partners, you would have lost “Partner discount” and “Offer from the delivery firm”/,
    );
  });

  test('settings change the outcome: GPC stops what is sold or shared', async () => {
    const user = userEvent.setup();
    renderSimulator();
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    const before = liveRegion().textContent;
    await user.click(screen.getByText('More settings: the brand, the browser, the privacy signal'));
    await user.click(screen.getByRole('checkbox', { name: 'Send the Global Privacy Control signal' }));
    expect(liveRegion().textContent).not.toBe(before);
    await jumpTo(user, 'Receives offers from partners');
    const entry = experienceOnScreen('Partner discount');
    expect(entry).toHaveAttribute('data-status', 'lost');
    expect(entry).toHaveTextContent('Global Privacy Control is on');
  });

  test('with readUrl, a link presets consent, skips the banner and greets the brand as plain text', () => {
    window.history.replaceState(
      null,
      '',
      '/simulator/?consent=preferences,personalization&brand=%3Cimg%20src%3Dx%3E%20Shoes',
    );
    const { container } = renderSimulator({ readUrl: true, brandGreeting: true });
    expect(screen.queryByRole('region', { name: 'Threadline asks about cookies' })).toBeNull();
    expect(screen.getByText(/Your choices for Maya:/).parentElement).toHaveTextContent(
      'Preferences and Personalisation.',
    );
    expect(
      screen.getByText('You came from <img src=x> Shoes: here is what the choices on their banner mean.'),
    ).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  test('with readUrl, set-aside values show as notices naming the value, and the banner stays to answer', () => {
    window.history.replaceState(null, '', '/simulator/?policy=greedy&gpc=maybe');
    renderSimulator({ readUrl: true });
    expect(screen.getByText('Part of the link was set aside')).toBeInTheDocument();
    expect(screen.getByText(/“greedy” is not a brand policy/)).toBeInTheDocument();
    expect(screen.getByText(/“maybe” is not a Global Privacy Control setting/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Threadline asks about cookies' })).toBeInTheDocument();
  });

  test('with readUrl, the scenario parameter switches to the news session', () => {
    window.history.replaceState(null, '', '/simulator/?scenario=news&consent=all');
    renderSimulator({ readUrl: true });
    expect(screen.getByRole('heading', { name: 'Reading the news behind a cookie wall' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Step 1 of 6/ })).toBeInTheDocument();
  });

  test('without readUrl, the URL is left alone', () => {
    window.history.replaceState(null, '', '/simulator/?consent=all&brand=Acme');
    renderSimulator({ brandGreeting: true });
    expect(screen.getByText(/not answered yet/)).toBeInTheDocument();
    expect(screen.queryByText(/You came from/)).toBeNull();
  });
});

describe('ShopSimulatorState', () => {
  const create = (reduced: boolean) =>
    new ShopSimulatorState({
      scenarios: () => [shopping],
      scenario: () => 'shopping',
      initial: () => initial,
      prefersReducedMotion: () => reduced,
    });

  test('after the banner, plays one step every 2.5 seconds and stops at the end', () => {
    vi.useFakeTimers();
    const sim = create(false);
    sim.rejectAll();
    expect(sim.playing).toBe(true);
    vi.advanceTimersByTime(PLAY_INTERVAL_MS - 1);
    expect(sim.step).toBe(0);
    vi.advanceTimersByTime(1);
    expect(sim.step).toBe(1);
    vi.advanceTimersByTime(PLAY_INTERVAL_MS * 20);
    expect(sim.step).toBe(shopping.steps.length - 1);
    expect(sim.playing).toBe(false);
  });

  test('does not play by itself when the visitor asked for less motion, but plays when asked', () => {
    vi.useFakeTimers();
    const sim = create(true);
    sim.acceptAll();
    expect(sim.playing).toBe(false);
    vi.advanceTimersByTime(PLAY_INTERVAL_MS * 3);
    expect(sim.step).toBe(0);
    sim.play();
    vi.advanceTimersByTime(PLAY_INTERVAL_MS);
    expect(sim.step).toBe(1);
    sim.pause();
    vi.advanceTimersByTime(PLAY_INTERVAL_MS * 3);
    expect(sim.step).toBe(1);
  });

  test('a manual step pauses the player, and a later answer keeps the step', () => {
    vi.useFakeTimers();
    const sim = create(false);
    sim.rejectAll();
    sim.next();
    expect(sim.playing).toBe(false);
    sim.goTo(returnStep);
    sim.openBanner();
    sim.grant('preferences');
    sim.decide(['preferences']);
    expect(sim.step).toBe(returnStep);
    expect(sim.playing).toBe(false);
    expect(sim.outcome.experiences.find((e) => e.id === 'remembered-language')?.status).toBe('gained');
    sim.refuse('preferences');
    expect(sim.outcome.experiences.find((e) => e.id === 'remembered-language')?.status).toBe('lost');
  });

  test('a page that presets consent opens with the banner answered', () => {
    const sim = new ShopSimulatorState({
      scenarios: () => [shopping],
      scenario: () => 'shopping',
      initial: () => ({ ...initial, consent: ['partners', 'preferences'] }),
    });
    expect(sim.bannerOpen).toBe(false);
    expect(sim.settings.consent).toEqual(['preferences', 'partners']);
  });

  test('applies the Consent Mode aliases of a link', () => {
    const sim = create(true);
    sim.applyParams(
      new URLSearchParams(
        'ad_storage=granted&ad_user_data=granted&ad_personalization=granted&analytics_storage=granted',
      ),
    );
    expect(sim.settings.consent).toEqual(['analytics', 'advertising']);
    expect(sim.bannerOpen).toBe(false);
    expect(sim.step).toBe(0);
  });
});
