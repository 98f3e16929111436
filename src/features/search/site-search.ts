/**
 * `<site-search>`: full-text search over the pages Pagefind indexed at build time, in the
 * page's language (Pagefind picks the index from `<html lang>`). Its script, WebAssembly and
 * index files come from this site's `/pagefind/` and load only once the visitor searches.
 * The query stays in the page and its address (`?q=`), so a search can be shared or
 * bookmarked; nothing is stored or sent elsewhere.
 *
 * Expects, inside it: a `form` (hidden until this runs) with an `input`; `.needs-js`
 * (removed here); a `.status` live region; an `ol.results`. Messages come from `data-*`:
 * `none`, `one`, `other` (`{n}`, `{query}`), `error`.
 */
import { fill } from '~/i18n/fill';
import { cleanQuery, excerptNodes, queryFromSearch } from './query';

/** How long typing must pause before a search runs and its count is announced, in milliseconds. */
export const SEARCH_DELAY = 250;
/** Results shown for one query; the index holds a few dozen pages per language. */
export const MAX_RESULTS = 20;
/** Sections of a page (a glossary term, a lesson's heading) shown under its result. */
export const MAX_SECTIONS = 2;

/** The part of Pagefind's browser API this uses (https://pagefind.app/docs/api/). */
export interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindPage> }[] }>;
}

export interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title?: string; section?: string };
  sub_results?: PagefindSection[];
}

/** A part of a page that starts at a heading with an id. */
export interface PagefindSection {
  title: string;
  url: string;
  excerpt: string;
  /** Each match, scored; a match in the heading itself scores far higher. */
  weighted_locations?: { balanced_score: number }[];
}

/**
 * How well a section matches `query`: a heading that is the query itself ("Cookie" for
 * "cookie") comes first, so a term's own entry leads "Cookie wall" and "Session cookie";
 * then the sum of its matches' scores.
 */
function score(section: PagefindSection, query: string): number {
  const named = section.title.localeCompare(query, undefined, { sensitivity: 'base' }) === 0;
  const matches = (section.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
  return named ? Number.MAX_SAFE_INTEGER : matches;
}

const pagefindUrl = '/pagefind/pagefind.js';

export class SiteSearch extends HTMLElement {
  /** Imports Pagefind; a property so tests can hand in their own. */
  loadPagefind = (): Promise<Pagefind> => import(/* @vite-ignore */ pagefindUrl);

  #pagefind: Promise<Pagefind> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Number of the latest search: an older one that finishes late shows nothing. */
  #latest = 0;

  connectedCallback() {
    const form = this.querySelector('form');
    const input = form?.querySelector('input');
    if (!form || !input) return;
    form.hidden = false;
    this.querySelector('.needs-js')?.remove();
    input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.run(input.value), SEARCH_DELAY);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#timer);
      void this.run(input.value);
    });
    const query = queryFromSearch(location.search) || cleanQuery(input.value);
    if (query) {
      input.value = query;
      void this.run(query);
    }
    // The search page exists to type into: the field takes focus, unless the visitor already
    // moved it (this runs after the first paint).
    if (document.activeElement === document.body || document.activeElement === null) {
      input.focus({ preventScroll: true });
    }
  }

  disconnectedCallback() {
    clearTimeout(this.#timer);
  }

  /** Searches for `raw`, shows the results and announces how many; resolves when shown. */
  async run(raw: string): Promise<void> {
    const query = cleanQuery(raw);
    const turn = ++this.#latest;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);

    const results = this.querySelector<HTMLOListElement>('ol.results');
    const status = this.querySelector<HTMLElement>('.status');
    if (!results || !status) return;
    if (!query) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    this.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await (this.#pagefind ??= this.#init());
      const found = await pagefind.search(query);
      const pages = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (turn !== this.#latest) return;
      results.replaceChildren(...pages.map((page) => this.#item(page, query)));
      status.textContent = this.#count(found.results.length, query);
    } catch {
      // Try loading again on the next search: the visitor may be back online by then.
      this.#pagefind = undefined;
      if (turn !== this.#latest) return;
      results.replaceChildren();
      status.textContent = this.dataset.error ?? '';
    } finally {
      if (turn === this.#latest) this.removeAttribute('aria-busy');
    }
  }

  async #init(): Promise<Pagefind> {
    const pagefind = await this.loadPagefind();
    await pagefind.options({ excerptLength: 24 });
    return pagefind;
  }

  #count(n: number, query: string): string {
    const key = n === 0 ? 'none' : n === 1 ? 'one' : 'other';
    return fill(this.dataset[key] ?? '', { n, query });
  }

  /** One result: the page's section and title, an excerpt, and the best-matching parts of it. */
  #item(page: PagefindPage, query: string): HTMLLIElement {
    const item = this.#element('li', 'result');
    if (page.meta.section) item.append(this.#element('p', 'section', page.meta.section));
    const heading = this.#element('h2');
    heading.append(this.#link(page.url, page.meta.title ?? page.url));
    item.append(heading);
    const sections = (page.sub_results ?? [])
      .filter((section) => section.url.includes('#'))
      .sort((a, b) => score(b, query) - score(a, query))
      .slice(0, MAX_SECTIONS);
    // A page with matching sections shows their excerpts instead of its own, which repeats one of them.
    if (sections.length === 0) item.append(this.#excerpt(page.excerpt));
    else {
      const list = this.#element('ul', 'sections');
      for (const section of sections) {
        const entry = this.#element('li');
        entry.append(this.#link(section.url, section.title), this.#excerpt(section.excerpt));
        list.append(entry);
      }
      item.append(list);
    }
    return item;
  }

  #excerpt(html: string): HTMLParagraphElement {
    const excerpt = this.#element('p', 'excerpt');
    excerpt.append(...excerptNodes(html, document));
    return excerpt;
  }

  #link(href: string, text: string): HTMLAnchorElement {
    const link = this.#element('a', undefined, text);
    link.href = href;
    return link;
  }

  #element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }
}
