// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { defaultLocale, locales } from './src/engine/locales.ts';
import { resolveSiteAddress } from './src/features/site-address/site-address.ts';

// The public address, from one setting (README, "Hosting"); the placeholder until it is set.
const siteAddress = resolveSiteAddress(process.env.SITE_URL);

export default defineConfig({
  // The canonical address (QR codes, snippets, canonical links); links inside the site stay
  // relative, so any host works.
  site: siteAddress.url,
  // Every route ends in a slash: the URLs brands paste into banners must be one form only.
  trailingSlash: 'always',
  // Every page carries its CSS in its HTML, so it paints with no second round of requests;
  // the first-paint step below gives each page's CSP the hashes of exactly those styles.
  build: { format: 'directory', inlineStylesheets: 'always' },
  vite: {
    build: {
      rollupOptions: {
        output: {
          // The pure engine's core in one chunk: islands share them, and many
          // small shared chunks cost more bytes than the code they hold (docs/design.md: 40 KB per page).
          // The URL parser and the comparisons stay apart: the simulator loads them only on use.
          manualChunks(id) {
            if (id.includes('/src/engine/') && !/\/(params|compare)\.ts$/.test(id)) return 'engine';
            // The plural and list helpers that most islands share would otherwise make a chunk of their own.
            if (id.includes('/src/widgets/kit/intl.ts')) return 'engine';
          },
        },
      },
    },
  },
  // First-paint rewrites and the search index before the offline step, which fingerprints the final files.
  integrations: [
    (await import('./src/features/site-address/integration.ts')).default(),
    mdx(),
    // Without Svelte's version marker (a global every island would set): fewer bytes per page.
    svelte({ compilerOptions: { discloseVersion: false } }),
    // Element scripts wait for the first paint; the presenter's layout flag runs before it, inline.
    (await import('./src/integrations/first-paint.ts')).default(),
    (await import('./src/features/search/integration.ts')).default(),
    (await import('./src/features/offline/integration.ts')).default(),
    // The decoder's cookie index, built from the Open Cookie Database and loaded on first use.
    (await import('./src/features/decoder/build/cookie-index-integration.ts')).default(),
    // Brotli copies of the final text files, for hosts that serve them (docs/nginx.conf).
    (await import('./src/integrations/precompress.ts')).default(),
  ],
  // English at the root, French under /fr/; the language comes from the URL, never from storage.
  i18n: {
    defaultLocale,
    locales: [...locales],
    routing: { prefixDefaultLocale: false },
  },
  // A strict policy in a <meta> on every page, with hashes of Astro's own inline scripts and styles.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
    },
  },
  // Shiki's inline styles would need 'unsafe-inline' under the CSP; Prism uses classes.
  markdown: { syntaxHighlight: 'prism' },
  devToolbar: { enabled: false },
});
