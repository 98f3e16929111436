import type { decoder as english } from '../en/decoder';

/**
 * Chaînes françaises du décodeur de bandeaux (`/fr/decoder/`), écrites pour des lecteurs
 * français. Les noms et définitions des entrées sont dans `src/features/decoder/vocabulary/entries.ts`.
 */
export const decoder = {
  'decoder.title': 'Décodeur de bandeaux',
  'decoder.description':
    'Les noms qu’emploient les bandeaux cookies, du Consent Mode de Google et du TCF de l’IAB à « Marketing » ou « C0004 », expliqués simplement et rattachés à nos six catégories.',
  'decoder.intro':
    'Un bandeau parle plusieurs langues à la fois. Retrouvez un nom vu sur un bandeau ou dans les réglages d’un outil de consentement : ce qu’il veut dire, la catégorie qui lui correspond parmi nos six, et ce qu’il change dans le simulateur.',
  'decoder.legend':
    'Certains rapprochements sont les nôtres. Une entrée marquée « notre lecture » est rattachée d’après ce que le nom recouvre d’habitude ; le vocabulaire lui-même ne le dit pas. Si vous gérez un bandeau, vérifiez-le au regard de ce que contient vraiment votre catégorie.',
  'decoder.searchLabel': 'Chercher un nom',
  'decoder.searchHelp':
    'Par exemple ad_storage, « Mesurer la performance des contenus », Marketing ou C0002. Majuscules et accents sans importance.',
  'decoder.count.none': 'Aucun nom ne correspond.',
  'decoder.count.one': '1 nom correspond.',
  'decoder.count.other': '{n} noms correspondent.',
  'decoder.noMatch':
    'Aucun nom ne correspond à votre saisie. Essayez une partie du nom, ou videz le champ pour revoir toute la liste.',
  'decoder.jumpLabel': 'Vocabulaires',
  'decoder.ourCategory': 'Notre catégorie',
  'decoder.ourCategories': 'Nos catégories',
  'decoder.judgement': 'notre lecture',
  'decoder.alsoWritten': 'Aussi écrit :',
  'decoder.tryIt': 'Essayer',
  'decoder.preset': 'Préréglage du simulateur : {categories}',
  'decoder.presetRejectAll': 'Préréglage du simulateur : tout refuser (seul le strict nécessaire)',
  'decoder.sourceLabel': 'Source :',
  'decoder.forBrands': 'Vous reliez votre bandeau à Data Deal ? La page pour les marques fabrique les liens pour vous.',
  'decoder.forBrandsLink': 'Data Deal pour les marques',

  'decoder.vocab.consent-mode': 'Google Consent Mode v2',
  'decoder.vocab.consent-mode.intro':
    'Sept noms qu’un site transmet aux balises de Google, chacun à granted (accordé) ou denied (refusé). Google appelle les quatre premiers des types de consentement et les trois derniers des types de confidentialité. Le simulateur lit aussi les six facultatifs dans son adresse, par exemple ad_storage=granted.',
  'decoder.vocab.consent-mode.source': 'Google, mode consentement : types de consentement',
  'decoder.vocab.tcf-purpose': 'TCF v2.2 de l’IAB : finalités',
  'decoder.vocab.tcf-purpose.intro':
    'Le Transparency & Consent Framework d’IAB Europe, utilisé par de nombreux sites financés par la publicité et par leurs partenaires publicitaires. Ces onze finalités sont ce qu’un bandeau TCF vous demande d’accepter, sous leur nom officiel.',
  'decoder.vocab.tcf-purpose.source': 'IAB Europe, règles du TCF, annexe A',
  'decoder.vocab.tcf-special-purpose': 'TCF v2.2 de l’IAB : finalités spéciales',
  'decoder.vocab.tcf-special-purpose.intro':
    'Trois usages qu’un bandeau TCF mentionne sans vous permettre de les refuser dans le cadre du TCF.',
  'decoder.vocab.tcf-feature': 'TCF v2.2 de l’IAB : fonctionnalités',
  'decoder.vocab.tcf-feature.intro':
    'Trois méthodes que les entreprises peuvent employer pour servir les finalités. Un bandeau TCF les annonce ; il ne pose pas la question.',
  'decoder.vocab.tcf-special-feature': 'TCF v2.2 de l’IAB : fonctionnalités spéciales',
  'decoder.vocab.tcf-special-feature.intro':
    'Deux méthodes qu’un bandeau TCF ne peut utiliser qu’avec votre accord explicite.',
  'decoder.vocab.usual': 'Les noms de catégories courants',
  'decoder.vocab.usual.intro':
    'Les noms que les outils de consentement et les marques donnent souvent à leurs catégories. Aucune norme ne définit ces mots : chaque rapprochement ici est notre lecture.',
  'decoder.vocab.onetrust': 'Groupes OneTrust',
  'decoder.vocab.onetrust.intro':
    'Les identifiants de groupe par défaut de OneTrust, un outil de consentement très répandu. On les trouve dans ses réglages et dans le code des sites qui l’utilisent.',

  'decoder.entryLabel.consent-mode': 'Google Consent Mode v2',
  'decoder.entryLabel.tcf-purpose': 'TCF v2.2 de l’IAB, finalité {n}',
  'decoder.entryLabel.tcf-special-purpose': 'TCF v2.2 de l’IAB, finalité spéciale {n}',
  'decoder.entryLabel.tcf-feature': 'TCF v2.2 de l’IAB, fonctionnalité {n}',
  'decoder.entryLabel.tcf-special-feature': 'TCF v2.2 de l’IAB, fonctionnalité spéciale {n}',
  'decoder.entryLabel.usual': 'Nom de bandeau courant',
  'decoder.entryLabel.onetrust': 'Groupe OneTrust',
} as const satisfies Record<keyof typeof english, string>;
