import type { stepScreen as english } from '../en/step-screen';

/** Chaînes françaises des écrans dessinés (`src/features/step-screens/`), écrites pour des lecteurs français. */
export const stepScreen = {
  'stepScreen.label': 'Écran simulé : {place}',
  'stepScreen.place.search': 'Résultats de recherche',
  'stepScreen.place.shop': '{shop}, la boutique',
  'stepScreen.place.news-site': 'Un site d’information',
  'stepScreen.place.social-network': 'Un réseau social',
  'stepScreen.place.email': 'La messagerie de {name}',
  'stepScreen.on': '{name}, affiché :',
  'stepScreen.off': '{name}, désactivé :',
  'stepScreen.needs': 'Il faut : {categories}',
  'stepScreen.browser': 'Bloqué par le navigateur',
  'stepScreen.gpc': 'Arrêté par le signal de confidentialité',
  'stepScreen.differs': 'Diffère',
  'stepScreen.ad': 'Pub',

  'homeTaste.title': 'Un moment du parcours, deux réponses',
  'homeTaste.intro':
    '{name} revient chez {shop} deux jours après sa première visite. Le même écran, après « Tout accepter » et après « Tout refuser » :',
  'homeTaste.gets': 'Ce que {name} obtient sur tout le parcours',
  'homeTaste.gets.value': '{gained} avantages sur {total}',
  'homeTaste.holds': 'Quelles autres entreprises utilisent des données sur {name} pour leur propre compte',
  'homeTaste.holds.none':
    'aucune : seulement la boutique et les prestataires qui travaillent pour elle, comme le livreur ({points})',
  'homeTaste.holds.one': '1 entreprise en plus de la boutique ({points})',
  'homeTaste.holds.other': '{n} entreprises en plus de la boutique ({points})',
  'homeTaste.points.one': '{n} donnée en tout',
  'homeTaste.points.other': '{n} données en tout',
  'homeTaste.try': 'Essayez votre propre réponse dans le simulateur',
} as const satisfies Record<keyof typeof english, string>;
