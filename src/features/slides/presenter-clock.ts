/**
 * `<presenter-clock>`: the presenter view's clock. It counts the time since the view opened
 * (or since Restart), and, for the guide block the trainer picks, how much of the block's
 * planned time is left or how far over it is.
 *
 * The blocks are `<option>`s the server wrote from the guides (`data-minutes`); the first
 * whose guide matches `?guide=<slug>` in the address is picked, so a guide can link to its own
 * timing. Nothing is stored: a reload starts the clock again.
 */
import { fill } from '~/i18n/fill';

/** Seconds as `m:ss`, or `h:mm:ss` past an hour. */
function format(seconds: number): string {
  const s = Math.floor(seconds % 60);
  const m = Math.floor(seconds / 60) % 60;
  const h = Math.floor(seconds / 3600);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

class PresenterClock extends HTMLElement {
  #start = Date.now();
  #timer = 0;

  connectedCallback() {
    const select = this.querySelector('select');
    const guide = new URLSearchParams(location.search).get('guide');
    if (select && guide) {
      const option = [...select.options].find((o) => o.value.startsWith(`${guide}/`));
      if (option) select.value = option.value;
    }
    this.querySelector('button')?.addEventListener('click', () => {
      this.#start = Date.now();
      this.#tick();
    });
    select?.addEventListener('change', () => this.#tick());
    this.#tick();
    this.#timer = window.setInterval(() => this.#tick(), 1000);
  }

  disconnectedCallback() {
    clearInterval(this.#timer);
  }

  #tick() {
    const elapsed = (Date.now() - this.#start) / 1000;
    const shown = this.querySelector('[data-clock-elapsed]');
    if (shown) shown.textContent = format(elapsed);
    const option = this.querySelector('select')?.selectedOptions[0];
    const left = this.querySelector<HTMLElement>('[data-clock-left]');
    if (!option || !left) return;
    const planned = Number(option.dataset.minutes) * 60;
    const over = elapsed > planned;
    left.textContent = fill(this.dataset[over ? 'over' : 'left'] ?? '', {
      time: format(Math.abs(planned - elapsed)),
      minutes: option.dataset.minutes ?? '',
    });
    left.classList.toggle('over', over);
  }
}

customElements.define('presenter-clock', PresenterClock);
