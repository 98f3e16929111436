/**
 * The shop simulator (`src/widgets/shop-simulator/`), rendered in jsdom with the real scenarios and
 * the same first HTML as its wrapper renders: the banner, the words under the step and the folded
 * sections arrive as plain HTML (as Astro's slots do), and the island reads and replaces them. The
 * banner first, then the session step by step, the drawn screen and its comparison, the live
 * region, the summary with the marginal value of each switch, the link parameters, and the
 * player's timer (in the state class, with fake timers).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet, flushSync, mount, unmount, type Component } from 'svelte';
import YAML from 'yaml';
import { defaultSettings } from '~/engine/params';
import { parseScenario } from '~/engine/scenario';
import type { Scenario, Settings } from '~/engine/types';
import { labelsFor } from '~/i18n';
import FairBanner from '~/widgets/consent-banner/FairBanner.svelte';
import { shopSimulatorLabelPrefixes } from '~/widgets/shop-simulator/labels';
import { readLink } from '~/widgets/shop-simulator/link';
import { servedParts } from '~/widgets/shop-simulator/served';
import ShopSimulator from '~/widgets/shop-simulator/ShopSimulator.svelte';
import { PLAY_INTERVAL_MS, ShopSimulatorState } from '~/widgets/shop-simulator/shop-simulator.svelte';
import SimulatorSections from '~/widgets/shop-simulator/SimulatorSections.svelte';
import StepExplanation from '~/widgets/shop-simulator/StepExplanation.svelte';

// vitest runs from the repository root; jsdom gives no file: URL to resolve from.
const load = (id: string) => parseScenario(YAML.parse(readFileSync(resolve(`content/scenarios/${id}.yaml`), 'utf8')));
const shopping = load('shopping');
const news = load('news');
const labels = labelsFor('en', ...shopSimulatorLabelPrefixes);
const bannerLabels = labelsFor('en', 'consentBanner.banner.', 'category.');
const initial: Settings = { ...defaultSettings, consent: [] };
/** Index of the step where Maya comes back: the first with experiences that need preferences. */
const returnStep = shopping.steps.findIndex((step) => step.id === 'return');

/**
 * `Part` rendered once and kept as plain HTML, handed over as Astro hands a slot to an island: the
 * markup without the component's code, so only the island's own listeners can act on it.
 */
function served<P extends Record<string, unknown>>(Part: Component<P>, props: P) {
  const target = document.createElement('div');
  const app = mount(Part, { target, props });
  flushSync();
  const html = target.innerHTML;
  void unmount(app);
  return createRawSnippet(() => ({ render: () => `<astro-slot>${html}</astro-slot>` }));
}

interface Options {
  readUrl?: boolean;
  brandGreeting?: boolean;
  mode?: 'full' | 'compact';
  first?: Scenario;
  start?: Settings;
}

function renderSimulator({ readUrl, brandGreeting, mode = 'full', first = shopping, start = initial }: Options = {}) {
  const parts = servedParts({
    scenario: first,
    initial: start,
    mode,
    idBase: 'sim',
    locale: 'en',
    labels,
    bannerLabels,
  });
  return render(ShopSimulator, {
    scenarios: first === shopping ? [shopping, news] : [first],
    scenario: first.id,
    initial: start,
    readUrl,
    brandGreeting,
    mode,
    locale: 'en',
    labels,
    banner: served(FairBanner, parts.banner),
    explanation: served(StepExplanation, parts.explanation),
    sections: parts.sections ? served(SimulatorSections, parts.sections) : undefined,
  });
}

/** The box the banner sits in; hidden once answered. */
const bannerBox = () => document.querySelector('.banner-box');

/** The simulator's own live region. */
const liveRegion = () => screen.getByTestId('simulator-status');

/** The entry under the step for the experience named `name`, once the step's words show it. */
async function experienceOnScreen(name: string) {
  const verdict = await screen.findByText(
    (_, element) => element?.classList.contains('verdict') === true && element.textContent?.includes(name) === true,
  );
  return verdict.closest('li')!;
}

