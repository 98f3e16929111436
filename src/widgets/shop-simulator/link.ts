/**
 * Reads the simulator's link (docs/design.md, "Query parameters": `consent`, the Consent Mode aliases, `brand`,
 * `policy`, `scenario`…) for the shop simulator. The island loads this module only when its page's
 * address has a query, so a plain visit does not download the URL parser.
 */
import { categoryIds } from '~/engine/categories';
import type { Locale } from '~/engine/locales';
import { consentParamNames, parseSimulatorParams, type SimulatorParams } from '~/engine/params';
import { fill } from '~/i18n/fill';
import type { Scenario } from '~/engine/types';
import { inSiteWords } from '~/widgets/consent-banner/labels';
import type { ShopSimulatorLabels } from './labels';

/** What a link says, and whether it answers the banner (it names a consent, even an empty one). */
export interface SimulatorLink extends SimulatorParams {
  /** True when the link gives `consent` or a Consent Mode alias with a value. */
  answersBanner: boolean;
}

/** Reads `params` against the scenarios the island knows. */
export function readLink(params: URLSearchParams, knownScenarioIds: readonly string[]): SimulatorLink {
  return {
    ...parseSimulatorParams(params, knownScenarioIds),
    answersBanner: consentParamNames.some((name) => (params.get(name) ?? '').trim() !== ''),
  };
}

/**
 * Names `site` in the banner's title and intros, and describes the categories in the words of
 * `scenario`'s site. The server drew the banner for the default session; a link can open another
 * one (`?scenario=news`), whose banner must speak for its own site.
 */
export function nameSiteInBanner(
  banner: Element,
  labels: ShopSimulatorLabels,
  site: string,
  scenario: Scenario,
  locale: Locale,
) {
  for (const text of banner.querySelectorAll('.title, .intro')) {
    const { classList } = text;
    const key = classList.contains('title') ? 'title' : classList.contains('more-intro') ? 'intro' : 'short';
    text.textContent = fill(labels[`consentBanner.banner.${key}`], { site });
  }
  const described = inSiteWords(labels, scenario.shop.banner, locale);
  for (const category of categoryIds) {
    const row = category === 'necessary' ? '.necessary' : `.switch-row:has(input[value="${category}"])`;
    const description = banner.querySelector(`${row} .description`);
    if (description) description.textContent = described[`category.${category}.short`];
  }
}

export { default as LinkNotices } from '~/widgets/shared/LinkNotices.svelte';
