import type { cookieJar as english } from '../en/cookie-jar';

/**
 * Chaînes françaises de l'espace `cookieJar`, écrites pour des lecteurs français.
 * `{name}` est le prénom du personnage ; `.one` et `.other` sont les formes du pluriel
 * choisies par `Intl.PluralRules` (en français, 0 et 1 prennent le singulier).
 */
export const cookieJar = {
  'cookieJar.title': 'Ce que garde le navigateur de {name}',
  'cookieJar.intro':
    'Comme l’onglet Stockage des outils de développement d’un navigateur, mais expliqué : chaque cookie et chaque traceur laissés jusqu’ici par la visite.',
  'cookieJar.caption': 'Stocké dans le navigateur de {name} à ce stade : {items}',
  'cookieJar.items.one': '{n} élément',
  'cookieJar.items.other': '{n} éléments',
  'cookieJar.status': '{items} dans le navigateur de {name}, dont {third} tiers.',

  'cookieJar.column.name': 'Nom',
  'cookieJar.column.kind': 'Type',
  'cookieJar.column.setBy': 'Déposé par',
  'cookieJar.column.purpose': 'Pourquoi',
  'cookieJar.column.lifetime': 'Durée de conservation',

  'cookieJar.group.first-party': 'Propriétaires ({n})',
  'cookieJar.group.first-party.explain': 'rattachés au site de la barre d’adresse, la boutique',
  'cookieJar.group.third-party': 'Tiers ({n})',
  'cookieJar.group.third-party.explain': 'rattachés au site d’une autre entreprise, intégrée aux pages de la boutique',
  'cookieJar.group.empty': 'Aucun pour l’instant.',

  'cookieJar.kind.cookie': 'Cookie',
  'cookieJar.kind.local-storage': 'Stockage local',
  'cookieJar.kind.session-storage': 'Stockage de session',
  'cookieJar.kind.pixel': 'Pixel',

  'cookieJar.lifetime.session': 'Jusqu’à la fermeture du navigateur',
  'cookieJar.lifetime.capped': '{days} jours après la dernière visite, dans ce navigateur (le site demande {asked})',

  'cookieJar.withheld.summary': 'Ce qui n’a pas été déposé, et pourquoi ({n})',
  'cookieJar.withheld.none': 'Rien n’a été écarté : chaque cookie et chaque traceur de ces étapes a été déposé.',
  'cookieJar.reason.consent': 'Non déposé : vous avez refusé {categories}.',
  'cookieJar.reason.browser': 'Bloqué par votre navigateur, qui refuse les cookies tiers.',
  'cookieJar.reason.gpc':
    'Non déposé : le signal Global Privacy Control demande à la boutique de ne rien vendre ni partager.',
  'cookieJar.reason.policy':
    'Non déposé : la boutique ne stocke que ce dont ont besoin les services que vous avez choisis.',

  'cookieJar.controls.legend': 'Ce que {name} accepte (décochez une catégorie pour comparer)',
} as const satisfies Record<keyof typeof english, string>;
