import type { categories as english } from '../en/categories';

/** Noms et descriptions simples des six catégories de consentement. */
export const categories = {
  'category.necessary': 'Strictement nécessaires',
  'category.preferences': 'Préférences',
  'category.analytics': 'Mesure d’audience',
  'category.personalization': 'Personnalisation',
  'category.advertising': 'Publicité',
  'category.partners': 'Partenaires',

  'category.necessary.short':
    'Ce dont la boutique a besoin pour fonctionner : votre panier, votre connexion, la sécurité, votre choix sur les cookies.',
  'category.preferences.short': 'Retient les réglages que vous avez choisis : langue, devise, taille.',
  'category.analytics.short':
    'Compte les visites et les clics pour savoir quelles pages marchent bien et lesquelles non.',
  'category.personalization.short':
    'Se sert de ce que vous avez regardé dans la boutique pour vous suggérer des articles.',
  'category.advertising.short':
    'Permet à des régies publicitaires de vous reconnaître sur d’autres sites et de vous montrer des pubs liées à vos visites.',
  'category.partners.short':
    'Permet à la boutique de transmettre vos coordonnées à des entreprises qu’elle nomme, pour leurs propres offres.',

  'category.alwaysOn': 'Toujours actif',
  'party.first': 'Propriétaire',
  'party.second': 'Partenaire',
  'party.third': 'Tiers',
  'party.first.short': 'la boutique elle-même',
  'party.second.short': 'un partenaire nommé par la boutique',
  'party.third.short': 'une régie publicitaire ou un courtier en données',
  'legalBasis.contract': 'Contrat',
  'legalBasis.legitimate-interest': 'Intérêt légitime',
  'legalBasis.consent': 'Consentement',
  'legalBasis.legal-obligation': 'Obligation légale',
} as const satisfies Record<keyof typeof english, string>;
