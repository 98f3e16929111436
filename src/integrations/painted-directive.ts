/**
 * `client:painted`: an island hydrates once the page's largest paint is on screen
 * (wait-for-paint.ts), so its chunks never compete with that paint. Its set-aside props
 * (island-props.ts) are fetched while its code loads.
 *
 * Its buttons show from the first paint, but do nothing until the code has come: on a slow
 * phone, "Accept all" tapped in that second would be lost. The last button tapped is kept
 * and pressed again once the island has hydrated.
 */
import type { ClientDirective } from 'astro';
import { restoreProps } from './restore-props';
import { waitForPaint } from './wait-for-paint';

const painted = waitForPaint();

const directive: ClientDirective = (load, _options, island) => {
  let tapped: HTMLElement | null = null;
  const keep = (event: Event) => {
    tapped = (event.target as Element).closest('button') ?? tapped;
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
