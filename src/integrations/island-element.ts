/**
 * On a page whose islands are all `client:seen`, the code of Astro's `<astro-island>` element
 * leaves the built page for a shared file (island-scripts.ts), named in a `data-island-element`
 * attribute on the directive's script, which Astro puts before it. Called as that script runs,
 * this imports the file once the largest paint is on screen. Elsewhere, and in development, the
 * element stays inline and there is nothing to import.
 */
export function importIslandElement(painted: Promise<void>): void {
  const url = (document.currentScript as HTMLScriptElement | null)?.dataset.islandElement;
  if (url) void painted.then(() => import(/* @vite-ignore */ url));
}
