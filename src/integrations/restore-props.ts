/**
 * Puts back an island's props that the build moved to a file (island-props.ts), before Astro
 * reads its `props` attribute to hydrate it. Inlined by the `client:painted` and `client:seen`
 * directives, so kept small. If the file cannot be fetched (offline, say), the promise rejects
 * and the island stays as the server rendered it.
 */
export async function restoreProps(island: HTMLElement): Promise<void> {
  const url = island.dataset.propsSrc;
  if (url) island.setAttribute('props', await (await fetch(url)).text());
}
