/**
 * Warns at every build that still uses the placeholder address (`SITE_URL` not set): the QR
 * codes, preset links and brand snippets of that build point at an address that resolves
 * nowhere. A warning, not an error, so that development and the tests build as they are.
 */
import type { AstroIntegration } from 'astro';
import { placeholderSite } from './site-address';

export default function siteAddressWarning(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'datadeal-site-address',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:start': ({ logger }) => {
        if (site && site.origin !== placeholderSite) {
          logger.info(`public address: ${site.href}`);
          return;
        }
        logger.warn(
          `SITE_URL is not set: this build uses the placeholder ${placeholderSite}/. ` +
            'QR codes, preset links, canonical links and brand snippets point at it. ' +
            'Before publishing, build with SITE_URL=https://your-address (see the README, "Hosting").',
        );
      },
    },
  };
}
