import type { search as english } from '../en/search';

/**
 * Chaînes françaises de la recherche du site (`/fr/search/`) et des étiquettes de ses résultats.
 * Mêmes clés que `../en/search.ts` ; gardez chaque `{variable}`.
 */
export const search = {
  'search.title': 'Rechercher',
  'search.description': 'Cherchez dans les leçons, le glossaire, les choix de consentement et les guides d’atelier.',
  'search.intro':
    'Retrouvez un mot dans les leçons, le glossaire, les six choix de consentement et les guides d’atelier.',
  'search.label': 'Rechercher sur ce site',
  'search.submit': 'Rechercher',
  'search.help': 'La recherche se fait dans votre navigateur : ce que vous tapez n’est envoyé nulle part.',
  'search.needsJs': 'La recherche a besoin de JavaScript, qui est désactivé dans votre navigateur.',
  'search.loading': 'Recherche en cours…',
  'search.count.none': 'Aucun résultat pour « {query} ».',
  'search.count.one': '1 résultat pour « {query} ».',
  'search.count.other': '{n} résultats pour « {query} ».',
  'search.noneHint': 'Essayez un mot plus court ou plus courant.',
  'search.loadError': 'La recherche n’a pas pu se charger. Vérifiez votre connexion, puis réessayez.',
  'search.browse': 'Ou parcourez :',
  'search.browseLessons': 'toutes les leçons',
  'search.browseGlossary': 'le glossaire',
  'search.resultsLabel': 'Résultats',
  'search.section.lesson': 'Leçon',
  'search.section.glossary': 'Glossaire',
  'search.section.choice': 'Choix de consentement',
  'search.section.guide': 'Guide d’atelier',
  'search.section.workshop': 'Atelier',
  'search.section.brands': 'Pour les marques',
  'search.section.rights': 'Vos droits',
} as const satisfies Record<keyof typeof english, string>;
