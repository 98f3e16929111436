/**
 * The site search in jsdom: the query cleaning and excerpt handling (src/features/search/query.ts)
 * and the `<site-search>` element (site-search.ts), with a stand-in for Pagefind. The real
 * index, in both languages, is searched end to end in tests/e2e/search.test.ts.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { MAX_QUERY_LENGTH, cleanQuery, excerptNodes, queryFromSearch } from '~/features/search/query';
import {
  MAX_RESULTS,
  MAX_SECTIONS,
  SEARCH_DELAY,
  SiteSearch,
  type Pagefind,
  type PagefindPage,
} from '~/features/search/site-search';

describe('cleanQuery', () => {
  test('keeps one trimmed line of text', () => {
    expect(cleanQuery('  third-party\n\tcookie  ')).toBe('third-party cookie');
    expect(cleanQuery('intérêt   légitime')).toBe('intérêt légitime');
    expect(cleanQuery('a\u0000b\u001fc')).toBe('a b c');
    expect(cleanQuery('   ')).toBe('');
  });

  test('is short, single-line, trimmed and stable for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
        const query = cleanQuery(raw);
        expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(query).not.toMatch(/\p{Cc}/u);
        expect(query).toBe(query.trim());
        expect(cleanQuery(query)).toBe(query);
      }),
    );
  });

  test('reads ?q= from an address, whatever it holds', () => {
    expect(queryFromSearch('?q=cookie')).toBe('cookie');
    expect(queryFromSearch('?q=%3Cscript%3E')).toBe('<script>');
    expect(queryFromSearch('?q=' + 'a'.repeat(5000))).toHaveLength(MAX_QUERY_LENGTH);
    expect(queryFromSearch('?other=1')).toBe('');
    // A broken escape stays text rather than throwing.
    expect(queryFromSearch('?q=%E0%A4%A')).toMatch(/%A$/);
  });
});

describe('excerptNodes', () => {
  test('keeps text and <mark>, and turns anything else into plain text', () => {
    const nodes = excerptNodes(
      'A <mark>cookie</mark> &amp; <img src=x onerror="alert(1)"><b>bold</b><script>x()</script>',
      document,
    );
    const holder = document.createElement('p');
    holder.append(...nodes);
    expect(holder.innerHTML).toBe('A <mark>cookie</mark> &amp; boldx()');
    expect(holder.querySelectorAll('*')).toHaveLength(1);
  });
});

/** A page as Pagefind's `data()` gives it. */
function page(n: number, extra: Partial<PagefindPage> = {}): PagefindPage {
  return {
    url: `/learn/page-${n}/`,
    excerpt: `Excerpt <mark>${n}</mark>`,
    meta: { title: `Page ${n}`, section: 'Lesson' },
    ...extra,
  };
}

/** A stand-in for Pagefind that answers `pages` for any query, after `delay` ms. */
function fakePagefind(pages: PagefindPage[], delay = 0): Pagefind & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    options: async () => {},
    search: async (query) => {
      queries.push(query);
      await new Promise((resolve) => setTimeout(resolve, delay));
      return { results: pages.map((found) => ({ data: () => Promise.resolve(found) })) };
    },
  };
}

let load: () => Promise<Pagefind>;

/** The element with its Pagefind import replaced, as a test double must be in place before it connects. */
class TestSiteSearch extends SiteSearch {
  override loadPagefind = () => load();
}