/** The drawn part of the first (or only) phone screen that shows the experience named `name`. */
function slotOnScreen(name: string, phone = 0) {
  const phones = document.querySelectorAll('figure.phone');
  const slot = [...(phones[phone]?.querySelectorAll<HTMLElement>('.slot') ?? [])].find((element) =>
    element.querySelector('.visually-hidden')?.textContent?.startsWith(`${name},`),
  );
  if (!slot) throw new Error(`no drawn part for "${name}"`);
  return slot;
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
  test('opens with the fair banner, nothing ticked, the first step drawn, and nothing said of outcomes yet', () => {
    const { container } = renderSimulator();
    const banner = screen.getByRole('region', { name: 'Threadline asks about cookies' });
    for (const element of within(banner).getAllByRole('switch', { hidden: true })) expect(element).not.toBeChecked();
    expect(screen.getByRole('heading', { name: 'Step 1 of 12: Arrives from a search' })).toBeInTheDocument();
    expect(screen.getByRole('figure')).toHaveTextContent('Mock screen: Search results');
    // What waits for an answer is hidden by the stylesheet while scripts run; the live region is silent.
    expect(container.querySelector('.shop-simulator')).toHaveAttribute('data-answered', 'false');
    expect(liveRegion()).toHaveTextContent(/^$/);
    // The server's HTML still holds the reject-all trip, for a page read without JavaScript.
    const steps = screen.getByRole('list', { name: 'Every step of the session', hidden: true });
    expect(within(steps).getAllByRole('button', { hidden: true })).toHaveLength(12);
    expect(container.querySelector('.summary .headline')).toHaveTextContent(
      'Maya gets 5 of the 17 experiences the session offers.',
    );
  });

  test('after "Reject all", the return visit is drawn with its parts switched off, and the words say why', async () => {
    const user = userEvent.setup();
    renderSimulator();
    const servedSteps = screen.getByRole('list', { name: 'Every step of the session', hidden: true });
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(bannerBox()).toHaveAttribute('hidden');
    expect(screen.getByRole('heading', { name: /^Step 1 of 12/ })).toHaveFocus();
    // The answer loads the sections' code, whose list of steps replaces the server's.
    await waitFor(() => expect(screen.getByRole('list', { name: 'Every step of the session' })).not.toBe(servedSteps));
    await jumpTo(user, 'Comes back two days later');
    expect(screen.getByRole('heading', { name: /^Step 9 of 12/ })).toHaveFocus();
    const cart = slotOnScreen('Restored cart');
    expect(cart).toHaveAttribute('data-state', 'off');
    expect(cart).toHaveTextContent('Restored cart, switched off:');
    expect(cart).toHaveTextContent('Cart: empty');
    expect(cart).toHaveTextContent('Needs Preferences');
    const entry = await experienceOnScreen('Remembered language and currency');
    expect(entry).toHaveAttribute('data-status', 'lost');
    expect(entry).toHaveTextContent('Lost: Remembered language and currency');
    expect(entry).toHaveTextContent('The shop opens in English with prices in euros, and Maya switches again.');
    expect(entry).toHaveTextContent('Needs Preferences.');
  });

  test('granting preferences through "Change my choices" fills those parts, on the same step', async () => {
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
    expect(slotOnScreen('Restored cart')).toHaveAttribute('data-state', 'on');
    expect(slotOnScreen('Restored cart')).toHaveTextContent('Hooded rain jacket, M');
    expect(slotOnScreen('Recommendations')).toHaveAttribute('data-state', 'off');
    const entry = await experienceOnScreen('Remembered language and currency');
    await waitFor(() => expect(entry).toHaveAttribute('data-status', 'gained'));
    expect(screen.getByText(/Your choices for Maya:/).parentElement).toHaveTextContent('Preferences.');
  });

  test('reopened, the banner ticks the current choices and shows its switches', async () => {
    const user = userEvent.setup();
    renderSimulator();
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    await user.click(screen.getByRole('button', { name: 'Change my choices' }));
    const banner = screen.getByRole('region', { name: 'Threadline asks about cookies' });
    expect(banner.querySelector('details')).toHaveProperty('open', true);
    for (const element of within(banner).getAllByRole('switch')) expect(element).toBeChecked();
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
    expect(slotOnScreen('Language kept during the visit')).toHaveTextContent('FR · CHF');
    expect(liveRegion()).toHaveTextContent(/^Step 2 of 12\./);
    await user.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(liveRegion()).toHaveTextContent(/^Step 1 of 12\./);
    expect(screen.getByRole('button', { name: 'Previous step' })).toHaveAttribute('aria-disabled', 'true');
  });

  test('the step moves only when the visitor presses something', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    renderSimulator();
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    vi.advanceTimersByTime(PLAY_INTERVAL_MS * 10);
    expect(screen.getByRole('heading', { name: /^Step 1 of 12/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  test('compares the step with another choice, drawn beside it, the differences marked in words', async () => {
    const user = userEvent.setup();
    renderSimulator();
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    await jumpTo(user, 'Comes back two days later');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Compare this step with' }), 'Reject all');
    const phones = screen.getAllByRole('figure');
    expect(phones.map((phone) => phone.querySelector('figcaption')?.textContent)).toEqual([
      'Your choice',
      'Reject all',
    ]);
    for (const index of [0, 1]) {
      expect(slotOnScreen('Recommendations', index)).toHaveTextContent('Differs');
      expect(slotOnScreen('Recommendations', index)).toHaveAttribute('data-differs', 'true');
    }
    expect(slotOnScreen('Recommendations', 1)).toHaveAttribute('data-state', 'off');
    expect(screen.getByText(/^4 differences on this screen:/)).toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent(/Compared with “Reject all”: 4 differences on this screen/);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Compare this step with' }),
      'Your choice, minus Personalisation',
    );
    expect(screen.getByText('1 difference on this screen: Recommendations.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Compare this step with' }), '');
    expect(screen.getAllByRole('figure')).toHaveLength(1);
  });

  test('marks the current step in the step list and shows what each step delivers', async () => {
    const user = userEvent.setup();
    renderSimulator();
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    const list = () => screen.getByRole('list', { name: 'Every step of the session' });
    expect(within(list()).getByRole('button', { name: /Arrives from a search/ })).toHaveAttribute(
      'aria-current',
      'step',
    );
    expect(within(list()).getByRole('button', { name: /Browses rain jackets/ })).toHaveTextContent('nothing on screen');
    await jumpTo(user, 'Browses rain jackets');
    await waitFor(() =>
      expect(within(list()).getByRole('button', { name: /Browses rain jackets/ })).toHaveAttribute(
        'aria-current',
        'step',
      ),
    );
    expect(await screen.findByText(/Nothing on the screen depends on the choices at this step/)).toBeInTheDocument();
  });

  test('"Data so far" names who holds what after the step, with the party kind in words', async () => {
    const user = userEvent.setup();
    renderSimulator();
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    await jumpTo(user, 'Browses rain jackets');
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Data so far' })).toHaveTextContent(
        'Jackets Maya looked at, added to her Adnexa profile',
      ),
    );
    const ledger = screen.getByRole('region', { name: 'Data so far' });
    expect(ledger).toHaveTextContent('Threadline');
    expect(ledger).toHaveTextContent('Third party: an ad network or data broker');
    expect(within(ledger).getAllByText('new at this step').length).toBeGreaterThan(0);
  });

  test('at the end, pointers lead to the summary and to what one switch more or less would change', async () => {
    const user = userEvent.setup();
    renderSimulator();
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    await jumpTo(user, 'Receives offers from partners');
    expect(await screen.findByText(/End of the session\./)).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'The whole session, with these choices' });
    const marginal = screen.getByRole('region', { name: 'What one switch more or less would change' });
    expect(screen.getByRole('link', { name: 'See what it all adds up to' })).toHaveAttribute('href', `#${summary.id}`);
    const pointers = screen.getAllByRole('link', { name: 'What one switch more or less would change' });
    // One at the top of the simulator, one at the end of the trip.
    expect(pointers.map((link) => link.getAttribute('href'))).toEqual([`#${marginal.id}`, `#${marginal.id}`]);
    expect(marginal).toHaveTextContent(
      'If you had also allowed Preferences, you would have gained “Remembered language and currency”, “Restored cart”, “Recently viewed” and “Faster checkout next time”',
    );
    expect(marginal).toHaveTextContent(
      /If you had also allowed Advertising, .*, with Threadline, Adnexa, Plume and Datavista\./,
    );
  });

  test('the summary counts data per kind of party and names the holders', async () => {
    const user = userEvent.setup();
    renderSimulator();
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'The whole session, with these choices' })).toHaveTextContent(
        /Second party: \d+ data points, held by Colibri Express and Sillage\./,
      ),
    );
    expect(screen.getByRole('region', { name: 'What one switch more or less would change' })).toHaveTextContent(
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
    expect(slotOnScreen('Partner discount')).toHaveTextContent('Stopped by the privacy signal');
    const entry = await experienceOnScreen('Partner discount');
    await waitFor(() => expect(entry).toHaveAttribute('data-status', 'lost'));
    expect(entry).toHaveTextContent('Global Privacy Control is on');
  });

  test('with readUrl, a link presets consent, skips the banner and greets the brand as plain text', async () => {
    window.history.replaceState(
      null,
      '',
      '/simulator/?consent=preferences,personalization&brand=%3Cimg%20src%3Dx%3E%20Shoes',
    );
    const { container } = renderSimulator({ readUrl: true, brandGreeting: true });
    expect(
      await screen.findByText('You came from <img src=x> Shoes: here is what the choices on their banner mean.'),
    ).toBeInTheDocument();
    expect(bannerBox()).toHaveAttribute('hidden');
    expect(screen.getByText(/Your choices for Maya:/).parentElement).toHaveTextContent(
      'Preferences and Personalisation.',
    );
    expect(container.querySelector('img')).toBeNull();
  });

  // The embed page greets the brand before this code runs (EmbedPage.astro; tests/e2e/embed.test.ts).
  test('in an embed, the island leaves the greeting to the page and still says what it set aside', async () => {
    window.history.replaceState(null, '', '/embed/shop-simulator/?brand=Acme&gpc=maybe');
    renderSimulator({ readUrl: true, mode: 'compact' });
    expect(await screen.findByText(/“maybe” is not a Global Privacy Control setting/)).toBeInTheDocument();
    expect(screen.queryByText(/Acme/)).toBeNull();
  });

  test('with readUrl, set-aside values show as notices naming the value, and the banner stays to answer', async () => {
    window.history.replaceState(null, '', '/simulator/?policy=greedy&gpc=maybe');
    renderSimulator({ readUrl: true });
    expect(await screen.findByText('Part of the link was set aside')).toBeInTheDocument();
    expect(screen.getByText(/“greedy” is not a brand policy/)).toBeInTheDocument();
    expect(screen.getByText(/“maybe” is not a Global Privacy Control setting/)).toBeInTheDocument();
    expect(bannerBox()).not.toHaveAttribute('hidden');
  });

  test('with readUrl, the scenario parameter switches to the news session, drawn too', async () => {
    window.history.replaceState(null, '', '/simulator/?scenario=news&consent=all');
    renderSimulator({ readUrl: true });
    expect(await screen.findByRole('heading', { name: 'Reading the news behind a cookie wall' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Step 1 of 6/ })).toBeInTheDocument();
    expect(screen.getByRole('figure')).toHaveTextContent('“tram strike”');
  });

  test('without readUrl, the URL is left alone', () => {
    window.history.replaceState(null, '', '/simulator/?consent=all&brand=Acme');
    const { container } = renderSimulator({ brandGreeting: true });
    expect(container.querySelector('.shop-simulator')).toHaveAttribute('data-answered', 'false');
    expect(screen.queryByText(/You came from/)).toBeNull();
  });

  test('compact, it draws the step and gives the outcome in one line, with no folded sections', async () => {
    const user = userEvent.setup();
    renderSimulator({ mode: 'compact' });
    expect(screen.queryByRole('list', { name: 'Every step of the session', hidden: true })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Compare this step with' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(
      screen.getByText(
        'The whole trip, with these choices: 5 of 17 experiences, 7 data points, 0 companies besides the shop.',
      ),
    ).toBeInTheDocument();
  });
});

