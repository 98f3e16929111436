import type { dataFlow as english } from '../en/data-flow';

/**
 * Chaînes françaises de l'espace `dataFlow`, écrites pour des lecteurs français.
 * Les textes du schéma doivent rester courts : une case fait environ 20 caractères de large.
 */
export const dataFlow = {
  'dataFlow.title': 'Qui détient les données de {name}',
  'dataFlow.intro':
    'Chaque case est une entreprise. Le nombre indique combien d’informations sur {name} elle détient à ce stade.',
  'dataFlow.you': '{name}',
  'dataFlow.you.role': 'qui fait ses achats',
  'dataFlow.points.one': '{n} donnée',
  'dataFlow.points.other': '{n} données',
  'dataFlow.nothingYet': 'rien pour l’instant',
  'dataFlow.column.second': 'Partenaires',
  'dataFlow.column.third': 'Tiers',
  'dataFlow.diagram.label': 'Schéma de qui détient les données de {name}. {holders}',
  'dataFlow.diagram.holder': '{name}, {kind} : {points}.',
  'dataFlow.legend.first': 'Trait plein : la boutique elle-même',
  'dataFlow.legend.second': 'Tirets : un partenaire nommé par la boutique',
  'dataFlow.legend.third': 'Pointillés : une régie publicitaire ou un courtier en données',

  'dataFlow.list.title': 'Détenteur par détenteur',
  'dataFlow.point.category': 'Collectée au titre de',
  'dataFlow.point.purpose': 'Pourquoi',
  'dataFlow.point.basis': 'Base légale',
  'dataFlow.point.retention': 'Conservée',
  'dataFlow.basis.contract': 'Contrat',
  'dataFlow.basis.legitimate-interest': 'Intérêt légitime',
  'dataFlow.basis.consent': 'Consentement',
  'dataFlow.basis.legal-obligation': 'Obligation légale',

  'dataFlow.status': '{points} sur {name}, chez {holders} ; hors de la boutique : {shared}.',
  'dataFlow.holders.one': '{n} entreprise',
  'dataFlow.holders.other': '{n} entreprises',

  'dataFlow.controls.legend': 'Ce que {name} accepte (décochez une catégorie pour comparer)',
} as const satisfies Record<keyof typeof english, string>;
