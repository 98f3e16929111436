/** The link builder's pure functions: links, escapes and snippets (src/widgets/link-builder/links.ts). */
import { describe, expect, test } from 'vitest';
import {
  buildLinks,
  escapeHtml,
  htmlSnippet,
  jsString,
  keyFor,
  klaroSnippet,
  orestbidaSnippet,
  tarteaucitronSnippet,
  type BuilderInput,
} from '~/widgets/link-builder/links';
import { snippetTexts } from '~/widgets/link-builder/texts';

/**
 * Runs a generated snippet, with stand-ins for the globals it calls. Evaluating the code
 * the builder hands out is exactly what these tests check, so the usual ban is lifted here.
 */
function runSnippet(code: string, globals: Record<string, unknown> = {}): unknown {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function(...Object.keys(globals), code) as (...args: unknown[]) => unknown;
  return run(...Object.values(globals));
}

const acme: BuilderInput = {
  origin: 'https://datadeal.example',
  locale: 'en',
  brand: 'Acme Shoes',
  offered: ['preferences', 'analytics', 'advertising'],
  mappings: [
    { ownName: 'Settings', category: 'preferences' },
    { ownName: 'Statistics', category: 'analytics' },
    { ownName: 'Marketing', category: 'advertising' },
  ],
};

describe('buildLinks', () => {
  test('opens the simulator with nothing granted and the brand name', () => {
    const links = buildLinks(acme);
    expect(links.brand).toBe('Acme Shoes');
    expect(links.simulator).toBe('https://datadeal.example/simulator/?consent=none&brand=Acme%20Shoes');
    expect(links.simulatorAllOffered).toBe(
      'https://datadeal.example/simulator/?consent=preferences,analytics,advertising&brand=Acme%20Shoes',
    );
  });

  test('gives necessary and every offered category a page, with the brand’s names', () => {
    expect(buildLinks(acme).categories).toEqual([
      { category: 'necessary', ownNames: [], url: 'https://datadeal.example/choices/necessary/' },
      { category: 'preferences', ownNames: ['Settings'], url: 'https://datadeal.example/choices/preferences/' },
      { category: 'analytics', ownNames: ['Statistics'], url: 'https://datadeal.example/choices/analytics/' },
      { category: 'advertising', ownNames: ['Marketing'], url: 'https://datadeal.example/choices/advertising/' },
    ]);
  });

  test('puts French links under /fr/', () => {
    const links = buildLinks({ ...acme, locale: 'fr' });
    expect(links.simulator).toBe('https://datadeal.example/fr/simulator/?consent=none&brand=Acme%20Shoes');
    expect(links.categories[1]?.url).toBe('https://datadeal.example/fr/choices/preferences/');
  });

  test('leaves the brand out when none is given, and cleans it as the simulator does', () => {
    expect(buildLinks({ ...acme, brand: '   ' }).simulator).toBe('https://datadeal.example/simulator/?consent=none');
    expect(buildLinks({ ...acme, brand: '  Acme\u202E  Shoes\n' }).brand).toBe('Acme Shoes');
  });

  test('cuts the brand at 60 characters', () => {
    const links = buildLinks({ ...acme, brand: 'x'.repeat(75) });
    expect(links.brand).toBe('x'.repeat(60));
    expect(new URL(links.simulator).searchParams.get('brand')).toBe('x'.repeat(60));
  });

  test('lists a category a name maps to even when it is not ticked', () => {
    const links = buildLinks({ ...acme, offered: [], mappings: [{ ownName: 'Partners', category: 'partners' }] });
    expect(links.categories.map((c) => c.category)).toEqual(['necessary', 'partners']);
    expect(links.simulatorAllOffered).toBe('https://datadeal.example/simulator/?consent=none&brand=Acme%20Shoes');
  });
});

