import type { tradeoffMap as english } from '../en/tradeoff-map';

/**
 * Chaînes françaises de l'espace `tradeoffMap` (la carte des compromis), écrites pour des
 * lecteurs français. « Avantages » traduit « experiences » comme dans les leçons.
 */
export const tradeoffMap = {
  'tradeoffMap.caption':
    'Les {count} façons de répondre au bandeau, placées selon ce que la cliente obtient (vers le haut) et selon la quantité de ses données qui finit chez des partenaires et des tiers (vers la droite).',
  'tradeoffMap.groupLabel': 'Les choix de consentement sur la carte',
  'tradeoffMap.xAxis': 'Données confiées à d’autres',
  'tradeoffMap.yAxis': 'Avantages obtenus, sur {total}',
  'tradeoffMap.rejectAll': 'Tout refuser',
  'tradeoffMap.acceptAll': 'Tout accepter',
  'tradeoffMap.selectedMark': 'Sélectionné',
  'tradeoffMap.pointLabel': '{choices} : {experiences} avantages, données confiées à d’autres : {shared}',
  'tradeoffMap.pointGroupLabel':
    '{count} choix, {choices} : {experiences} avantages, données confiées à d’autres : {shared}',
  'tradeoffMap.keyboardHint':
    'Au clavier : Tab pour atteindre la carte, puis les flèches pour passer d’un choix à l’autre (droite et haut vers plus de partage), Entrée ou Espace pour sélectionner.',
  'tradeoffMap.legend.point': 'Un choix. Un nombre signale plusieurs choix au même endroit.',
  'tradeoffMap.legend.selected': 'Le choix sélectionné.',
  'tradeoffMap.legend.front':
    'Les meilleurs compromis : pour ces choix, aucun autre n’apporte plus d’avantages en partageant aussi peu.',
  'tradeoffMap.announce':
    '{choice} sélectionné : {experiences} avantages sur {total}, données confiées à d’autres : {shared}.',

  'tradeoffMap.details.title': 'Choix sélectionné',
  'tradeoffMap.details.granted': 'Acceptées :',
  'tradeoffMap.details.refused': 'Refusées :',
  'tradeoffMap.details.experiences': 'Avantages obtenus',
  'tradeoffMap.details.outOf': '{n} sur {total}',
  'tradeoffMap.details.shared': 'Données confiées aux partenaires et aux tiers',
  'tradeoffMap.details.dataPoints': 'Données détenues au total',
  'tradeoffMap.details.recipients': 'Entreprises autres que la boutique qui détiennent des données',
  'tradeoffMap.details.recipientsValue': '{n} (dont tiers : {third})',
  'tradeoffMap.details.storage': 'Cookies et autres stockages',
  'tradeoffMap.details.storageValue': '{n} (dont tiers : {third})',
  'tradeoffMap.details.onFront':
    'Sur la ligne des meilleurs compromis : aucun autre choix n’apporte plus d’avantages en partageant aussi peu.',
  'tradeoffMap.details.offFront':
    'Hors de la ligne des meilleurs compromis. {choice} fait mieux (avantages : {experiences} ; données confiées à d’autres : {shared}).',
  'tradeoffMap.details.sameSpot': '{count} choix arrivent au même endroit. Choisissez-en un :',

  'tradeoffMap.table.summary': 'La carte sous forme de tableau ({count} choix)',
  'tradeoffMap.table.caption':
    'Tous les choix de consentement, du moins de données confiées à d’autres au plus, puis du plus d’avantages au moins.',
  'tradeoffMap.table.choice': 'Choix',
  'tradeoffMap.table.experiences': 'Avantages obtenus',
  'tradeoffMap.table.shared': 'Données confiées à d’autres',
  'tradeoffMap.table.dataPoints': 'Données détenues',
  'tradeoffMap.table.recipients': 'Destinataires hors de la boutique',
  'tradeoffMap.table.front': 'Meilleur compromis',
  'tradeoffMap.table.yes': 'Oui',
  'tradeoffMap.table.no': 'Non',

  'tradeoffMap.explorer.title': 'Ce que change « {choice} » pendant la séance',
  'tradeoffMap.explorer.gained': 'Ce que {persona} obtient ({n})',
  'tradeoffMap.explorer.lost': 'Ce que {persona} manque ({n})',
  'tradeoffMap.explorer.none': 'Rien : elle profite de tous les avantages de la séance.',
} as const satisfies Record<keyof typeof english, string>;
