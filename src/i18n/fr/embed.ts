import type { embed as english } from '../en/embed';

/** Chaînes françaises des widgets intégrés (`/fr/embed/<widget>/`). */
export const embed = {
  'embed.madeBy': 'Une explication de Data Deal, qui ne conserve rien sur vous.',
  'embed.openFull': 'Ouvrir la page complète',
  'embed.openSimulator': 'Ouvrir le simulateur complet',
  'embed.newTab': '(s’ouvre dans un nouvel onglet)',
  'embed.shopSimulator': 'Simulateur de boutique',
  'embed.tradeoffMap': 'Carte des compromis',
  'embed.compare': 'Comparer des choix de consentement',
} as const satisfies Record<keyof typeof english, string>;