describe('ShopSimulatorState', () => {
  const create = () => new ShopSimulatorState(() => ({ scenarios: [shopping], scenario: 'shopping', initial }));

  test('after the banner, waits at step 1 until Play is pressed, then plays one step every 2.5 seconds', () => {
    vi.useFakeTimers();
    const sim = create();
    sim.decide([]);
    expect(sim.playing).toBe(false);
    vi.advanceTimersByTime(PLAY_INTERVAL_MS * 5);
    expect(sim.step).toBe(0);
    sim.play();
    vi.advanceTimersByTime(PLAY_INTERVAL_MS - 1);
    expect(sim.step).toBe(0);
    vi.advanceTimersByTime(1);
    expect(sim.step).toBe(1);
    vi.advanceTimersByTime(PLAY_INTERVAL_MS * 20);
    expect(sim.step).toBe(shopping.steps.length - 1);
    expect(sim.playing).toBe(false);
  });

  test('pause stops the player on its step', () => {
    vi.useFakeTimers();
    const sim = create();
    sim.decide(['preferences']);
    sim.play();
    vi.advanceTimersByTime(PLAY_INTERVAL_MS);
    expect(sim.step).toBe(1);
    sim.pause();
    vi.advanceTimersByTime(PLAY_INTERVAL_MS * 3);
    expect(sim.step).toBe(1);
  });

  test('a manual step pauses the player, and a later answer keeps the step', () => {
    vi.useFakeTimers();
    const sim = create();
    sim.decide([]);
    sim.play();
    sim.next();
    expect(sim.playing).toBe(false);
    sim.goTo(returnStep);
    sim.openBanner();
    sim.decide(['preferences']);
    expect(sim.step).toBe(returnStep);
    expect(sim.playing).toBe(false);
    expect(sim.outcome.experiences.find((e) => e.id === 'remembered-language')?.status).toBe('gained');
    expect(sim.screen.slots.find((slot) => slot.experience === 'remembered-language')?.state).toBe('on');
    sim.decide([]);
    expect(sim.outcome.experiences.find((e) => e.id === 'remembered-language')?.status).toBe('lost');
  });

  test('compares with everything refused, everything granted, or one switch flipped', () => {
    const sim = create();
    sim.decide(['preferences']);
    sim.goTo(returnStep);
    sim.compare('all');
    expect(sim.compareSettings?.consent).toEqual([
      'preferences',
      'analytics',
      'personalization',
      'advertising',
      'partners',
    ]);
    expect(sim.differences).toEqual(['recommendations']);
    sim.compare('preferences');
    expect(sim.compareSettings?.consent).toEqual([]);
    expect(sim.differences).toEqual(['remembered-language', 'restored-cart', 'recently-viewed']);
    sim.compare(null);
    expect(sim.compareScreen).toBeNull();
    expect(sim.differences).toEqual([]);
  });

  test('a page that presets consent opens with the banner answered', () => {
    const sim = new ShopSimulatorState(() => ({
      scenarios: [shopping],
      scenario: 'shopping',
      initial: { ...initial, consent: ['partners', 'preferences'] },
    }));
    expect(sim.bannerOpen).toBe(false);
    expect(sim.settings.consent).toEqual(['preferences', 'partners']);
  });

  test('applies the Consent Mode aliases of a link', () => {
    const sim = create();
    sim.applyLink(
      readLink(
        new URLSearchParams(
          'ad_storage=granted&ad_user_data=granted&ad_personalization=granted&analytics_storage=granted',
        ),
        ['shopping'],
      ),
    );
    expect(sim.settings.consent).toEqual(['analytics', 'advertising']);
    expect(sim.bannerOpen).toBe(false);
    expect(sim.step).toBe(0);
  });
});
