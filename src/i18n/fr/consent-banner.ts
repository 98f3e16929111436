import type { consentBanner as english } from '../en/consent-banner';

/** Chaînes françaises de l'espace `consentBanner`, écrites pour des lecteurs français. */
export const consentBanner = {
  'consentBanner.banner.title': '{site} vous demande votre avis sur les cookies',
  'consentBanner.banner.intro':
    '{site} utilise des cookies et des outils semblables. Ceux qui sont strictement nécessaires restent toujours actifs. Les autres attendent votre accord : rien n’est activé tant que vous ne l’avez pas dit, et vous pouvez changer d’avis à tout moment.',
  'consentBanner.banner.short': '{site} utilise des cookies. Rien de facultatif n’est activé sans votre accord.',
  'consentBanner.banner.acceptAll': 'Tout accepter',
  'consentBanner.banner.rejectAll': 'Tout refuser',
  'consentBanner.banner.categories': 'Ou choisissez catégorie par catégorie',
  'consentBanner.banner.save': 'Enregistrer mes choix',

  'consentBanner.patterns.intro':
    'Cinq exemples de bandeaux pour le même site d’information. Essayez de tout refuser dans chacun : le compteur indique combien de clics il faut.',
  'consentBanner.patterns.list': 'Exemples de bandeaux',
  'consentBanner.mock.label': 'Exemple de bandeau, pas un vrai',
  'consentBanner.mock.fewest': 'Nombre minimal de clics pour tout refuser : {n}',
  'consentBanner.mock.clicks.one': 'Clics jusqu’ici : {n}',
  'consentBanner.mock.clicks.other': 'Clics jusqu’ici : {n}',
  'consentBanner.mock.refused.one': 'Tout est refusé, en {n} clic.',
  'consentBanner.mock.refused.other': 'Tout est refusé, en {n} clics.',
  'consentBanner.mock.stillOn.one': 'Tout n’est pas refusé : après {n} clic, reste activé : {list}.',
  'consentBanner.mock.stillOn.other': 'Tout n’est pas refusé : après {n} clics, reste activé : {list}.',
  'consentBanner.mock.closed': 'Le bandeau est fermé.',
  'consentBanner.mock.reset': 'Recommencer',
  'consentBanner.mock.source': 'Source : {source}',
  'consentBanner.mock.darkIntro':
    'Nos partenaires et nous utilisons des cookies pour vous offrir la meilleure expérience.',
  'consentBanner.mock.settings': 'Paramètres',
  'consentBanner.mock.manage': 'Gérer les options',
  'consentBanner.mock.saveExit': 'Enregistrer et quitter',
  'consentBanner.mock.secondLayer': 'Vos paramètres de confidentialité',
  'consentBanner.mock.interests.title': 'Intérêt légitime',
  'consentBanner.mock.interests.intro':
    'Pour ces finalités, nous nous fondons sur notre intérêt légitime. Vous pouvez vous y opposer.',
  'consentBanner.mock.interest.measure-ads': 'Mesurer l’efficacité des publicités',
  'consentBanner.mock.interest.ad-profile': 'Établir un profil de vos centres d’intérêt pour la publicité',
  'consentBanner.mock.wall.accept': 'Accepter et lire gratuitement',
  'consentBanner.mock.wall.subscribe': 'S’abonner pour 6 euros par mois',
  'consentBanner.mock.wall.continue': 'Continuer avec les articles gratuits du mois',
  'consentBanner.mock.wall.accepted': 'Vous avez accepté la publicité. {result}',
  'consentBanner.mock.wall.refused': 'Vous avez refusé. {result}',
  'consentBanner.mock.wall.subscribed':
    'Vous payez 6 euros par mois pour lire sans cookies publicitaires. Ici, refuser a un prix.',

  'consentBanner.pattern.fair.title': 'Un bandeau loyal',
  'consentBanner.pattern.fair.explanation':
    'Accepter et refuser sont côte à côte, de même taille ; chaque catégorie est expliquée ; rien n’est coché d’avance.',
  'consentBanner.pattern.fair.source':
    'refuser doit être aussi simple qu’accepter (recommandation de la CNIL sur les cookies, 2020 ; groupe de travail du CEPD sur les bandeaux cookies, 2023).',
  'consentBanner.pattern.pre-ticked.title': 'Des cases cochées d’avance',
  'consentBanner.pattern.pre-ticked.explanation':
    'Toutes les catégories sont déjà activées. Pour refuser, il faut les décocher une à une, puis enregistrer.',
  'consentBanner.pattern.pre-ticked.source':
    'une case cochée d’avance ne vaut pas consentement (arrêt Planet49 de la Cour de justice de l’UE, 2019).',
  'consentBanner.pattern.hidden-reject.title': 'Le refus caché au second niveau',
  'consentBanner.pattern.hidden-reject.explanation':
    'Accepter tient en un gros bouton. Refuser attend derrière un petit lien « Paramètres ».',
  'consentBanner.pattern.hidden-reject.source':
    'refuser devrait être aussi simple qu’accepter (groupe de travail du CEPD sur les bandeaux cookies, 2023 ; recommandation de la CNIL sur les cookies, 2020).',
  'consentBanner.pattern.legitimate-interest.title': 'Les interrupteurs « intérêt légitime »',
  'consentBanner.pattern.legitimate-interest.explanation':
    'Une seconde liste d’interrupteurs, déjà activés, sous un autre nom. Laisser le consentement éteint ne suffit pas : il faut les trouver et les éteindre.',
  'consentBanner.pattern.legitimate-interest.source':
    'invoquer un intérêt légitime pour des cookies fait partie des pratiques examinées par les autorités (groupe de travail du CEPD sur les bandeaux cookies, 2023).',
  'consentBanner.pattern.cookie-wall.title': 'Un mur de cookies',
  'consentBanner.pattern.cookie-wall.explanation':
    'Les articles restent verrouillés tant que vous n’acceptez pas les cookies ou ne payez pas. Refuser prend un clic, mais vous prive de lecture.',
  'consentBanner.pattern.cookie-wall.source':
    'l’accès ne devrait pas dépendre de l’acceptation des cookies (lignes directrices 05/2020 du CEPD sur le consentement, murs de cookies) ; en France, la CNIL examine chaque mur au cas par cas (2022).',
} as const satisfies Record<keyof typeof english, string>;
