import type { choices as english } from '../en/choices';

/**
 * Chaînes françaises de l'espace `choices` (l'index `/fr/choices/` et les six pages de
 * catégorie), écrites pour des lecteurs français. Les noms des finalités TCF reprennent la
 * traduction française de l'IAB ; les descriptions de Consent Mode paraphrasent celles de Google.
 */
export const choices = {
  'choices.index.title': 'Les six choix',
  'choices.index.intro':
    'Les bandeaux cookies posent la question pour quelques catégories. Voici ce que chacune active pendant un achat en ligne, quelles données elle laisse circuler et vers qui, et comment les bandeaux l’appellent.',
  'choices.index.open': 'Ce que fait « {category} »',
  'choices.index.consentMode': 'Consent Mode v2 : {types}',
  'choices.index.lesson': 'Pour une vue d’ensemble, lisez la leçon sur les six choix.',

  'choices.pageTitle': '{category} : ce que fait ce choix',
  'choices.breadcrumb': 'Les six choix',
  'choices.facts.label': 'En bref',
  'choices.facts.consentMode': 'Google Consent Mode v2',
  'choices.facts.noConsentMode': 'Aucun type propre',
  'choices.facts.party': 'Qui reçoit les données',
  'choices.facts.refuse': 'Pouvez-vous refuser ?',
  'choices.facts.refuseYes': 'Oui. Ce choix reste désactivé tant que vous ne l’activez pas.',
  'choices.facts.refuseNo': 'Non. Ce choix est toujours actif, et ne couvre que ce dont le service a besoin.',
  'choices.try.label': 'Essayer dans le simulateur',
  'choices.try.only': 'Ce choix seul',
  'choices.try.except': 'Tout sauf celui-ci',
  'choices.try.necessaryOnly': 'Seulement le strictement nécessaire (comme avec « Tout refuser »)',

  'choices.enables.title': 'Ce qu’il permet pendant la séance d’achat',
  'choices.enables.intro':
    'Dans le simulateur, {persona} achète une veste de pluie chez {shop}, une boutique imaginaire. Avec ce choix activé, elle obtient :',
  'choices.enables.necessaryIntro':
    'Dans le simulateur, {persona} achète une veste de pluie chez {shop}, une boutique imaginaire. Quelle que soit sa réponse au bandeau, elle obtient :',
  'choices.enables.alsoNeeds': 'Demande aussi : {categories}.',
  'choices.enables.none': 'Rien de visible pendant cette séance.',

  'choices.data.title': 'Quelles données il fait circuler, et vers qui',
  'choices.data.intro':
    'Une boutique qui collecte tout ce que ce choix permet finit par détenir ces données. {parties}',
  'choices.data.staysHome': 'Toutes restent chez la boutique.',
  'choices.data.leaves': 'Certaines quittent la boutique : {names}.',
  'choices.data.caption': 'Données collectées au titre de « {category} »',
  'choices.data.what': 'Donnée',
  'choices.data.holder': 'Détenue par',
  'choices.data.why': 'Pourquoi',
  'choices.data.basis': 'Base légale',
  'choices.data.howLong': 'Conservée',
  'choices.data.none': 'Aucune donnée n’est collectée au titre de ce choix pendant la séance.',
  'choices.storage.caption': 'Cookies et autres stockages déposés au titre de « {category} »',
  'choices.storage.name': 'Nom',
  'choices.storage.kind': 'Type',
  'choices.storage.setBy': 'Déposé par',
  'choices.storage.why': 'Pourquoi',
  'choices.storage.howLong': 'Durée',
  'choices.storage.kind.cookie': 'Cookie',
  'choices.storage.kind.local-storage': 'Stockage local',
  'choices.storage.kind.session-storage': 'Stockage de session',
  'choices.storage.kind.pixel': 'Pixel',
  'choices.storage.context.first-party': 'interne',
  'choices.storage.context.third-party': 'tiers',
  'choices.storage.none':
    'Rien n’est stocké dans le navigateur au titre de ce choix : les données passent directement de la boutique à ses partenaires.',

  'choices.without.title': 'Ce que vous perdez sans lui',
  'choices.without.intro': 'Acceptez tout, puis désactivez seulement celui-ci. {persona} perd :',
  'choices.without.data':
    'Données collectées en moins par la boutique et ses partenaires : {dataPoints}. Éléments stockés en moins dans le navigateur : {storage}.',
  'choices.without.recipients': 'Ces entreprises ne reçoivent plus rien : {names}.',
  'choices.without.noRecipients':
    'Aucune entreprise autre que la boutique n’est concernée : ces données restent de toute façon chez la boutique.',
  'choices.without.figures.caption': 'La séance avec tout, et avec tout sauf « {category} »',
  'choices.without.figures.experiences': 'Avantages obtenus',
  'choices.without.figures.outOf': '{n} sur {total}',
  'choices.without.figures.dataPoints': 'Données détenues',
  'choices.without.figures.shared': 'Détenues par des partenaires et des tiers',
  'choices.without.figures.recipients': 'Entreprises autres que la boutique',
  'choices.without.figures.storage': 'Cookies et autres stockages',
  'choices.without.exceptColumn': 'Tout sauf « {category} »',
  'choices.without.allColumn': 'Tout accepter',
  'choices.necessary.title': 'Pourquoi on ne peut pas le désactiver',
  'choices.necessary.law':
    'Le droit européen exige un consentement avant qu’un site enregistre ou lise quoi que ce soit sur votre appareil, avec deux exceptions : ce qui sert uniquement à transmettre une communication sur le réseau, et ce qui est strictement nécessaire pour vous fournir un service que vous avez demandé. C’est l’article 5, paragraphe 3, de la directive « vie privée et communications électroniques », repris en France à l’article 82 de la loi Informatique et Libertés.',
  'choices.necessary.limit':
    'Ces exceptions sont étroites. Un panier, une connexion, un paiement sûr et la trace de votre choix sur les cookies y entrent ; les recommandations et la publicité n’y entrent pas, si utiles soient-elles pour la boutique. La mesure d’audience n’y entre généralement pas non plus : la CNIL ne la dispense de consentement qu’à des conditions strictes, comme des statistiques anonymes pour ce seul site et aucun suivi d’un site à l’autre. Un bandeau qui range davantage sous « nécessaires » force le sens du mot.',
  'choices.necessary.source': 'Lire le texte : directive 2002/58/CE, article 5, paragraphe 3, sur EUR-Lex',
  'choices.necessary.cnilSource':
    'Lire les lignes directrices de la CNIL sur les cookies (délibération n° 2020-091), sur Légifrance',

  'choices.banners.title': 'Comment les bandeaux l’appellent',
  'choices.banners.consentMode': 'Dans Google Consent Mode v2',
  'choices.banners.consentModeIntro':
    'Les sites qui utilisent les balises de Google transmettent ces types de consentement, chacun « granted » (accordé) ou « denied » (refusé) :',
  'choices.banners.consentModeNone':
    'Consent Mode n’a pas de type pour ce choix : confier des données à un partenaire nommé est une affaire entre entreprises, pas un stockage que les balises de Google connaissent.',
  'choices.banners.tcf': 'Dans le Transparency and Consent Framework de l’IAB (TCF v2.2)',
  'choices.banners.tcfIntro':
    'Les bandeaux fondés sur le TCF énumèrent des finalités numérotées. Ce choix correspond à :',
  'choices.banners.tcfPurpose': 'Finalité {n} : {name}',
  'choices.banners.tcfSpecial': 'Finalité spéciale {n} : {name} (le TCF ne permet pas de la refuser)',
  'choices.banners.tcfNone': 'Le TCF n’a pas de finalité pour ce choix.',
  'choices.banners.direct': 'Le TCF emploie le même nom.',
  'choices.banners.interpretive':
    'Cette correspondance est notre appréciation, pas celle du TCF : ses finalités ne tracent pas la limite au même endroit que cette catégorie.',
  'choices.banners.usual': 'Les noms que les bandeaux lui donnent souvent',
  'choices.banners.usualNote':
    'Chaque bandeau choisit ses mots, et un même mot peut désigner des choses différentes : « fonctionnels » veut dire strictement nécessaires sur un bandeau et préférences sur un autre. Rattacher un nom de bandeau à cette catégorie relève de l’appréciation : lisez la description à côté de l’interrupteur.',

  'choices.others.title': 'Les autres choix',
  'choices.others.lesson': 'Leçon : les six choix, et ce que chacun active',

  'choices.gcm.security_storage':
    'Stockage pour la sécurité : connexion, lutte contre la fraude, protection de l’utilisateur.',
  'choices.gcm.functionality_storage': 'Stockage qui fait fonctionner le site, par exemple le réglage de la langue.',
  'choices.gcm.analytics_storage': 'Stockage pour la mesure d’audience, par exemple la durée d’une visite.',
  'choices.gcm.personalization_storage': 'Stockage pour la personnalisation, par exemple des recommandations.',
  'choices.gcm.ad_storage': 'Stockage pour la publicité, par exemple des cookies publicitaires.',
  'choices.gcm.ad_user_data': 'Envoi des données de l’utilisateur à Google à des fins publicitaires.',
  'choices.gcm.ad_personalization': 'Publicité personnalisée, par exemple le reciblage.',

  'choices.tcf.purpose.1': 'Stocker et/ou accéder à des informations sur un appareil',
  'choices.tcf.purpose.2': 'Utiliser des données limitées pour sélectionner la publicité',
  'choices.tcf.purpose.3': 'Créer des profils pour la publicité personnalisée',
  'choices.tcf.purpose.4': 'Utiliser des profils pour sélectionner des publicités personnalisées',
  'choices.tcf.purpose.5': 'Créer des profils de contenus personnalisés',
  'choices.tcf.purpose.6': 'Utiliser des profils pour sélectionner des contenus personnalisés',
  'choices.tcf.purpose.7': 'Mesurer la performance des publicités',
  'choices.tcf.purpose.8': 'Mesurer la performance des contenus',
  'choices.tcf.purpose.9':
    'Comprendre les publics par le biais de statistiques ou de combinaisons de données provenant de différentes sources',
  'choices.tcf.purpose.10': 'Développer et améliorer les services',
  'choices.tcf.purpose.11': 'Utiliser des données limitées pour sélectionner le contenu',
  'choices.tcf.special.1': 'Assurer la sécurité, prévenir et détecter la fraude et réparer les erreurs',
  'choices.tcf.special.2': 'Fournir et présenter des publicités et du contenu',
  'choices.tcf.special.3': 'Enregistrer et communiquer les choix en matière de confidentialité',

  'choices.necessary.what':
    'Ce choix n’a pas d’interrupteur : il couvre ce dont la boutique a besoin pour fonctionner, comme votre panier pendant vos achats, un paiement sûr et la trace de votre choix sur les cookies. La loi permet de le faire sans vous demander, et les données restent chez la boutique.',
  'choices.preferences.what':
    'Cet interrupteur permet à la boutique de retenir les réglages que vous avez choisis, comme la langue, la devise ou un panier laissé en route, d’une visite à l’autre. Les données restent chez la boutique, sur ses serveurs et dans votre navigateur.',
  'choices.analytics.what':
    'Cet interrupteur permet à la boutique de compter les visites, les recherches et les clics, pour savoir quelles pages aident et lesquelles font fuir. Vous ne voyez aucune différence, et les données restent chez la boutique ou chez une entreprise qui compte pour elle.',
  'choices.personalization.what':
    'Cet interrupteur permet à la boutique de se servir de ce que vous regardez et achetez sur son site pour vous suggérer des produits, des tailles et des offres qui vous vont. Les données restent chez la boutique, qui se fait peu à peu une idée de vos goûts.',
  'choices.advertising.what':
    'Cet interrupteur permet à des régies et à des réseaux sociaux de reconnaître votre navigateur sur la boutique et sur d’autres sites, pour vous montrer des publicités liées à votre visite et en mesurer l’effet. Vos données quittent la boutique : des tiers les gardent pour leurs propres affaires, certains pendant des mois, d’autres sans date de fin.',
  'choices.partners.what':
    'Cet interrupteur permet à la boutique de transmettre vos coordonnées à des entreprises qu’elle nomme, comme son transporteur ou une marque partenaire, pour leurs propres offres. Les données quittent la boutique, et chaque partenaire s’en sert ensuite comme des siennes.',

  'choices.necessary.bannerNames':
    'Strictement nécessaires, Nécessaires, Essentiels, Obligatoires, et sur certains bandeaux Fonctionnels',
  'choices.preferences.bannerNames': 'Préférences, Fonctionnels, Fonctionnalités, Expérience',
  'choices.analytics.bannerNames': 'Mesure d’audience, Statistiques, Performance, Analytique',
  'choices.personalization.bannerNames':
    'Personnalisation, Expérience, et sur certains bandeaux Préférences ou Marketing',
  'choices.advertising.bannerNames':
    'Publicité, Marketing, Ciblage, Publicités personnalisées, et souvent Réseaux sociaux',
  'choices.partners.bannerNames':
    'Partenaires, Offres des partenaires, Partage avec des partenaires, et sur certains bandeaux Marketing',
} as const satisfies Record<keyof typeof english, string>;
