import type { forBrands as english } from '../en/for-brands';

/**
 * Chaînes françaises de la page pour les marques (`/fr/for-brands/`), écrites pour des
 * lecteurs français. Celles du générateur de liens sont dans `link-builder.ts`.
 */
export const forBrands = {
  'forBrands.title': 'Pour les marques',
  'forBrands.heading': 'Reliez votre bandeau à Data Deal',
  'forBrands.description':
    'Reliez votre bandeau cookies à une explication neutre de ce qu’échange chaque choix : des liens stables, des extraits prêts à l’emploi pour Klaro, CookieConsent et tarteaucitron, et une liste de contrôle pour un bandeau honnête.',
  'forBrands.lede':
    'Votre bandeau demande aux visiteurs de choisir. Data Deal leur montre, avec une cliente fictive, ce qu’échange chaque choix. Faites-y un lien, et votre « en savoir plus » explique au lieu de vendre.',

  'forBrands.why.title': 'Pourquoi faire un lien vers ce site',
  'forBrands.why.neutral.title': 'Il ne prend pas parti',
  'forBrands.why.neutral.text':
    'Data Deal ne dit pas aux visiteurs d’accepter ou de refuser. Il rejoue le même parcours d’achat pour chaque choix et les laisse comparer ce qu’ils y gagnent et où vont les données.',
  'forBrands.why.stores.title': 'Il n’enregistre rien',
  'forBrands.why.stores.text':
    'Ni cookies, ni mesure d’audience, ni services extérieurs : envoyer vos visiteurs ici n’ajoute aucun destinataire à votre liste.',
  'forBrands.why.stores.link': 'Ce que ce site enregistre',
  'forBrands.why.explains.title': 'Il explique au lieu de convaincre',
  'forBrands.why.explains.text':
    'Chaque catégorie a sa page, en mots simples, avec les textes de loi cités quand c’est utile. Les visiteurs reviennent à votre bandeau en sachant à quoi servent les boutons.',
  'forBrands.why.stable.title': 'Ses liens ne bougent pas',
  'forBrands.why.stable.text':
    'Les adresses ci-dessous sont un engagement public : elles restent valables, en anglais et, sous /fr/, en français. Une valeur que le site ne connaît pas est écartée avec une courte note, jamais par une page d’erreur.',

  'forBrands.checklist.title': 'Un bandeau honnête, en sept points',
  'forBrands.checklist.intro':
    'Une courte liste pour relire votre bandeau. Chaque point cite le texte dont il vient ; les sources sont réunies en bas de cette page.',
  'forBrands.check.minimise.title': 'Ne demandez que ce qu’un service utilise.',
  'forBrands.check.minimise.text':
    'Partez de ce que le visiteur obtient, puis collectez les données dont ce service a besoin, sans plus. Le RGPD appelle cela la minimisation des données.',
  'forBrands.check.reject.title': 'Placez « Tout refuser » à côté de « Tout accepter ».',
  'forBrands.check.reject.text':
    'Même niveau, même taille, même apparence. La CNIL demande que refuser soit aussi simple qu’accepter, et la plupart des autorités européennes voient dans un bandeau sans possibilité de refus, à quelque niveau que ce soit, un manquement.',
  'forBrands.check.unticked.title': 'Laissez toutes les cases facultatives décochées.',
  'forBrands.check.unticked.text':
    'Le silence, une case précochée ou l’inaction ne valent pas consentement. Une case que le visiteur doit décocher ne compte pas.',
  'forBrands.check.necessary.title': 'N’appelez nécessaire que ce qui l’est.',
  'forBrands.check.necessary.text':
    'Strictement nécessaire veut dire nécessaire au service demandé par le visiteur, pas à l’entreprise. Les autorités européennes comptent les cookies classés à tort comme essentiels parmi les problèmes de bandeaux qu’elles ont examinés.',
  'forBrands.check.plain.title': 'Dites quoi, pourquoi, avec qui et pour combien de temps.',
  'forBrands.check.plain.text':
    'Le visiteur doit savoir combien de temps durent les cookies et si des tiers peuvent y accéder. Une catégorie par finalité lui permet d’en refuser une sans les autres.',
  'forBrands.check.withdraw.title': 'Rendez le retour en arrière aussi simple que le oui.',
  'forBrands.check.withdraw.text':
    'Un lien ou une icône sur chaque page qui rouvre les mêmes choix. Retirer son consentement doit être aussi simple que le donner.',
  'forBrands.check.gpc.title': 'Respectez Global Privacy Control.',
  'forBrands.check.gpc.text':
    'En Californie, une entreprise qui vend ou partage des données personnelles doit traiter le signal du navigateur comme une demande valable d’opposition, pour ce navigateur ou cet appareil.',
  'forBrands.lesson': 'Les raisons de ces points, avec un exemple détaillé, sont dans la leçon pour les marques :',
  'forBrands.lessonLink': 'Pour les marques, le consentement comme un échange équitable',
  'forBrands.notLegalAdvice':
    'Ceci n’est pas un conseil juridique. La page renvoie aux textes ; pour votre situation, adressez-vous à un avocat ou à la CNIL.',

  'forBrands.builder.title': 'Fabriquez vos liens',
  'forBrands.builder.intro':
    'Indiquez votre nom et les catégories de votre bandeau. Le générateur écrit les liens, des extraits pour trois outils de consentement et un QR code à imprimer.',
  'forBrands.builder.js':
    'Il fonctionne dans cette page et a besoin de JavaScript. Rien de ce que vous tapez ne quitte votre navigateur.',

  'forBrands.byHand.title': 'Écrire les liens à la main',
  'forBrands.byHand.intro': 'Tous les liens suivent le même modèle : vous pouvez aussi les écrire vous-même.',
  'forBrands.byHand.main': 'Le simulateur sans rien de facultatif activé, avec votre nom :',
  'forBrands.byHand.category': 'La page d’une catégorie, pour l’emplacement « en savoir plus » à côté de son bouton :',
  'forBrands.byHand.categoryIds': 'où la catégorie est l’une de {ids}.',
  'forBrands.byHand.french': 'Les pages en français : ajoutez /fr au début du chemin.',
  'forBrands.byHand.consent':
    'Pour ouvrir le simulateur avec certaines catégories activées, listez-les après consent=, séparées par des virgules (consent=preferences,analytics), ou écrivez all.',
  'forBrands.byHand.brand':
    'Votre nom : 60 caractères au plus, espaces et symboles encodés (une espace devient %20, & devient %26). Le simulateur l’affiche en texte brut.',
  'forBrands.byHand.brandPlaceholder': 'Votre%20Nom',
  'forBrands.example.title': 'Exemple détaillé : Acme Shoes',
  'forBrands.example.intro':
    'Le bandeau d’Acme Shoes propose les préférences, la mesure d’audience et la publicité, qu’il appelle Réglages, Statistiques et Marketing. Ses liens :',
  'forBrands.example.name.preferences': 'Réglages',
  'forBrands.example.name.analytics': 'Statistiques',
  'forBrands.example.name.advertising': 'Marketing',
  'forBrands.example.main': 'Lien principal',
  'forBrands.example.allOn': 'Avec ses trois catégories activées',
  'forBrands.example.category': '{ours} (Acme l’appelle {theirs})',
  'forBrands.example.necessary': '{ours} (toujours actif)',
  'forBrands.decoder': 'Vous ne savez pas à laquelle de nos catégories correspondent vos noms ?',
  'forBrands.decoderLink':
    'Le décodeur de bandeaux liste les noms courants, les types du Consent Mode et les finalités du TCF.',
  'forBrands.sources': 'Sources',
} as const satisfies Record<keyof typeof english, string>;
