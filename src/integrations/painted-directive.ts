/**
 * `client:painted`: an island hydrates once the page's largest paint is on screen
 * (wait-for-paint.ts), so its chunks never compete with that paint. Its set-aside props
 * (island-props.ts) are fetched while its code loads.
 *
 * Its buttons show from the first paint, but do nothing until the code has come: on a slow
 * phone, "Accept all" tapped in that second would be lost. When the last control tapped
 * before the island has hydrated is a button, it is pressed again then (a switch or link
 * tapped after it means the visitor moved on, and their own controls work without code).
 */
import type { ClientDirective } from 'astro';
import { restoreProps } from './restore-props';
import { waitForPaint } from './wait-for-paint';

const painted = waitForPaint();

const directive: ClientDirective = (load, _options, island) => {
  let tapped: HTMLElement | null = null;
  const keep = (event: Event) => {
    // A label's tap reaches its input as a click too.
    const control = (event.target as Element).closest('button,input,summary,a');
    if (control) tapped = control instanceof HTMLButtonElement ? control : null;
  };
  island.addEventListener('click', keep);
  void painted
    .then(() => Promise.all([load(), restoreProps(island)]))
    .then(([hydrate]) => hydrate())
    .then(() => {
      island.removeEventListener('click', keep);
      // After the island's own listeners, which its first effects attach.
      setTimeout(() => tapped?.click());
    });
};

export default directive;
