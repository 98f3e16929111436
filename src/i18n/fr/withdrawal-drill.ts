import type { withdrawalDrill as english } from '../en/withdrawal-drill';

/**
 * Chaînes françaises de l’exercice de retrait du consentement : deux boutiques fictives où l’on retire
 * le oui donné la veille par Maya, en comptant les étapes qu’impose chaque conception.
 */
export const withdrawalDrill = {
  'withdrawalDrill.intro':
    'Hier, {persona} a cliqué sur « Tout accepter » sur {shop}. Aujourd’hui, elle change d’avis. Dans chaque boutique ci-dessous, trouvez comment retirer son oui. Chaque clic compte pour une étape.',
  'withdrawalDrill.shop.fair.title': 'Boutique A : des réglages sur chaque page',
  'withdrawalDrill.shop.fair.explanation': 'Un lien « Paramètres des cookies » figure en haut de chaque page.',
  'withdrawalDrill.shop.fair.source':
    'il doit être aussi simple de retirer son consentement que de le donner (RGPD, article 7, paragraphe 3).',
  'withdrawalDrill.shop.hidden.title': 'Boutique B : des réglages bien cachés',
  'withdrawalDrill.shop.hidden.explanation':
    'Rien en haut de la page. Les réglages attendent au bout de la politique de confidentialité, à deux pages du pied de page, et un dernier écran demande « Êtes-vous sûr ? ».',
  'withdrawalDrill.shop.hidden.source':
    'la CNIL attend qu’on puisse retirer son consentement facilement, à tout moment (recommandation de la CNIL sur les cookies, 2020).',
  'withdrawalDrill.source': 'Source : {source}',
  'withdrawalDrill.mockLabel': 'Boutique d’exemple, pas une vraie',
  'withdrawalDrill.screen': '{shop}, {page}',
  'withdrawalDrill.menu': 'Menu de la boutique',
  'withdrawalDrill.footer': 'Pied de page de la boutique',
  'withdrawalDrill.cookieSettings': 'Paramètres des cookies',
  'withdrawalDrill.page.home': 'Accueil',
  'withdrawalDrill.page.product': 'Vestes de pluie',
  'withdrawalDrill.page.cart': 'Panier',
  'withdrawalDrill.page.help': 'Aide',
  'withdrawalDrill.page.legal': 'Informations légales',
  'withdrawalDrill.page.terms': 'Conditions de vente',
  'withdrawalDrill.page.policy': 'Politique de confidentialité',
  'withdrawalDrill.page.settings': 'Vos paramètres de confidentialité',
  'withdrawalDrill.page.confirm': 'Êtes-vous sûr ?',
  'withdrawalDrill.text.home': 'Nouveau cette semaine : des vestes pour les week-ends pluvieux.',
  'withdrawalDrill.text.product': 'Veste de pluie, 89 euros. Du S au XL.',
  'withdrawalDrill.text.cart': 'Votre panier est vide.',
  'withdrawalDrill.text.help':
    'Où en est ma commande ? Comment renvoyer un article ? Écrivez-nous, nous répondons sous deux jours.',
  'withdrawalDrill.text.legal': 'Qui nous sommes, nos conditions de vente et l’usage que nous faisons de vos données.',
  'withdrawalDrill.text.terms': 'Les prix incluent les taxes. Vous pouvez renvoyer un article sous 30 jours.',
  'withdrawalDrill.text.policy':
    'Votre vie privée nous tient à cœur. Nos partenaires et nous utilisons des cookies et technologies similaires pour améliorer votre expérience, mesurer notre audience et vous proposer des offres adaptées. Selon vos choix, certaines de vos données peuvent être partagées avec nos partenaires.',
  'withdrawalDrill.text.policyEnd': 'Vous pouvez changer d’avis à tout moment :',
  'withdrawalDrill.policyLink': 'gérer mes préférences',
  'withdrawalDrill.text.settings': 'Vos choix d’hier sont conservés ci-dessous.',
  'withdrawalDrill.acceptAll': 'Tout accepter',
  'withdrawalDrill.save': 'Confirmer mes choix',
  'withdrawalDrill.text.confirm': 'Si vous désactivez ces options, vous manquerez des offres choisies pour vous.',
  'withdrawalDrill.keepOffers': 'Garder mes offres',
  'withdrawalDrill.continue': 'Continuer quand même',
  'withdrawalDrill.fewest': 'Le moins d’étapes possible pour tout retirer : {n}',
  'withdrawalDrill.steps.one': 'Étapes jusqu’ici : {n}',
  'withdrawalDrill.steps.other': 'Étapes jusqu’ici : {n}',
  'withdrawalDrill.done.one': 'Consentement retiré, en {n} étape.',
  'withdrawalDrill.done.other': 'Consentement retiré, en {n} étapes.',
  'withdrawalDrill.stillOn.one': 'Tout n’a pas été retiré : après {n} étape, encore actif : {list}.',
  'withdrawalDrill.stillOn.other': 'Tout n’a pas été retiré : après {n} étapes, encore actif : {list}.',
  'withdrawalDrill.closed': 'Les réglages sont fermés.',
  'withdrawalDrill.reset': 'Recommencer',
  'withdrawalDrill.table.caption': 'Étapes pour retirer un oui',
  'withdrawalDrill.table.shop': 'Boutique',
  'withdrawalDrill.table.fewest': 'Minimum possible',
  'withdrawalDrill.table.taken': 'Vos étapes',
  'withdrawalDrill.table.notYet': 'pas encore fait',
} as const satisfies Record<keyof typeof english, string>;
