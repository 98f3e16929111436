import type { decoderTool as english } from '../en/decoder-tool';

/**
 * Chaînes françaises de la zone où l’on colle ses propres signaux de consentement
 * (src/features/decoder/ConsentDecoder.astro), chargées avec le code qui les lit, au premier usage.
 */
export const decoderTool = {
  'decoderTool.title': 'Lire votre propre consentement',
  'decoderTool.intro':
    'Collez ce que contient votre navigateur et lisez-le en clair. Tout se passe sur cet appareil : rien de ce que vous collez n’est envoyé, enregistré ni gardé une fois la page quittée.',
  'decoderTool.needsJs':
    'Pour lire ce que vous collez, il faut JavaScript, qui s’exécute ici, sur votre appareil. Sans JavaScript, les explications de cette page et les noms plus bas restent lisibles en entier.',
  'decoderTool.decode': 'Lire',
  'decoderTool.loadError': 'Le décodeur n’a pas pu se charger. Vérifiez votre connexion et réessayez.',
  'decoderTool.sourcesTitle': 'Sources de cette partie',
  'decoderTool.replay': 'Voir ce que ce choix échange',
  'decoderTool.replayNone': 'Voir ce que ce choix échange (le strict nécessaire seulement)',
  'decoderTool.yes': 'Oui',
  'decoderTool.no': 'Non',

  'decoderTool.tc.title': 'Une chaîne TC (TCF de l’IAB)',
  'decoderTool.tc.intro':
    'Les sites qui suivent le Transparency & Consent Framework de l’IAB inscrivent vos réponses au bandeau dans une chaîne TC. Beaucoup d’outils de consentement la rangent dans un cookie nommé euconsent-v2.',
  'decoderTool.tc.how':
    'Pour la trouver : ouvrez les outils de développement de votre navigateur sur un site doté d’un tel bandeau, puis Application (ou Stockage), Cookies, et copiez la valeur d’euconsent-v2. Une adresse contenant gdpr_consent= convient aussi.',
  'decoderTool.tc.rules':
    'Avec le TCF v2.2, la version des règles est 4, et les entreprises ne peuvent invoquer l’intérêt légitime que pour les finalités 2 et 7 à 11 ; les autres exigent votre consentement.',
  'decoderTool.tc.cmpSource':
    'Les noms des outils de consentement viennent de la liste des CMP enregistrées d’IAB Europe.',
  'decoderTool.tc.label': 'Chaîne TC',
  'decoderTool.tc.result': 'Ce que dit cette chaîne TC',
  'decoderTool.tc.created': 'Créée le',
  'decoderTool.tc.updated': 'Dernière mise à jour',
  'decoderTool.tc.noDate': 'pas de date valable',
  'decoderTool.tc.cmp': 'Outil de consentement (CMP)',
  'decoderTool.tc.cmpKnown': '{name}, CMP n° {id}',
  'decoderTool.tc.cmpUnknown': 'CMP n° {id} (absente de notre courte liste de noms)',
  'decoderTool.tc.cmpVersion': 'Version de l’outil de consentement',
  'decoderTool.tc.policy': 'Version des règles du TCF',
  'decoderTool.tc.policy.old': '{n} : antérieure au TCF v2.2, dont les règles portent le numéro 4',
  'decoderTool.tc.policy.v22': '4 : les règles du TCF v2.2',
  'decoderTool.tc.policy.newer': '{n} : postérieure à la version 4, celle du TCF v2.2',
  'decoderTool.tc.language': 'Langue du bandeau',
  'decoderTool.tc.country': 'Pays de l’éditeur',
  'decoderTool.tc.scope': 'S’applique à',
  'decoderTool.tc.scope.service': 'ce site ou ce service seulement',
  'decoderTool.tc.scope.global': 'plusieurs sites (une réponse partagée)',
  'decoderTool.tc.purposes': 'Les onze finalités',
  'decoderTool.tc.purpose': 'Finalité',
  'decoderTool.tc.consent': 'Votre consentement',
  'decoderTool.tc.li': 'Intérêt légitime',
  'decoderTool.tc.li.yes': 'Admis (vous ne vous y êtes pas opposé)',
  'decoderTool.tc.li.notAllowed': 'Interdit dans le TCF v2.2',
  'decoderTool.tc.specialFeatures': 'Fonctionnalités spéciales',
  'decoderTool.tc.featureLine': '{feature} : {state}',
  'decoderTool.tc.optedIn': 'vous l’avez acceptée',
  'decoderTool.tc.notOptedIn': 'vous ne l’avez pas acceptée',
  'decoderTool.tc.vendors': 'Entreprises',
  'decoderTool.tc.vendorCounts':
    'Entreprises (fournisseurs) qui ont votre consentement : {consents} ; qui peuvent invoquer l’intérêt légitime : {li} ; présentées par le bandeau : {disclosed}.',
  'decoderTool.tc.restrictions': 'Restrictions de l’éditeur',
  'decoderTool.tc.restrictions.none': 'Aucune : le site n’a pas fixé de règles supplémentaires à ses fournisseurs.',
  'decoderTool.tc.restriction.not-allowed': 'Finalité {purpose} : interdite (fournisseurs concernés : {vendors})',
  'decoderTool.tc.restriction.require-consent':
    'Finalité {purpose} : seulement avec votre consentement (fournisseurs concernés : {vendors})',
  'decoderTool.tc.restriction.require-legitimate-interest':
    'Finalité {purpose} : sur intérêt légitime seulement (fournisseurs concernés : {vendors})',
  'decoderTool.tc.categories': 'Dans nos six catégories',
  'decoderTool.tc.category': 'Catégorie',
  'decoderTool.tc.categoryPurposes': 'Finalités TCF',
  'decoderTool.tc.categoryVerdict': 'Lecture',
  'decoderTool.tc.status.always-on': 'toujours active',
  'decoderTool.tc.status.no-tcf-purpose': 'désactivée : aucune finalité TCF ne la couvre',
  'decoderTool.tc.status.on-by-consent': 'activée, par votre consentement',
  'decoderTool.tc.status.on-with-legitimate-interest': 'activée, en partie par intérêt légitime',
  'decoderTool.tc.status.off': 'désactivée',
  'decoderTool.tc.basis.consent': 'consentement',
  'decoderTool.tc.basis.legitimate-interest': 'intérêt légitime',
  'decoderTool.tc.basis.none': 'non',
  'decoderTool.tc.simplifies':
    'Ce que cela simplifie : le simulateur a un interrupteur par catégorie, alors qu’une chaîne TC porte onze finalités et une réponse distincte pour chaque entreprise. Ici, une catégorie est activée quand toutes ses finalités sont admises, par votre consentement ou par un intérêt légitime auquel vous ne vous êtes pas opposé ; les réponses entreprise par entreprise et la partie propre à l’éditeur sont laissées de côté.',
  'decoderTool.tc.announce':
    'Chaîne TC lue : finalités avec votre consentement : {consents} sur 11 ; entreprises avec votre consentement : {vendors}.',

  'decoderTool.gcm.title': 'Consent Mode de Google (gcs et gcd)',
  'decoderTool.gcm.intro':
    'Les sites qui utilisent les balises de Google lui indiquent ce que vous avez autorisé, avec jusqu’à sept types de consentement, chacun accordé ou refusé. Les requêtes vers Google portent ces réponses dans deux courtes valeurs, gcs et gcd.',
  'decoderTool.gcm.how':
    'Pour les trouver : dans les outils de développement, ouvrez Réseau, filtrez sur « collect » et copiez l’adresse d’une requête. Vous pouvez aussi coller une valeur seule, comme G101 ou 11t1t1t1t5.',
  'decoderTool.gcm.caveat':
    'Google range gcs et gcd parmi les valeurs internes de ses balises, susceptibles de changer, et ne publie pas leur format. Nous les lisons comme Markus Baersch l’a décrit, lecture que partagent largement les outils de débogage ; nous signalons donc ce qui en découle comme non documenté.',
  'decoderTool.gcm.label': 'Adresse, ligne de requête ou valeur',
  'decoderTool.gcm.result': 'Ce que disent ces valeurs',
  'decoderTool.gcm.values': 'Valeurs lues : {values}',
  'decoderTool.gcm.signal': 'Type de consentement',
  'decoderTool.gcm.state': 'État',
  'decoderTool.gcm.history': 'Comment il a été fixé',
  'decoderTool.gcm.state.granted': 'accordé',
  'decoderTool.gcm.state.denied': 'refusé',
  'decoderTool.gcm.state.not-set': 'non renseigné',
  'decoderTool.gcm.state.undocumented':
    'lettre « {letter} » non documentée : expliquée nulle part à notre connaissance, donc nous ne devinons pas',
  'decoderTool.gcm.history.none': 'ni valeur par défaut ni mise à jour',
  'decoderTool.gcm.history.gcs': 'l’état actuel (gcs ne dit pas comment il a été atteint)',
  'decoderTool.gcm.history.both': '{default} par défaut, puis {update} par la mise à jour du bandeau',
  'decoderTool.gcm.history.default': '{default} par défaut, sans mise à jour',
  'decoderTool.gcm.history.update': 'pas de valeur par défaut, puis {update} par la mise à jour du bandeau',
  'decoderTool.gcm.gcsUndocumented':
    'La valeur gcs « {value} » n’a pas la forme documentée (G1 puis deux chiffres, 0 ou 1) : nous ne devinons pas ce qu’elle veut dire.',
  'decoderTool.gcm.disagree':
    'gcs et gcd ne disent pas la même chose de {signal} : « {gcs} » pour gcs, « {gcd} » pour gcd. Le tableau suit gcd, qui dit aussi comment cet état a été obtenu. Les deux valeurs d’une même requête devraient concorder : vérifiez qu’elles viennent bien de la même.',
  'decoderTool.gcm.digits':
    'Les chiffres placés entre les lettres de gcd ne sont expliqués dans aucune documentation à notre connaissance : nous ne les lisons pas.',
  'decoderTool.gcm.meaning.ad_storage': 'déposer des cookies publicitaires',
  'decoderTool.gcm.meaning.analytics_storage': 'déposer des cookies de mesure d’audience',
  'decoderTool.gcm.meaning.ad_user_data': 'envoyer à Google des données vous concernant pour la publicité',
  'decoderTool.gcm.meaning.ad_personalization': 'la publicité personnalisée',
  'decoderTool.gcm.announce': 'Consent Mode lu : types de consentement accordés : {granted} sur {total}.',

  'decoderTool.gpc.title': 'Global Privacy Control dans ce navigateur',
  'decoderTool.gpc.on':
    'Ce navigateur envoie Global Privacy Control : activé. Chaque site visité reçoit le message « ne vendez pas et ne partagez pas mes données ».',
  'decoderTool.gpc.off': 'Ce navigateur prend en charge Global Privacy Control, et le signal est désactivé.',
  'decoderTool.gpc.unsupported':
    'Ce navigateur ne prend pas en charge Global Privacy Control : il n’envoie donc pas ce signal.',
  'decoderTool.gpc.needsJs': 'Activez JavaScript pour savoir si ce navigateur envoie le signal.',
  'decoderTool.gpc.what':
    'Global Privacy Control est un signal qu’un navigateur peut envoyer à tous les sites : une demande de ne pas vendre ni partager vos données personnelles. Les pages peuvent le lire dans navigator.globalPrivacyControl.',
  'decoderTool.gpc.california':
    'En Californie, une entreprise qui vend ou partage des données personnelles doit le traiter comme une demande d’opposition valable, pour ce navigateur ou cet appareil.',
  'decoderTool.gpc.eu':
    'Dans l’Union européenne, ce n’est pas un refus des cookies : le RGPD ne mentionne pas GPC, et un site vous demande toujours votre consentement par son bandeau. Le RGPD permet de s’opposer par des moyens automatisés, mais il ne précise pas ce qu’un site doit faire de GPC.',
  'decoderTool.gpc.lesson': 'La leçon sur les navigateurs et les signaux l’explique pas à pas.',
  'decoderTool.gpc.replay': 'Voir ce que GPC change dans le simulateur',

  'decoderTool.cookies.title': 'Une liste de noms de cookies',
  'decoderTool.cookies.intro':
    'Collez les cookies d’un site, tels que votre navigateur les montre, et voyez qui dépose chacun, pour quoi faire, pour combien de temps, et dans laquelle de nos catégories il entre.',
  'decoderTool.cookies.how':
    'Un nom par ligne, des lignes copiées depuis les outils de développement, ou nom=valeur ; nom=valeur comme le donne document.cookie. Les valeurs ne sont jamais affichées, gardées ni envoyées : seuls les noms sont lus.',
  'decoderTool.cookies.label': 'Noms de cookies',
  'decoderTool.cookies.result': 'Ce que sont ces cookies',
  'decoderTool.cookies.counts': 'Noms lus : {n}. Connus de l’Open Cookie Database : {known}. Inconnus : {unknown}.',
  'decoderTool.cookies.skipped': '{n} autres noms n’ont pas été lus : seuls les 300 premiers le sont.',
  'decoderTool.cookies.truncated': 'Le texte collé était très long : seules ses 20 000 premières lignes ont été lues.',
  'decoderTool.cookies.noData':
    'Cette copie du site a été construite sans l’Open Cookie Database : chaque nom apparaît donc comme inconnu.',
  'decoderTool.cookies.name': 'Nom',
  'decoderTool.cookies.who': 'Déposé par',
  'decoderTool.cookies.what': 'Pour quoi faire',
  'decoderTool.cookies.lifetime': 'Durée habituelle',
  'decoderTool.cookies.ours': 'Notre catégorie',
  'decoderTool.cookies.unknown': 'Inconnu : l’Open Cookie Database ne connaît pas ce nom.',
  'decoderTool.cookies.invalid': 'Pas un nom de cookie : il contient des caractères interdits dans un nom de cookie.',
  'decoderTool.cookies.prefix': 'reconnu par son début, {prefix}',
  'decoderTool.cookies.thirdParty': 'en général déposé depuis le domaine d’un autre site (tiers)',
  'decoderTool.cookies.theirCategory': 'leur catégorie : {category}',
  'decoderTool.cookies.times': 'vu {n} fois',
  'decoderTool.cookies.session': 'jusqu’à la fermeture du navigateur',
  'decoderTool.cookies.unit.minute': '{n} min',
  'decoderTool.cookies.unit.hour': '{n} h',
  'decoderTool.cookies.unit.day': '{n} jours',
  'decoderTool.cookies.unit.week': '{n} semaines',
  'decoderTool.cookies.unit.month': '{n} mois',
  'decoderTool.cookies.unit.year': '{n} ans',
  'decoderTool.cookies.judgement':
    'Nos catégories sont déduites de celles de la base (Functional, Analytics, Marketing, Personalization, Security), selon notre lecture.',
  'decoderTool.cookies.source': 'Données : {name} ({licence}), copie du {date}.',
  'decoderTool.cookies.announce': 'Noms de cookies lus : {n} (connus : {known}, inconnus : {unknown}).',

  'decoderTool.problem.tc.empty':
    'La zone est vide. Collez une chaîne TC : une longue suite de lettres et de chiffres qui commence par C.',
  'decoderTool.problem.tc.tooLong':
    'Ce texte compte {length} caractères ; une chaîne TC en fait quelques milliers au plus. Collez seulement la valeur du cookie euconsent-v2.',
  'decoderTool.problem.tc.badCharacter':
    'Le caractère n° {position} (« {found} ») ne peut pas figurer dans une chaîne TC, faite seulement de lettres, de chiffres, de - et de _, avec des points entre ses parties.',
  'decoderTool.problem.tc.emptySegment':
    'La partie {part} sur {parts} est vide : deux points se suivent, ou la chaîne commence ou finit par un point.',
  'decoderTool.problem.tc.version1':
    'C’est une chaîne TC de version 1 (elle commence par B). Ce décodeur lit la version 2, dont les chaînes commencent par C.',
  'decoderTool.problem.tc.notVersion2':
    'Une chaîne TC de version 2 commence par C ; celle-ci commence par « {found} ». Vérifiez que vous avez copié la valeur du cookie euconsent-v2 depuis son début.',
  'decoderTool.problem.tc.coreBroken':
    'La première partie (avant tout point) ne se lit pas comme une chaîne TC : elle est peut-être tronquée ou abîmée. Copiez-la de nouveau, en entier.',
  'decoderTool.problem.tc.segmentBroken':
    'La première partie se lit, mais pas la partie {part} sur {parts} (après un point) : elle est peut-être tronquée ou abîmée.',
  'decoderTool.problem.gcm.empty':
    'La zone est vide. Collez une adresse contenant gcs= ou gcd=, ou une valeur comme G101.',
  'decoderTool.problem.gcm.notFound':
    'Aucun gcs= ni gcd= dans ce que vous avez collé (qui commence par « {found} »). Collez l’adresse d’une requête vers Google, ou une valeur comme G101 ou 11t1t1t1t5.',
  'decoderTool.problem.gcm.gcdShape':
    'La valeur gcd « {found} » n’a pas la forme attendue : deux chiffres, puis quatre lettres suivies chacune d’un chiffre, comme 11t1t1t1t5.',
  'decoderTool.problem.cookies.empty':
    'Aucun nom de cookie trouvé. Collez un nom par ligne, ou nom=valeur ; nom=valeur comme votre navigateur les montre.',
} as const satisfies Record<keyof typeof english, string>;
