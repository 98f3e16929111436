/**
 * `<slide-deck>`: turns the flat, server-rendered sequence of SlideDeck.astro into slides.
 *
 * Why group at run time instead of wrapping each section in `<section>` on the server: the
 * lesson is rendered MDX, and Astro gives no safe way to cut rendered HTML apart (capturing a
 * slot as a string loses the hydration instructions of the islands inside it). So the server
 * only marks where each slide starts (`data-slide-start`, with the `#slide-N` id), and this
 * element treats every run of children from one mark to the next as a slide, showing one run
 * at a time with a class. Nothing is moved, so islands hydrate where Astro put them.
 *
 * Keys: Right, Page Down and Space go forward; Left, Page Up and Shift+Space go back; Home and
 * End; N toggles the notes; F toggles full screen. Keys typed into a form field or a widget
 * are left alone, and Space stays with a focused button, link or disclosure.
 *
 * The slide lives in the URL (`#slide-3`, through `history.replaceState` so the back button
 * still leaves the page); a reload opens the same slide, and any other `#id` opens the slide
 * that holds that element (a source, a section heading).
 */
import { fill } from '~/i18n/fill';

interface Slide {
  /** The children of the deck that make up the slide, in order. */
  elements: Element[];
  /** The id of the slide's start (`slide-3`). */
  id: string;
  /** The slide's heading, for the announcement. */
  title: string;
}

/** Focus inside these means the keys belong to what has focus (typing, a widget's own keys). */
const ownsKeys = 'input, select, textarea, [contenteditable]:not([contenteditable="false"]), astro-island';
/** Space activates these; the deck must not take it from them. */
const usesSpace = 'button, a[href], summary, [role="button"], [role="link"]';

/** Splits the deck's children into slides, each starting at an element with `data-slide-start`. */
function groupSlides(deck: HTMLElement): Slide[] {
  const slides: Slide[] = [];
  for (const child of deck.children) {
    const starts = child.hasAttribute('data-slide-start');
    if (starts || slides.length === 0) {
      const heading = starts && child.matches('section') ? child.querySelector('h2') : child.nextElementSibling;
      slides.push({ elements: [], id: child.id, title: heading?.textContent?.trim() ?? '' });
    }
    slides[slides.length - 1].elements.push(child);
  }
  return slides;
}

class SlideDeck extends HTMLElement {
  /** The `<section class="deck">` whose children are the slides' parts. */
  #deck!: HTMLElement;
  #slides: Slide[] = [];
  #current = 0;

