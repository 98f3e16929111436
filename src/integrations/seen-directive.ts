/**
 * `client:seen`: an island hydrates once the page's largest paint is on screen
 * (wait-for-paint.ts) and the island is in view, as Astro's `client:visible` then does, its
 * set-aside props (island-props.ts) fetched while its code loads. A directive of its own, so
 * that pages without such islands do not carry this code.
 *
 * Keyboard focus wakes it too: an island's controls stay disabled until it hydrates, and
 * Tab would jump over them, from the link before the island to the one after it, without
 * the island ever being in view. So focus landing within two screens above it starts it.
 */
import type { ClientDirective } from 'astro';
import { importIslandElement } from './island-element';
import { restoreProps } from './restore-props';
import { waitForPaint } from './wait-for-paint';

const painted = waitForPaint();
importIslandElement(painted);

const directive: ClientDirective = (load, _options, island) => {
  void painted.then(() => {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      observer.disconnect();
      document.removeEventListener('focusin', onFocus);
      void Promise.all([load(), restoreProps(island)]).then(([hydrate]) => hydrate());
    };
    // The island is `display: contents`, so its children are the ones watched.
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) start();
    });
    for (const child of island.children) observer.observe(child);
    const onFocus = (event: FocusEvent) => {
      const focused = event.target;
      const first = island.firstElementChild;
      if (!(focused instanceof Node) || !first) return;
      const before = Boolean(focused.compareDocumentPosition(island) & Node.DOCUMENT_POSITION_FOLLOWING);
      if (before && first.getBoundingClientRect().top < window.innerHeight * 2) start();
    };
    document.addEventListener('focusin', onFocus);
  });
};

export default directive;
