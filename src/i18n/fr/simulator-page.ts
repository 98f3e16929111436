import type { simulatorPage as english } from '../en/simulator-page';

/** Chaînes françaises de l'espace `simulatorPage`, écrites pour des lecteurs français. */
export const simulatorPage = {
  'simulatorPage.title': 'Simulateur de boutique',
  'simulatorPage.description':
    'Rejouez quatre jours d’achats en ligne avec le choix de cookies de votre choix : ce que chaque réponse fait gagner ou perdre, et qui finit par détenir quelles données.',
  'simulatorPage.intro':
    'Répondez à un bandeau cookies à la place d’une personne imaginaire, puis suivez ses visites pour voir ce qui change. Rien de ce qui vous concerne n’est utilisé, envoyé ni conservé.',
  'simulatorPage.noscript':
    'JavaScript est désactivé : cette page montre le parcours avec toutes les catégories optionnelles refusées, comme après « Tout refuser ». Essayer d’autres choix demande JavaScript.',
  'simulatorPage.howTo.title': 'Comment lire le simulateur',
  'simulatorPage.howTo.screen':
    'Chaque étape est dessinée comme l’écran que voit Maya. Une zone que votre choix désactive est hachurée et dit ce qui la remplirait. Sous le dessin, chaque avantage est marqué obtenu ou perdu, avec la raison : une catégorie que vous n’avez pas acceptée, un navigateur qui bloque les cookies tiers, ou le Global Privacy Control. « Comparer cette étape avec » dessine la même étape avec un autre choix, à côté.',
  'simulatorPage.howTo.data':
    '« Les données jusqu’ici » suit ses données : le propriétaire, c’est la boutique ; un partenaire, une entreprise qu’elle nomme ; un tiers, une régie publicitaire ou un courtier en données.',
  'simulatorPage.howTo.summary':
    'Le bilan fait le total du parcours et indique ce qu’aurait changé chaque interrupteur, activé ou désactivé.',
  'simulatorPage.framing.title': 'Ce que la simulation suppose',
  'simulatorPage.framing.intro':
    'Les histoires sont inventées ; les règles qui les entourent sont réelles. Voici le cadre juridique de chaque histoire, ce qu’elle simplifie, et ce qu’elle montre alors que la loi ne le permettrait probablement pas.',
  'simulatorPage.framing.sources': 'Sources :',
  'simulatorPage.howTo.lessons': 'Les leçons qui l’expliquent :',
} as const satisfies Record<keyof typeof english, string>;
