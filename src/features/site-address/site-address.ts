/**
 * The site's public address: one setting, `SITE_URL`, read once in `astro.config.mjs` and
 * given to Astro as `site`. Everything that prints an absolute address reads it from there
 * (`Astro.site`): canonical and hreflang links, the QR codes of the workshop presets and of
 * the demo slides, the link builder's snippets for brands.
 *
 * Until it is set, the build uses a placeholder that resolves nowhere and says so loudly
 * (see `integration.ts`): a QR code printed for a room must never point at it by accident.
 */

/** The address used when `SITE_URL` is not set. `.example` is reserved: it never resolves. */
export const placeholderSite = 'https://datadeal.example';

/** The public address a build uses, and whether it is still the placeholder. */
export interface SiteAddress {
  /** The address: an origin with a trailing slash (`https://datadeal.org/`). */
  url: string;
  /** True when `SITE_URL` was not set. */
  placeholder: boolean;
}

/**
 * Reads the `SITE_URL` setting. Empty or absent gives the placeholder; anything set must be an
 * absolute http(s) origin, or the build stops and says why. No path: every link of the site is
 * written from the root (`/learn/`), so the site is served at the root of its address.
 */
export function resolveSiteAddress(value: string | undefined): SiteAddress {
  const raw = value?.trim() ?? '';
  if (raw === '') return { url: `${placeholderSite}/`, placeholder: true };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL="${raw}" is not an address. Give the full public address, such as https://datadeal.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL="${raw}" must start with https:// (or http://)`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(
      `SITE_URL="${raw}" must be an origin only, such as https://datadeal.org: the site is served from the root of its address`,
    );
  }
  return { url: `${url.origin}/`, placeholder: url.origin === placeholderSite };
}

/** The site's address for a page: `Astro.site`, or the placeholder if a build has none. */
export function siteUrl(site: URL | undefined): URL {
  return site ?? new URL(`${placeholderSite}/`);
}

/** Whether a page's `Astro.site` is still the placeholder. */
export function isPlaceholderSite(site: URL | undefined): boolean {
  return siteUrl(site).origin === placeholderSite;
}
