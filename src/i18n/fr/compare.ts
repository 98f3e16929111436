import type { compare as english } from '../en/compare';

/** Chaînes françaises de l'espace `compare` (les choix côte à côte), écrites pour des lecteurs français. */
export const compare = {
  'compare.caption': 'Ce que chaque choix échange pendant la séance de {persona}, côte à côte',
  'compare.scrollHint': 'Sur un écran étroit, le tableau défile sur le côté et sa première colonne reste en place.',
  'compare.rowHeader': 'Pendant la séance',
  'compare.section.categories': 'Catégories acceptées',
  'compare.section.experiences': 'Avantages',
  'compare.section.data': 'Données détenues, et par qui',
  'compare.section.recipients': 'Entreprises autres que la boutique qui détiennent des données',
  'compare.section.storage': 'Cookies et autres stockages',
  'compare.granted': 'Acceptée',
  'compare.refused': 'Refusée',
  'compare.gained': 'Obtenu',
  'compare.lost': 'Perdu',
  'compare.experiencesGained': 'Avantages obtenus',
  'compare.outOf': '{n} sur {total}',
  'compare.dataTotal': 'Toutes les données',
  'compare.recipientsTotal': 'Nombre d’entreprises',
  'compare.holdsOne': 'Détient {n} donnée',
  'compare.holdsMany': 'Détient {n} données',
  'compare.nothing': 'Rien',
  'compare.storageTotal': 'Tous les stockages',
  'compare.storageFirst': 'Internes (le site de la boutique)',
  'compare.storageThird': 'Tiers (un autre site)',
  'compare.rejectAll': 'Tout refuser',
  'compare.acceptAll': 'Tout accepter',
  'compare.policy.minimal': 'Marque minimale',
  'compare.policy.maximal': 'Marque maximale',
  'compare.column': 'Colonne {n}',
  'compare.intro': 'Changez les catégories d’une colonne : le tableau suit.',
  'compare.policiesIntro':
    'Les deux marques reçoivent le même consentement. Modifiez-le et comparez ce que chacune collecte avec.',
  'compare.policiesLegend': 'Consentement donné aux deux marques',
  'compare.bothColumns': 'Les deux marques',
  'compare.announce.column':
    'La colonne {n} montre maintenant {choice} : {experiences} avantages sur {total}, {dataPoints} données détenues, dont {shared} par des partenaires et des tiers.',
  'compare.announce.policies':
    'Les deux marques reçoivent maintenant {choice}. La marque minimale détient {minimal} données, la marque maximale {maximal}.',
} as const satisfies Record<keyof typeof english, string>;
