/**
 * `client:painted`: an island hydrates once the page's first paint is on screen, and with
 * `client:painted="visible"` once it is also in view. `self.dataDealPainted` is the paint gate
 * the first-paint build step puts in the head of every page with scripts (first-paint.ts);
 * a chunk requested before that paint would compete with it (Lighthouse counts it before the
 * LCP). In `astro dev`, where that step does not run, islands hydrate at once.
 */
import type { ClientDirective } from 'astro';

declare global {
  var dataDealPainted: Promise<void> | undefined;
}

const painted: ClientDirective = (load, options, island) => {
  const hydrate = async () => {
    const run = await load();
    await run();
  };
  void (globalThis.dataDealPainted ?? Promise.resolve()).then(() => {
    if (options.value !== 'visible') return hydrate();
    // As Astro's client:visible: the island is `display: contents`, so its children are watched.
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void hydrate();
    });
    for (const child of island.children) observer.observe(child);
  });
};

export default painted;
