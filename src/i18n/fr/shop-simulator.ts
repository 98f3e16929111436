import type { shopSimulator as english } from '../en/shop-simulator';

/** Chaînes françaises de l'espace `shopSimulator`, écrites pour des lecteurs français. */
export const shopSimulator = {
  'shopSimulator.persona': 'Vous choisissez pour {name}. {about}',

  'shopSimulator.choices.label': 'Vos choix pour {name} :',
  'shopSimulator.choices.none': 'rien d’optionnel, seulement le strict nécessaire.',
  'shopSimulator.choices.pending':
    'pas encore de réponse. Tant que vous n’avez pas répondu, la boutique ne peut utiliser que le strict nécessaire.',
  'shopSimulator.choices.change': 'Modifier mes choix',

  'shopSimulator.controls.label': 'Avancer dans la séance',
  'shopSimulator.previous': 'Précédente',
  'shopSimulator.next': 'Suivante',
  'shopSimulator.play': 'Lecture',
  'shopSimulator.pause': 'Pause',
  'shopSimulator.steps.label': 'Toutes les étapes de la séance',
  'shopSimulator.step.heading': 'Étape {n} sur {total} : {title}',
  'shopSimulator.step.counts': 'obtenus : {gained}, perdus : {lost}',
  'shopSimulator.step.noExperience': 'rien à l’écran',

  'shopSimulator.screen.nothing':
    'À cette étape, rien à l’écran ne dépend des choix. Des données peuvent tout de même circuler : voir « Les données jusqu’ici ».',
  'shopSimulator.compare.label': 'Comparer cette étape avec',
  'shopSimulator.compare.off': 'rien (la montrer seule)',
  'shopSimulator.compare.none': 'Tout refuser',
  'shopSimulator.compare.all': 'Tout accepter',
  'shopSimulator.compare.plus': 'Votre choix, plus « {category} »',
  'shopSimulator.compare.minus': 'Votre choix, sans « {category} »',
  'shopSimulator.compare.yours': 'Votre choix',
  'shopSimulator.compare.differences.none': 'Aucune différence sur cet écran.',
  'shopSimulator.compare.differences.one': '1 différence sur cet écran : {names}.',
  'shopSimulator.compare.differences.other': '{n} différences sur cet écran : {names}.',
  'shopSimulator.compare.live': 'Comparé à « {choice} » : {differences}',
  'shopSimulator.outcome': 'Toute la séance, avec ces choix : {gained} avantages sur {total} ; {points} ; {companies}.',
  'shopSimulator.screen.end': 'Fin de la séance.',
  'shopSimulator.screen.toSummary': 'Voir le bilan',
  'shopSimulator.gained': 'Obtenu :',
  'shopSimulator.lost': 'Perdu :',
  'shopSimulator.reason.consent': 'Il faut : {categories}.',
  'shopSimulator.reason.browser': 'Le navigateur bloque le cookie tiers dont cela dépend.',
  'shopSimulator.reason.gpc':
    'Le Global Privacy Control est activé, et cela suppose de vendre ou de partager des données.',

  'shopSimulator.ledger.title': 'Les données jusqu’ici',
  'shopSimulator.fold.flow': 'Qui détient les données, et ce que garde le navigateur',
  'shopSimulator.ledger.intro.one': 'Après cette étape, {n} donnée sur {name} est détenue :',
  'shopSimulator.ledger.intro.other': 'Après cette étape, {n} données sur {name} sont détenues :',
  'shopSimulator.ledger.empty': 'Après cette étape, personne ne détient encore de données sur {name}.',
  'shopSimulator.ledger.new': 'nouveau à cette étape',
  'shopSimulator.ledger.kept': 'conservé : {retention}',

  'shopSimulator.summary.title': 'Toute la séance, avec ces choix',
  'shopSimulator.summary.experiences': '{name} obtient {gained} des {total} avantages que la séance propose.',
  'shopSimulator.summary.gained': 'Obtenus ({n})',
  'shopSimulator.summary.lost': 'Perdus ({n})',
  'shopSimulator.summary.none': 'Aucun.',
  'shopSimulator.summary.data.title': 'Qui détient des données sur {name}',
  'shopSimulator.summary.data.total.one': '{n} donnée est détenue en tout.',
  'shopSimulator.summary.data.total.other': '{n} données sont détenues en tout.',
  'shopSimulator.summary.data.party.one': '{party} : {n} donnée, détenue par {holders}.',
  'shopSimulator.summary.data.party.other': '{party} : {n} données, détenues par {holders}.',
  'shopSimulator.summary.data.partyNone': '{party} : aucune.',
  'shopSimulator.summary.marginal.title': 'Ce que changerait un interrupteur de plus ou de moins',
  'shopSimulator.marginal.add.none':
    'Si vous aviez aussi accepté « {category} », vous auriez obtenu {experiences}, sans rien partager de plus.',
  'shopSimulator.marginal.add.one':
    'Si vous aviez aussi accepté « {category} », vous auriez obtenu {experiences}, et partagé {n} donnée de plus, avec {holders}.',
  'shopSimulator.marginal.add.other':
    'Si vous aviez aussi accepté « {category} », vous auriez obtenu {experiences}, et partagé {n} données de plus, avec {holders}.',
  'shopSimulator.marginal.lose.none':
    'Sans « {category} », vous auriez perdu {experiences}, et partagé les mêmes données.',
  'shopSimulator.marginal.lose.one':
    'Sans « {category} », vous auriez perdu {experiences}, et partagé {n} donnée de moins, avec {holders}.',
  'shopSimulator.marginal.lose.other':
    'Sans « {category} », vous auriez perdu {experiences}, et partagé {n} données de moins, avec {holders}.',
  'shopSimulator.marginal.quoted': '« {name} »',
  'shopSimulator.marginal.nothingVisible': 'rien de visible',

  'shopSimulator.live':
    'Étape {step} sur {steps}. Avec vos choix : avantages obtenus, {gained} sur {total} ; {points} ; {companies}.',
  'shopSimulator.live.points.one': '{n} donnée',
  'shopSimulator.live.points.other': '{n} données',
  'shopSimulator.live.companies.one': '{n} entreprise en plus de la boutique',
  'shopSimulator.live.companies.other': '{n} entreprises en plus de la boutique',

  'shopSimulator.settings.title': 'Autres réglages : la marque, le navigateur, le signal de confidentialité',
  'shopSimulator.policy.legend': 'Ce que {shop} collecte',
  'shopSimulator.policy.minimal': 'Une marque sobre',
  'shopSimulator.policy.minimal.help': 'Elle ne collecte que ce dont les avantages acceptés ont besoin.',
  'shopSimulator.policy.maximal': 'Une marque gourmande',
  'shopSimulator.policy.maximal.help':
    'Elle collecte tout ce que votre consentement permet, utile ou non, comme beaucoup de sites. Une partie, comme confier des données à un courtier qui les revend sans date de fin, serait probablement illicite avec un simple consentement à la publicité.',
  'shopSimulator.browser.legend': 'Le navigateur de {name}',
  'shopSimulator.browser.allows': 'Accepte les cookies tiers',
  'shopSimulator.browser.allows.help':
    'Comme Chrome par défaut : une régie reconnaît le même navigateur sur chaque site qui porte son code.',
  'shopSimulator.browser.blocks': 'Bloque les cookies tiers',
  'shopSimulator.browser.blocks.help':
    'Comme Safari par défaut : les régies ne peuvent plus relier les visites d’un site à l’autre avec leurs propres cookies, et ce que les scripts enregistrent sur la boutique ne dure que 7 jours après la dernière visite. Firefox empêche lui aussi ce suivi, avec une boîte à cookies séparée pour chaque site.',
  'shopSimulator.gpc.legend': 'Global Privacy Control',
  'shopSimulator.gpc.label': 'Envoyer le signal Global Privacy Control',
  'shopSimulator.gpc.help':
    'Un signal du navigateur qui dit « ne vendez pas et ne partagez pas mes données » ; la Californie oblige les boutiques à le respecter.',
} as const satisfies Record<keyof typeof english, string>;