describe('escapes', () => {
  test('escapeHtml escapes the five characters that matter', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  test('jsString makes a literal that evaluates back to the same text', () => {
    const hostile = `"'; alert(1); //\n</script><!-- \u2028 \\ ${'`'}\${x}`;
    const literal = jsString(hostile);
    expect(literal).not.toMatch(/<\/script|<!--|[\n\u2028]/);
    expect(runSnippet(`return ${literal};`)).toBe(hostile);
    const html = jsString(hostile, false);
    expect(html).not.toMatch(/<\/script|<!--/);
    expect(runSnippet(`return ${html};`)).toBe(hostile);
  });

  test('keyFor folds a name into a config key', () => {
    expect(keyFor('Social media', 'advertising')).toBe('social_media');
    expect(keyFor('Mesure d’audience', 'analytics')).toBe('mesure_d_audience');
    expect(keyFor('<script>', 'analytics')).toBe('script');
    expect(keyFor('!!!', 'analytics')).toBe('analytics');
  });
});

describe('snippets', () => {
  const texts = snippetTexts('en');

  test('the HTML snippet is one link to the simulator', () => {
    expect(htmlSnippet(buildLinks(acme), texts)).toBe(
      '<a href="https://datadeal.example/simulator/?consent=none&amp;brand=Acme%20Shoes" target="_blank" rel="noopener">What each cookie choice on Acme Shoes trades, explained by Data Deal</a>',
    );
  });

  test('the Klaro snippet sets a title and a linked description per own name', () => {
    const config = runSnippet(`${klaroSnippet(buildLinks(acme), texts, 'en')}\nreturn klaroConfig;`) as {
      htmlTexts: boolean;
      translations: { en: { purposes: Record<string, { title: string; description: string }> } };
    };
    expect(config.htmlTexts).toBe(true);
    expect(config.translations.en.purposes).toEqual({
      necessary: {
        title: 'Strictly necessary',
        description:
          '<a href="https://datadeal.example/choices/necessary/" target="_blank" rel="noopener">What this choice trades, explained by Data Deal</a>',
      },
      settings: {
        title: 'Settings',
        description:
          '<a href="https://datadeal.example/choices/preferences/" target="_blank" rel="noopener">What this choice trades, explained by Data Deal</a>',
      },
      statistics: {
        title: 'Statistics',
        description:
          '<a href="https://datadeal.example/choices/analytics/" target="_blank" rel="noopener">What this choice trades, explained by Data Deal</a>',
      },
      marketing: {
        title: 'Marketing',
        description:
          '<a href="https://datadeal.example/choices/advertising/" target="_blank" rel="noopener">What this choice trades, explained by Data Deal</a>',
      },
    });
  });

  test('the CookieConsent snippet adds one section per category and a closing one', () => {
    let received: unknown;
    const code = orestbidaSnippet(buildLinks({ ...acme, locale: 'fr' }), snippetTexts('fr'), 'fr');
    runSnippet(code, { CookieConsent: { run: (config: unknown) => (received = config) } });
    const { language } = received as {
      language: {
        default: string;
        translations: {
          fr: { preferencesModal: { sections: { title: string; description: string; linkedCategory?: string }[] } };
        };
      };
    };
    expect(language.default).toBe('fr');
    const sections = language.translations.fr.preferencesModal.sections;
    expect(sections.map((s) => s.linkedCategory)).toEqual([
      'necessary',
      'settings',
      'statistics',
      'marketing',
      undefined,
    ]);
    expect(sections[2]?.description).toBe(
      '<a href="https://datadeal.example/fr/choices/analytics/" target="_blank" rel="noopener">Ce qu’échange ce choix, expliqué par Data Deal</a>',
    );
    expect(sections[4]?.description).toBe(
      '<a href="https://datadeal.example/fr/simulator/?consent=none&amp;brand=Acme%20Shoes" target="_blank" rel="noopener">Ce qu’échange chaque choix de cookies sur Acme Shoes, expliqué par Data Deal</a>',
    );
  });

  test('the tarteaucitron snippet points every service’s “more info” link to the simulator', () => {
    let received: unknown;
    runSnippet(tarteaucitronSnippet(buildLinks(acme)), {
      tarteaucitron: { init: (config: unknown) => (received = config) },
    });
    expect(received).toEqual({
      moreInfoLink: true,
      readmoreLink: 'https://datadeal.example/simulator/?consent=none&brand=Acme%20Shoes',
    });
  });
});
