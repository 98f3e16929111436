/**
 * The category names consent banners usually show, and the one of our six categories
 * each is closest to. The banner decoder lists them; the link builder uses them to
 * suggest a mapping for the names a brand types.
 *
 * Every mapping here is a judgement, never a standard: a banner's "Marketing" can hold
 * ad cookies, a newsletter tracker or both, so the brand has to check what its own
 * category really does (docs/design.md, "Categories": such mappings are flagged).
 *
 * Kept apart from `entries.ts` so the link builder island can import it without the
 * decoder's texts: a few hundred bytes instead of a few kilobytes.
 */
import type { Category } from '~/engine/types';
import { foldName } from './filter';

/** A family of names banners use for the same thing. */
export interface UsualName {
  /** Stable id; `name-<id>` is its anchor on `/decoder/`. */
  id: string;
  /** Our closest category. */
  category: Category;
  /** How English and French banners write it, most common first. */
  names: { en: readonly string[]; fr: readonly string[] };
}

/** The usual names, in the order of our categories. */
export const usualNames: readonly UsualName[] = [
  {
    id: 'necessary',
    category: 'necessary',
    names: {
      en: ['Necessary', 'Essential', 'Strictly necessary', 'Required'],
      fr: ['Nécessaires', 'Essentiels', 'Strictement nécessaires', 'Obligatoires'],
    },
  },
  {
    id: 'functional',
    category: 'preferences',
    names: { en: ['Functional', 'Functionality'], fr: ['Fonctionnels', 'Fonctionnalités'] },
  },
  { id: 'preferences', category: 'preferences', names: { en: ['Preferences'], fr: ['Préférences'] } },
  {
    id: 'statistics',
    category: 'analytics',
    names: {
      en: ['Statistics', 'Analytics', 'Measurement', 'Audience measurement'],
      fr: ['Statistiques', 'Mesure d’audience', 'Analytique'],
    },
  },
  { id: 'performance', category: 'analytics', names: { en: ['Performance'], fr: ['Performance'] } },
  {
    id: 'personalisation',
    category: 'personalization',
    names: { en: ['Personalisation', 'Personalization', 'Experience'], fr: ['Personnalisation', 'Expérience'] },
  },
  {
    id: 'marketing',
    category: 'advertising',
    names: {
      en: ['Marketing', 'Advertising', 'Advertisement', 'Targeting', 'Ads'],
      fr: ['Marketing', 'Publicité', 'Publicitaires', 'Ciblage'],
    },
  },
  { id: 'social-media', category: 'advertising', names: { en: ['Social media'], fr: ['Réseaux sociaux'] } },
  {
    id: 'partners',
    category: 'partners',
    names: { en: ['Partners', 'Data sharing'], fr: ['Partenaires', 'Partage de données'] },
  },
];

/** Words banners add around a category name ("Marketing cookies", "Cookies de mesure d'audience"). */
const fillerWords = new Set(['cookie', 'cookies', 'tracker', 'trackers', 'traceur', 'traceurs', 'de', 'des', 'd']);

/**
 * Our closest category for a name a brand's banner uses, or null when the name is not
 * one of the usual ones. Matches in either language, ignoring case, accents and the
 * word "cookies". A suggestion only: the caller marks it as a judgement.
 */
export function suggestCategory(name: string): Category | null {
  const words = foldName(name)
    .split(' ')
    .filter((word) => word !== '' && !fillerWords.has(word));
  const folded = words.join(' ');
  if (folded === '') return null;
  for (const usual of usualNames) {
    for (const candidate of [...usual.names.en, ...usual.names.fr]) {
      const candidateWords = foldName(candidate)
        .split(' ')
        .filter((word) => !fillerWords.has(word));
      if (candidateWords.join(' ') === folded) return usual.category;
    }
  }
  return null;
}
