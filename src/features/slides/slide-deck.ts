/**
 * `<slide-deck>`: shows one slide at a time, in the audience window and in the presenter view,
 * and keeps the two in step.
 *
 * The server writes every slide (`[data-slide]`, ids `slide-1`, `slide-2`...), so without
 * JavaScript the slides read one after the other and `#slide-3` is a plain anchor. This
 * element marks the current slide `is-current` and the one after it `is-next` (the presenter
 * view places that one as its preview), and the speaker notes of the current slide
 * (`[data-notes-for="slide-3"]`, presenter view only) `is-current` too.
 *
 * Keeping step: both windows open a BroadcastChannel named after the deck (`data-channel`,
 * the audience page's path). Each move is posted as `{ slide }`; a window that opens asks
 * `{ ask: true }` and takes the slide the other one answers with. Same origin only, nothing
 * stored, nothing sent over the network, so it works offline.
 *
 * Keys, in both windows: Right, Page Down and Space go forward; Left, Page Up and Shift+Space
 * go back; Home and End; F toggles full screen; P opens the other window. Keys typed into a
 * form field or a widget are left alone, and Space stays with a focused button or link.
 *
 * The slide lives in the URL (`#slide-3`, through `history.replaceState` so the back button
 * still leaves the page): a reload opens the same slide.
 */
import { fill } from '~/i18n/fill';

/** Focus inside these means the keys belong to what has focus (typing, a widget's own keys). */
const ownsKeys = 'input, select, textarea, astro-island';
/** Space activates these; the deck must not take it from them. */
const usesSpace = 'button, a[href], summary';

/** What the windows of one deck tell each other. */
type Message = { slide: number } | { ask: true };

class SlideDeck extends HTMLElement {
  #slides: HTMLElement[] = [];
  #current = 0;
  #channel: BroadcastChannel | undefined;

  connectedCallback() {
    this.#slides = [...this.querySelectorAll<HTMLElement>('[data-slide]')];
    if (this.#slides.length === 0) return;
    document.documentElement.classList.add('presenting');
    const fullscreen = document.querySelector<HTMLElement>('[data-deck-action="fullscreen"]');
    if (fullscreen && document.fullscreenEnabled) fullscreen.hidden = false;
    this.#show(this.#indexOf(location.hash) ?? 0, false);

    document.addEventListener('keydown', this.#onKey);
    document.addEventListener('click', this.#onClick);
    window.addEventListener('hashchange', this.#onHashChange);
    if ('BroadcastChannel' in window) {
      this.#channel = new BroadcastChannel(`datadeal-slides:${this.dataset.channel ?? location.pathname}`);
      this.#channel.onmessage = ({ data }: MessageEvent<Message>) => {
        if ('ask' in data) this.#post({ slide: this.#current });
        else if (Number.isInteger(data.slide) && data.slide !== this.#current) this.#show(data.slide, true);
      };
      this.#post({ ask: true });
    }
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.#onKey);
    document.removeEventListener('click', this.#onClick);
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#channel?.close();
  }

  #post(message: Message) {
    this.#channel?.postMessage(message);
  }

  /** The index of the slide that holds the element a `#hash` names, if any. */
  #indexOf(hash: string): number | undefined {
    let target: Element | null;
    try {
      target = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    } catch {
      return undefined;
    }
    const slide = target?.closest('[data-slide]');
    const index = slide ? this.#slides.indexOf(slide as HTMLElement) : -1;
    return index >= 0 ? index : undefined;
  }

  /** Shows slide `index`; `announce` says it in the live region (not on load). */
  #show(index: number, announce: boolean) {
    const next = Math.max(0, Math.min(index, this.#slides.length - 1));
    const focusWasInside = this.contains(document.activeElement);
    this.#current = next;
    this.#slides.forEach((slide, i) => {
      slide.classList.toggle('is-current', i === next);
      slide.classList.toggle('is-next', i === next + 1);
    });
    const slide = this.#slides[next];
    for (const notes of this.querySelectorAll<HTMLElement>('[data-notes-for]')) {
      notes.classList.toggle('is-current', notes.dataset.notesFor === slide.id);
    }
    // Focus left on a slide that is now hidden would drop to <body>; keep it in the page's <main>.
    if (focusWasInside) this.closest<HTMLElement>('main')?.focus({ preventScroll: true });

    const numbers = {
      n: next + 1,
      total: this.#slides.length,
      title: slide.querySelector('h2')?.textContent?.trim() ?? '',
    };
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
    history.replaceState(history.state, '', `#${slide.id}`);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-deck-other]')) link.hash = slide.id;
  }

  #go(target: number) {
    if (target === this.#current || target < 0 || target >= this.#slides.length) return;
    this.dataset.moved = '';
    this.#show(target, true);
    this.#post({ slide: this.#current });
  }

  #toggleFullscreen() {
    if (!document.fullscreenEnabled) return;
    // A refused request (no user gesture, a policy) changes nothing and needs no message.
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    else document.documentElement.requestFullscreen().catch(() => undefined);
  }

  /** Opens the other window of the deck (presenter view or audience), in a window of its own. */
  #openOther(link: HTMLAnchorElement | null) {
    if (!link) return;
    window.open(link.href, link.target, 'popup');
  }

  #onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest(ownsKeys)) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (key === ' ' && target?.closest(usesSpace)) return;
    const moves: Record<string, number> = {
      ArrowRight: 1,
      PageDown: 1,
      ArrowLeft: -1,
      PageUp: -1,
      ' ': event.shiftKey ? -1 : 1,
      Home: -this.#current,
      End: this.#slides.length - 1 - this.#current,
    };
    if (key in moves) this.#go(this.#current + moves[key]);
    else if (key === 'f') this.#toggleFullscreen();
    else if (key === 'p') this.#openOther(document.querySelector('[data-deck-other]'));
    else return;
    event.preventDefault();
  };

  #onClick = (event: MouseEvent) => {
    const element = event.target instanceof Element ? event.target : null;
    const other = element?.closest<HTMLAnchorElement>('[data-deck-other]');
    if (other) {
      event.preventDefault();
      this.#openOther(other);
      return;
    }
    const button = element?.closest('[data-deck-action]');
    if (!button || button.getAttribute('aria-disabled') === 'true') return;
    const action = button.getAttribute('data-deck-action');
    if (action === 'previous') this.#go(this.#current - 1);
    else if (action === 'next') this.#go(this.#current + 1);
    else if (action === 'fullscreen') this.#toggleFullscreen();
  };

  /** A link to `#something` in the deck (a slide number, a source) opens that slide. */
  #onHashChange = () => {
    const index = this.#indexOf(location.hash);
    if (index !== undefined && index !== this.#current) this.#go(index);
  };
}

customElements.define('slide-deck', SlideDeck);
