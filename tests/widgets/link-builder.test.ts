/** The link builder island (src/widgets/link-builder/LinkBuilder.svelte), in jsdom. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import LinkBuilder from '~/widgets/link-builder/LinkBuilder.svelte';
import { allSnippetTexts } from '~/widgets/link-builder/texts';
import { labelsFor } from '~/i18n';

const origin = 'http://localhost:3000';

function renderBuilder(
  languages: ('en' | 'fr')[] = ['en', 'fr'],
  site = { origin: 'https://datadeal.example', keepOrigin: false },
) {
  return render(LinkBuilder, {
    props: {
      locale: 'en',
      labels: labelsFor('en', 'linkBuilder.', 'category.'),
      texts: allSnippetTexts(),
      ...site,
      languages,
    },
  });
}

/** The text of the copy field with `key` (a link or a snippet). */
function field(key: string): string {
  const element = document.querySelector(`[data-key="${key}"] code`);
  if (!element) throw new Error(`no copy field ${key}`);
  return element.textContent ?? '';
}

/**
 * Runs a generated snippet, with stand-ins for the globals it calls. Evaluating the code
 * the builder hands out is exactly what these tests check, so the usual ban is lifted here.
 */
function runSnippet(code: string, globals: Record<string, unknown> = {}): unknown {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function(...Object.keys(globals), code) as (...args: unknown[]) => unknown;
  return run(...Object.values(globals));
}

const snippetKeys = ['snippet-html', 'snippet-klaro', 'snippet-orestbida', 'snippet-tarteaucitron'];

let user: UserEvent;