describe('<site-search>', () => {
  beforeAll(() => {
    customElements.define('site-search', TestSiteSearch);
  });

  beforeEach(() => {
    history.replaceState(null, '', '/search/');
  });

  afterEach(() => {
    document.body.innerHTML = '';
    vi.useRealTimers();
  });

  function mount() {
    document.body.innerHTML = `
      <site-search data-none="No results for “{query}”." data-one="1 result for “{query}”."
        data-other="{n} results for “{query}”." data-error="Search could not load.">
        <form hidden><label for="q">Search this site</label><input id="q" name="q" type="search"><button>Search</button></form>
        <p class="needs-js">Search needs JavaScript.</p>
        <p class="status" role="status"></p>
        <ol class="results"></ol>
      </site-search>`;
    const element = document.querySelector<TestSiteSearch>('site-search')!;
    const input = document.querySelector('input')!;
    const type = (value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const titles = () => [...document.querySelectorAll('.result h2 a')].map((link) => link.textContent);
    return { element, input, type, titles, status: document.querySelector('.status')! };
  }

  test('shows its form and drops the no-JavaScript sentence once it runs', () => {
    load = () => Promise.resolve(fakePagefind([]));
    mount();
    expect(document.querySelector('form')!.hidden).toBe(false);
    expect(document.querySelector('.needs-js')).toBeNull();
  });

  test('searches once typing pauses, lists the results and announces how many', async () => {
    vi.useFakeTimers();
    const pagefind = fakePagefind([page(1), page(2)]);
    load = () => Promise.resolve(pagefind);
    const { type, titles, status } = mount();
    type('coo');
    type('cookie');
    expect(pagefind.queries).toEqual([]);
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY);
    expect(pagefind.queries).toEqual(['cookie']);
    await vi.waitFor(() => expect(titles()).toEqual(['Page 1', 'Page 2']));
    expect(status.textContent).toBe('2 results for “cookie”.');
    const first = document.querySelector('.result')!;
    expect(first.querySelector('.section')!.textContent).toBe('Lesson');
    expect(first.querySelector('h2 a')!.getAttribute('href')).toBe('/learn/page-1/');
    expect(first.querySelector('.excerpt')!.innerHTML).toBe('Excerpt <mark>1</mark>');
    expect(location.search).toBe('?q=cookie');
  });

  test('submitting searches at once; an empty box clears results and address', async () => {
    load = () => Promise.resolve(fakePagefind([page(1)]));
    const { element, input, titles, status } = mount();
    input.value = 'cookie';
    input.form!.requestSubmit();
    await vi.waitFor(() => expect(titles()).toEqual(['Page 1']));
    expect(status.textContent).toBe('1 result for “cookie”.');
    await element.run('   ');
    expect(titles()).toEqual([]);
    expect(status.textContent).toBe('');
    expect(location.search).toBe('');
  });

  test('says so when nothing matches, quoting the query as text', async () => {
    load = () => Promise.resolve(fakePagefind([]));
    const { element, status } = mount();
    await element.run('<img src=x>');
    expect(status.textContent).toBe('No results for “<img src=x>”.');
    expect(status.querySelector('img')).toBeNull();
  });

  test('shows at most MAX_RESULTS pages and, under each, its best-scoring sections', async () => {
    const sections = [
      { title: 'Top', url: '/glossary/', excerpt: 'page top', weighted_locations: [{ balanced_score: 900 }] },
      {
        title: 'Cookie',
        url: '/glossary/#cookie',
        excerpt: 'A <mark>cookie</mark>',
        weighted_locations: [{ balanced_score: 500 }],
      },
      {
        title: 'CNIL',
        url: '/glossary/#cnil',
        excerpt: 'cnil',
        weighted_locations: [{ balanced_score: 10 }, { balanced_score: 5 }],
      },
      { title: 'Tracker', url: '/glossary/#tracker', excerpt: 'tracker', weighted_locations: [{ balanced_score: 60 }] },
    ];
    const pages = [page(0, { url: '/glossary/', excerpt: 'A <mark>cookie</mark>', sub_results: sections })];
    for (let n = 1; n < MAX_RESULTS + 5; n++) pages.push(page(n));
    load = () => Promise.resolve(fakePagefind(pages));
    const { element, titles, status } = mount();
    await element.run('cookie');
    expect(titles()).toHaveLength(MAX_RESULTS);
    expect(status.textContent).toBe(`${MAX_RESULTS + 5} results for “cookie”.`);
    const glossary = document.querySelector('.result')!;
    const links = [...glossary.querySelectorAll('.sections a')].map((link) => link.getAttribute('href'));
    expect(links).toHaveLength(MAX_SECTIONS);
    expect(links).toEqual(['/glossary/#cookie', '/glossary/#tracker'].slice(0, MAX_SECTIONS));
    // With sections shown, the page's own excerpt (which repeats one of theirs) is left out.
    expect(glossary.querySelectorAll('.excerpt')).toHaveLength(MAX_SECTIONS);
  });

  test('a slow search that finishes after a newer one shows nothing', async () => {
    const slow = fakePagefind([page(1)], 50);
    const fast = fakePagefind([page(2)]);
    let calls = 0;
    load = () =>
      Promise.resolve({ options: async () => {}, search: (query) => (calls++ === 0 ? slow : fast).search(query) });
    const { element, titles, status } = mount();
    const first = element.run('slow');
    await element.run('fast');
    await first;
    expect(titles()).toEqual(['Page 2']);
    expect(status.textContent).toBe('1 result for “fast”.');
  });

  test('says when Pagefind cannot load, and tries again on the next search', async () => {
    load = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue(fakePagefind([page(1)]));
    const { element, titles, status } = mount();
    await element.run('cookie');
    expect(status.textContent).toBe('Search could not load.');
    expect(titles()).toEqual([]);
    await element.run('cookie');
    expect(titles()).toEqual(['Page 1']);
    expect(load).toHaveBeenCalledTimes(2);
  });

  test('runs the query of the address it opens on, cleaned', async () => {
    history.replaceState(null, '', '/search/?q=%20%20third-party%0Acookie');
    const pagefind = fakePagefind([page(1)]);
    load = () => Promise.resolve(pagefind);
    const { input, titles } = mount();
    expect(input.value).toBe('third-party cookie');
    await vi.waitFor(() => expect(titles()).toEqual(['Page 1']));
    expect(pagefind.queries).toEqual(['third-party cookie']);
  });
});