  connectedCallback() {
    const deck = this.querySelector<HTMLElement>(':scope > .deck');
    if (!deck) return;
    this.#deck = deck;
    this.#slides = groupSlides(deck);
    if (this.#slides.length === 0) return;
    document.documentElement.classList.add('presenting');
    deck.dataset.ready = '';
    // The deck is now a scroll box: it must be reachable by keyboard to scroll a long slide.
    deck.tabIndex = 0;

    const fullscreen = document.querySelector<HTMLButtonElement>('[data-deck-action="fullscreen"]');
    if (fullscreen && document.fullscreenEnabled) fullscreen.hidden = false;

    this.#show(this.#slideOf(location.hash) ?? 0, { announce: false, updateUrl: false });
    this.#revealTarget(location.hash);

    document.addEventListener('keydown', this.#onKey);
    document.addEventListener('click', this.#onClick);
    document.addEventListener('fullscreenchange', this.#onFullscreenChange);
    window.addEventListener('hashchange', this.#onHashChange);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.#onKey);
    document.removeEventListener('click', this.#onClick);
    document.removeEventListener('fullscreenchange', this.#onFullscreenChange);
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** The index of the slide holding the element a `#hash` names, if it is in the deck. */
  #slideOf(hash: string): number | undefined {
    if (hash.length < 2) return undefined;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return undefined;
    }
    let node = document.getElementById(id);
    if (!node || !this.#deck.contains(node)) return undefined;
    while (node.parentElement && node.parentElement !== this.#deck) node = node.parentElement;
    const index = this.#slides.findIndex((slide) => slide.elements.includes(node));
    return index >= 0 ? index : undefined;
  }

  /** Scrolls a `#hash` target that sits lower in a long slide (a source, say) into view. */
  #revealTarget(hash: string) {
    const index = this.#slideOf(hash);
    if (index === undefined) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target && target.id !== this.#slides[index].id) target.scrollIntoView({ block: 'nearest' });
  }

  #show(index: number, { announce, updateUrl }: { announce: boolean; updateUrl: boolean }) {
    const next = Math.max(0, Math.min(index, this.#slides.length - 1));
    const focusWasInside = this.#deck.contains(document.activeElement) && document.activeElement !== this.#deck;
    this.#current = next;
    this.#slides.forEach((slide, i) => {
      for (const element of slide.elements) element.classList.toggle('is-current', i === next);
    });
    this.#deck.scrollTop = 0;
    // Focus left on a slide that is now hidden would drop to <body>; keep it on the deck instead.
    if (focusWasInside) this.#deck.focus({ preventScroll: true });

    const slide = this.#slides[next];
    const numbers = { n: next + 1, total: this.#slides.length, title: slide.title };
    const counter = document.querySelector('[data-deck-counter]');
    if (counter) counter.textContent = fill(this.dataset.counter ?? '{n} / {total}', numbers);
    const status = document.querySelector('[data-deck-status]');
    if (status && announce) status.textContent = fill(this.dataset.announce ?? '', numbers);
    for (const [action, atEnd] of [
      ['previous', next === 0],
      ['next', next === this.#slides.length - 1],
    ] as const) {
      document.querySelector(`[data-deck-action="${action}"]`)?.setAttribute('aria-disabled', String(atEnd));
    }
    this.#showNotes(slide.id);
    if (updateUrl) history.replaceState(history.state, '', `#${slide.id}`);
  }

  /** In the notes panel, shows the notes of the current slide only (or says there are none). */
  #showNotes(slideId: string) {
    const panel = document.querySelector<HTMLElement>('[data-deck-notes]');
    if (!panel) return;
    let any = false;
    for (const block of panel.querySelectorAll<HTMLElement>('[data-notes-for]')) {
      block.hidden = block.dataset.notesFor !== slideId;
      any ||= !block.hidden;
    }
    const none = panel.querySelector<HTMLElement>('[data-deck-no-notes]');
    if (none) none.hidden = any;
  }

  #go(delta: number | 'first' | 'last') {
    const target = delta === 'first' ? 0 : delta === 'last' ? this.#slides.length - 1 : this.#current + delta;
    if (target === this.#current || target < 0 || target >= this.#slides.length) return;
    this.#deck.dataset.moved = '';
    this.#show(target, { announce: true, updateUrl: true });
  }

  #toggleNotes() {
    const panel = document.querySelector<HTMLElement>('[data-deck-notes]');
    const button = document.querySelector('[data-deck-action="notes"]');
    if (!panel || !button) return;
    const open = !panel.classList.contains('open');
    panel.classList.toggle('open', open);
    button.setAttribute('aria-pressed', String(open));
  }

  #toggleFullscreen() {
    if (!document.fullscreenEnabled) return;
    // A refused request (no user gesture, a policy) changes nothing and needs no message.
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    else document.documentElement.requestFullscreen().catch(() => undefined);
  }

  #onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest(ownsKeys)) return;
    let handled = true;
    switch (event.key) {
      case 'ArrowRight':
      case 'PageDown':
        this.#go(1);
        break;
      case 'ArrowLeft':
      case 'PageUp':
        this.#go(-1);
        break;
      case ' ':
        if (target?.closest(usesSpace)) return;
        this.#go(event.shiftKey ? -1 : 1);
        break;
      case 'Home':
        this.#go('first');
        break;
      case 'End':
        this.#go('last');
        break;
      case 'n':
      case 'N':
        this.#toggleNotes();
        break;
      case 'f':
      case 'F':
        this.#toggleFullscreen();
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  };

  #onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('[data-deck-action]') : null;
    if (!button || button.getAttribute('aria-disabled') === 'true') return;
    const action = button.getAttribute('data-deck-action');
    if (action === 'previous') this.#go(-1);
    else if (action === 'next') this.#go(1);
    else if (action === 'notes') this.#toggleNotes();
    else if (action === 'fullscreen') this.#toggleFullscreen();
  };

  #onFullscreenChange = () => {
    document
      .querySelector('[data-deck-action="fullscreen"]')
      ?.setAttribute('aria-pressed', String(document.fullscreenElement !== null));
  };

  /** A link to `#something` in the deck (a citation, a note's slide link) opens that slide. */
  #onHashChange = () => {
    const index = this.#slideOf(location.hash);
    if (index === undefined) return;
    if (index !== this.#current) this.#show(index, { announce: true, updateUrl: false });
    this.#revealTarget(location.hash);
  };
}

customElements.define('slide-deck', SlideDeck);
