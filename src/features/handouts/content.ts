/**
 * The handouts' content for pages and guides: the data cards, resolved against their scenario,
 * and the banner walk. Build time only (it reads the content collections); a locale without its
 * file fails the build with the file it needs.
 */
import { getEntry } from 'astro:content';
import { getScenario } from '~/widgets/shared/scenarios';
import type { Locale } from '~/i18n';
import { resolveCards, type ResolvedCard } from './cards';
import type { BannerWalk } from './schema';

/** The data cards of `locale`, numbered, with their answers from the scenario. */
export async function getDataCards(locale: Locale): Promise<ResolvedCard[]> {
  const file = `content/handouts/${locale}/data-cards.yaml`;
  const entry = await getEntry('dataCards', locale);
  if (!entry) throw new Error(`${file} is missing`);
  return resolveCards(entry.data.cards, await getScenario(entry.data.scenario), file);
}

/** The banner walk of `locale`. */
export async function getBannerWalk(locale: Locale): Promise<BannerWalk['banners']> {
  const entry = await getEntry('bannerWalk', locale);
  if (!entry) throw new Error(`content/handouts/${locale}/banner-walk.yaml is missing`);
  return entry.data.banners;
}
