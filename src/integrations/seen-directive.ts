/**
 * `client:seen`: an island hydrates once the page's largest paint is on screen
 * (wait-for-paint.ts) and the island is in view, as Astro's `client:visible` then does, its
 * set-aside props (island-props.ts) fetched while its code loads. A directive of its own, so
 * that pages without such islands do not carry this code.
 */
import type { ClientDirective } from 'astro';
import { importIslandElement } from './island-element';
import { restoreProps } from './restore-props';
import { waitForPaint } from './wait-for-paint';

const painted = waitForPaint();
importIslandElement(painted);

const directive: ClientDirective = (load, _options, island) => {
  void painted.then(() => {
    // The island is `display: contents`, so its children are the ones watched.
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void Promise.all([load(), restoreProps(island)]).then(([hydrate]) => hydrate());
    });
    for (const child of island.children) observer.observe(child);
  });
};

export default directive;
