/**
 * `<banner-decoder>`: filters the decoder's server-rendered list as the visitor types.
 * Entries, groups and jump links that do not match are hidden; the count is announced
 * once typing pauses, so a screen reader hears one sentence rather than one per key.
 * Without JavaScript the element stays a plain container and the whole list shows.
 *
 * Expects, inside it: `.search` (hidden until this runs) holding an `input` and a
 * `.count` live region; `.no-match`; `section.group` elements holding `[data-search]`
 * entries; `.jump li[data-group]` links. Messages come from `data-none`, `data-one`
 * and `data-other` (with `{n}`).
 */
import { matches } from './filter';

/** How long typing must pause before the count is announced, in milliseconds. */
export const ANNOUNCE_DELAY = 300;

export class BannerDecoder extends HTMLElement {
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    const search = this.querySelector<HTMLElement>('.search');
    const input = search?.querySelector('input');
    if (!search || !input) return;
    search.hidden = false;
    input.addEventListener('input', () => this.apply(input.value));
    window.addEventListener('hashchange', () => this.reveal(input));
    // A value the browser restored on "back" filters straight away.
    if (input.value) this.apply(input.value);
  }

  disconnectedCallback() {
    clearTimeout(this.#timer);
  }

  /** Shows the entries matching `query`, hides the rest, and announces the count. */
  apply(query: string): number {
    const entries = [...this.querySelectorAll<HTMLElement>('[data-search]')];
    let shown = 0;
    for (const entry of entries) {
      entry.hidden = !matches(query, entry.dataset.search ?? '');
      if (!entry.hidden) shown++;
    }
    const groups = [...this.querySelectorAll<HTMLElement>('section.group')];
    for (const group of groups) group.hidden = !group.querySelector('[data-search]:not([hidden])');
    for (const jump of this.querySelectorAll<HTMLElement>('.jump li[data-group]')) {
      jump.hidden = groups.find((group) => group.id === `vocabulary-${jump.dataset.group}`)?.hidden ?? false;
    }
    const noMatch = this.querySelector<HTMLElement>('.no-match');
    if (noMatch) noMatch.hidden = shown > 0;
    this.dataset.shown = String(shown);
    const status = this.querySelector<HTMLElement>('.count');
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (status) status.textContent = this.message(shown);
    }, ANNOUNCE_DELAY);
    return shown;
  }

  /** The sentence for `n` matching names. */
  message(n: number): string {
    if (n === 0) return this.dataset.none ?? '';
    if (n === 1) return this.dataset.one ?? '';
    return (this.dataset.other ?? '').replace('{n}', String(n));
  }

  /** A deep link such as #ad_storage always shows its entry, whatever the box holds. */
  reveal(input: HTMLInputElement) {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (target && this.contains(target) && target.closest('[hidden]')) {
      input.value = '';
      this.apply('');
      target.scrollIntoView();
    }
  }
}