beforeEach(() => {
  // user-event puts a working clipboard stub on navigator.
  user = userEvent.setup();
  expect(location.origin).toBe(origin);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

// Typing re-renders links, snippets and the QR code on every key: slow in jsdom on a busy machine.
describe('LinkBuilder', { timeout: 30_000 }, () => {
  test('once running, uses the page’s own origin and shows the form', async () => {
    renderBuilder();
    expect(await screen.findByRole('textbox', { name: 'Your brand’s name, as your visitors know it' })).toBeVisible();
    expect(field('main')).toBe(`${origin}/simulator/?consent=none`);
    expect(screen.queryByText(/needs JavaScript/)).toBeNull();
  });

  test('with a public address configured, the links use it, wherever the page runs', async () => {
    renderBuilder(['en', 'fr'], { origin: 'https://datadeal.org', keepOrigin: true });
    await screen.findByRole('textbox', { name: 'Your brand’s name, as your visitors know it' });
    expect(field('main')).toBe('https://datadeal.org/simulator/?consent=none');
    expect(field('snippet-html')).toContain('https://datadeal.org/simulator/');
  });

  test('typing a brand and ticking categories gives the simulator link and one link per category', async () => {
    renderBuilder();
    await user.type(await screen.findByLabelText('Your brand’s name, as your visitors know it'), 'Acme Shoes');
    for (const name of ['Preferences', 'Analytics', 'Advertising']) {
      await user.click(screen.getByRole('checkbox', { name }));
    }
    expect(field('main')).toBe('http://localhost:3000/simulator/?consent=none&brand=Acme%20Shoes');
    expect(field('all')).toBe(
      'http://localhost:3000/simulator/?consent=preferences,analytics,advertising&brand=Acme%20Shoes',
    );
    expect(field('category-necessary')).toBe('http://localhost:3000/choices/necessary/');
    expect(field('category-preferences')).toBe('http://localhost:3000/choices/preferences/');
    expect(field('category-analytics')).toBe('http://localhost:3000/choices/analytics/');
    expect(field('category-advertising')).toBe('http://localhost:3000/choices/advertising/');
    expect(document.querySelector('[data-key="category-partners"]')).toBeNull();
    expect(screen.getByRole('link', { name: 'Open the main link' })).toHaveAttribute(
      'href',
      'http://localhost:3000/simulator/?consent=none&brand=Acme%20Shoes',
    );
    expect(screen.getByRole('link', { name: 'Open the link with everything on' })).toHaveAttribute(
      'href',
      'http://localhost:3000/simulator/?consent=preferences,analytics,advertising&brand=Acme%20Shoes',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Links updated: 4 categories, English.');
  });

  test('a usual name fills in a suggested category, ticks it and says it is a judgement', async () => {
    renderBuilder();
    const name = await screen.findByRole('combobox', { name: 'Your name for it (row 1)' });
    await user.type(name, 'Marketing cookies');
    const select = screen.getByRole('combobox', { name: 'Our category (row 1)' });
    expect(select).toHaveValue('advertising');
    expect(select).toHaveAccessibleDescription('Suggested: a judgement, check it');
    expect(screen.getByRole('checkbox', { name: 'Advertising' })).toBeChecked();
    const advertising = document.querySelector<HTMLElement>('[data-category="advertising"]')!;
    expect(within(advertising).getByText('Your name: Marketing cookies')).toBeVisible();

    await user.selectOptions(select, 'partners');
    expect(screen.queryByText('Suggested: a judgement, check it')).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Partners' })).toBeChecked();
  });

  test('rows can be added, and focus moves to the new one, and removed', async () => {
    renderBuilder();
    await user.click(await screen.findByRole('button', { name: 'Add a name' }));
    await vi.waitFor(() => expect(screen.getByRole('combobox', { name: 'Your name for it (row 2)' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Remove row 1' }));
    expect(screen.getByRole('combobox', { name: 'Your name for it (row 1)' })).toBeVisible();
    expect(screen.queryByRole('combobox', { name: 'Your name for it (row 2)' })).toBeNull();
    // Focus stays in the list: on the row that took the removed one's place...
    await vi.waitFor(() => expect(screen.getByRole('combobox', { name: 'Your name for it (row 1)' })).toHaveFocus());
    // ...and on "Add a name" once no row is left.
    await user.click(screen.getByRole('button', { name: 'Remove row 1' }));
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Add a name' })).toHaveFocus());
  });

  test('the brand name stops at 60 characters', async () => {
    renderBuilder();
    const input = await screen.findByLabelText('Your brand’s name, as your visitors know it');
    await user.click(input);
    await user.paste('A'.repeat(55));
    await user.type(input, 'B'.repeat(15));
    const sixty = 'A'.repeat(55) + 'B'.repeat(5);
    expect(input).toHaveValue(sixty);
    expect(input).toHaveAccessibleDescription(/^60 of 60 characters\./);
    expect(new URL(field('main')).searchParams.get('brand')).toBe(sixty);
  });

  test('picking French points every link to /fr/', async () => {
    renderBuilder();
    await user.type(await screen.findByLabelText('Your brand’s name, as your visitors know it'), 'Acme');
    await user.click(screen.getByRole('checkbox', { name: 'Analytics' }));
    await user.click(screen.getByRole('radio', { name: 'French' }));
    expect(field('main')).toBe('http://localhost:3000/fr/simulator/?consent=none&brand=Acme');
    expect(field('category-analytics')).toBe('http://localhost:3000/fr/choices/analytics/');
    expect(field('snippet-html')).toBe(
      '<a href="http://localhost:3000/fr/simulator/?consent=none&amp;brand=Acme" target="_blank" rel="noopener">Ce qu’échange chaque choix de cookies sur Acme, expliqué par Data Deal</a>',
    );
    expect(field('snippet-klaro')).toContain('    fr: {');
    expect(screen.getByRole('status')).toHaveTextContent('Links updated: 2 categories, French.');
  });

  test('offers no language choice when the site publishes one language', async () => {
    renderBuilder(['en']);
    await screen.findByLabelText('Your brand’s name, as your visitors know it');
    expect(screen.queryByRole('group', { name: /language/i })).toBeNull();
    expect(screen.queryByRole('radio', { name: 'French' })).toBeNull();
  });

  test('the iframe snippet embeds the widget the brand picks, with its preset and its own frame id', async () => {
    renderBuilder();
    await user.type(await screen.findByLabelText('Your brand’s name, as your visitors know it'), 'Acme');
    expect(field('snippet-embed')).toContain('/embed/shop-simulator/?consent=none&amp;brand=Acme');
    const group = screen.getByRole('group', { name: 'Widget to embed' });
    await user.click(within(group).getByRole('radio', { name: 'Trade-off map' }));
    expect(field('snippet-embed')).toContain(`src="${origin}/embed/tradeoff-map/?consent=none&amp;brand=Acme"`);
    expect(field('snippet-embed')).toContain(`getElementById('datadeal-tradeoff-map')`);
    await user.click(within(group).getByRole('radio', { name: 'Compare table' }));
    expect(field('snippet-embed')).toContain('/embed/compare/?consent=none&amp;brand=Acme');
    expect(field('snippet-embed')).not.toContain('shop-simulator');
  });

  describe('hostile input', () => {
    const hostileBrands = ['<script>alert(1)</script>', `"'; alert(1); //`, '</a><img src=x onerror=alert(1)>'];

    test.each(hostileBrands)('the brand %s stays text in every snippet', async (brand) => {
      const alert = vi.fn();
      vi.stubGlobal('alert', alert);
      renderBuilder();
      await user.click(await screen.findByLabelText('Your brand’s name, as your visitors know it'));
      await user.paste(brand);
      const name = screen.getByRole('combobox', { name: 'Your name for it (row 1)' });
      await user.click(name);
      await user.paste(`${brand} Ads`);
      await user.selectOptions(screen.getByRole('combobox', { name: 'Our category (row 1)' }), 'advertising');

      for (const key of snippetKeys) expect(field(key)).not.toMatch(/<script|<img|<\/script/i);

      // HTML: one link, the brand as its text, the brand in its address.
      const html = new DOMParser().parseFromString(field('snippet-html'), 'text/html');
      const links = html.querySelectorAll('a');
      expect(links).toHaveLength(1);
      expect(links[0].textContent).toBe(`What each cookie choice on ${brand} trades, explained by Data Deal`);
      expect(new URL(links[0].getAttribute('href')!).searchParams.get('brand')).toBe(brand);
      expect(html.body.querySelectorAll('script, img')).toHaveLength(0);

      // Klaro: valid JavaScript whose strings read back as the brand typed them.
      const klaro = runSnippet(`${field('snippet-klaro')}\nreturn klaroConfig;`) as {
        translations: { en: { purposes: Record<string, { title: string; description: string }> } };
      };
      const purposes = Object.values(klaro.translations.en.purposes);
      expect(purposes.map((p) => p.title)).toContain(`${brand} Ads`);
      for (const purpose of purposes) {
        const description = new DOMParser().parseFromString(purpose.description, 'text/html');
        expect(description.querySelectorAll('a')).toHaveLength(1);
        expect(description.body.querySelectorAll('script, img')).toHaveLength(0);
      }

      // CookieConsent: runs against a stand-in, titles and links are text.
      let config: unknown;
      runSnippet(field('snippet-orestbida'), { CookieConsent: { run: (c: unknown) => (config = c) } });
      const sections = (
        config as {
          language: {
            translations: { en: { preferencesModal: { sections: { title: string; description: string }[] } } };
          };
        }
      ).language.translations.en.preferencesModal.sections;
      for (const section of sections) {
        const title = new DOMParser().parseFromString(section.title, 'text/html');
        expect(title.body.children).toHaveLength(0);
        const description = new DOMParser().parseFromString(section.description, 'text/html');
        expect(description.querySelectorAll('a')).toHaveLength(1);
        expect(description.body.querySelectorAll('script, img')).toHaveLength(0);
      }
      const titles = sections.map((s) => new DOMParser().parseFromString(s.title, 'text/html').body.textContent);
      expect(titles).toContain(`${brand} Ads`);
      const closing = new DOMParser().parseFromString(sections.at(-1)!.description, 'text/html').querySelector('a')!;
      expect(closing.textContent).toContain(brand);
      expect(new URL(closing.href).searchParams.get('brand')).toBe(brand);

      // tarteaucitron: the link reads back as the simulator with the brand.
      let init: { readmoreLink?: string } = {};
      runSnippet(field('snippet-tarteaucitron'), { tarteaucitron: { init: (c: typeof init) => (init = c) } });
      expect(new URL(init.readmoreLink!).searchParams.get('brand')).toBe(brand);
      expect(init.readmoreLink).not.toMatch(/["<>\s]/);

      // Nothing the brand typed ran, and nothing became markup on this page either.
      expect(alert).not.toHaveBeenCalled();
      expect(document.querySelectorAll('.link-builder script, .link-builder img')).toHaveLength(0);
    });
  });

  describe('copying', () => {
    test('Copy puts the text on the clipboard and announces it', async () => {
      renderBuilder();
      await user.type(await screen.findByLabelText('Your brand’s name, as your visitors know it'), 'Acme Shoes');
      await user.click(
        screen.getByRole('button', { name: 'Copy: Main link: the simulator, starting like your banner' }),
      );
      await expect(navigator.clipboard.readText()).resolves.toBe(
        'http://localhost:3000/simulator/?consent=none&brand=Acme%20Shoes',
      );
      expect(screen.getByRole('status')).toHaveTextContent(
        'Copied: Main link: the simulator, starting like your banner.',
      );
      const klaro = screen.getByRole('button', { name: 'Copy: Klaro' });
      await user.click(klaro);
      await expect(navigator.clipboard.readText()).resolves.toBe(field('snippet-klaro'));
      expect(screen.getByRole('status')).toHaveTextContent('Copied: Klaro.');
      expect(within(klaro.parentElement!).getByText('Copied.')).toBeVisible();
    });

    test('without the Clipboard API it selects the text and uses the copy command', async () => {
      renderBuilder();
      const copyButton = await screen.findByRole('button', { name: 'Copy: Plain HTML link' });
      vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('blocked'));
      const execCommand = vi.fn(() => true);
      Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
      await user.click(copyButton);
      expect(execCommand).toHaveBeenCalledWith('copy');
      expect(window.getSelection()?.toString()).toBe(field('snippet-html'));
      expect(screen.getByRole('status')).toHaveTextContent('Copied: Plain HTML link.');
    });

    test('when nothing can copy, it says the text is selected and which keys to press', async () => {
      renderBuilder();
      const copyButton = await screen.findByRole('button', { name: 'Copy: tarteaucitron.js' });
      vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('blocked'));
      Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
      await user.click(copyButton);
      expect(window.getSelection()?.toString()).toBe(field('snippet-tarteaucitron'));
      expect(screen.getByRole('status')).toHaveTextContent('Selected. Press Ctrl+C, or ⌘C on a Mac, to copy.');
    });
  });

  test('draws a QR code of the main link', async () => {
    renderBuilder();
    await user.type(await screen.findByLabelText('Your brand’s name, as your visitors know it'), 'Acme');
    const qr = screen.getByRole('img', {
      name: 'QR code for http://localhost:3000/simulator/?consent=none&brand=Acme',
    });
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
  });
});
