import type { workshop as english } from '../en/workshop';

/**
 * Chaînes françaises du kit d’atelier : l’accueil `/workshop/`, les guides d’animation et les
 * fiches à imprimer (`handouts.*`). Mêmes clés que `../en/workshop.ts` ; gardez chaque `{variable}`.
 */
export const workshop = {
  'workshop.title': 'Kit d’atelier',
  'workshop.description':
    'Des guides d’animation minutés, un mode présentation pour le grand écran, des fiches à imprimer et un site qui fonctionne sans wifi.',
  'workshop.intro':
    'Tout ce qu’il faut pour animer une séance sur les cookies et les données personnelles : un guide minuté avec les questions à poser, des diapositives pour le grand écran, des fiches à imprimer, et de quoi continuer quand le wifi lâche.',
  'workshop.guides': 'Guides d’animation',
  'workshop.audience': 'Pour',
  'workshop.duration': 'Durée',
  'workshop.minutes': '{minutes} minutes',
  'workshop.groupSize': 'Groupe',
  'workshop.people': '{size} personnes',
  'workshop.guidePosition': 'Guide {n} sur {total}',

  'workshop.kit': 'Ce que contient le kit',
  'workshop.kit.presenter': 'Mode présentation',
  'workshop.kit.presenterText':
    'Chaque leçon en diapositives écrites pour le vidéoprojecteur : une idée par diapositive, les flèches du clavier ou une télécommande pour avancer. Sur votre propre écran, une vue présentateur affiche vos notes, la diapositive suivante et le temps qui reste dans la séquence, et suit les diapositives. Chaque guide donne le lien des diapositives qu’il utilise.',
  'workshop.kit.handouts': 'Fiches à imprimer',
  'workshop.kit.handoutsText':
    'Des cartes à découper pour les six catégories de consentement, une fiche d’exercice sur le parcours d’achat, des cartes-données à trier, cinq répliques de bandeaux pour un jeu de rôle, le glossaire sur une page, et les corrigés à part. Les leçons, les guides et les diapositives s’impriment proprement, eux aussi.',
  'workshop.kit.handoutsLink': 'Toutes les fiches',
  'workshop.kit.offline': 'Hors connexion',
  'workshop.kit.offlineText':
    'Wifi capricieux ou absent ? Gardez une copie du site sur l’ordinateur qui projette, ou servez-le à toute la salle depuis cet ordinateur. La partie suivante explique les deux.',

  'workshop.noConnection': 'Préparer une salle sans connexion',
  'workshop.noConnection.intro':
    'À faire la veille, tant que vous êtes en ligne. Ensuite, rien dans la séance n’a besoin d’internet.',
  'workshop.noConnection.deviceTitle': 'Un seul appareil, quelques clics : une copie dans le navigateur',
  'workshop.noConnection.device1': 'Ouvrez cette page sur l’ordinateur (ou la tablette) qui servira à projeter.',
  'workshop.noConnection.device2':
    'Activez « Rendre ce site disponible hors connexion sur cet appareil » ci-dessous et attendez le message de fin.',
  'workshop.noConnection.device3':
    'Vérifiez : coupez le wifi, ouvrez une leçon et son mode présentation. Le jour même, utilisez le même navigateur.',
  'workshop.noConnection.deviceNote':
    'Les participants qui veulent le site sur leur téléphone peuvent faire de même tant qu’ils ont une connexion. Un QR code ne fonctionne sans internet que si l’ordinateur sert le site (ci-dessous).',
  'workshop.noConnection.laptopTitle': 'Pour toute la salle : servir le site depuis un ordinateur',
  'workshop.noConnection.laptop1':
    'En ligne, récupérez le code source du site et construisez-le une fois (il faut Node.js 20 ou plus récent, et les outils se téléchargent) :',
  'workshop.noConnection.laptop2': 'Dans la salle, sans internet, servez la copie construite dans le dossier dist :',
  'workshop.noConnection.laptop2Note':
    'Le site s’ouvre à l’adresse http://localhost:4321/ sur l’ordinateur. Pour que les téléphones du même réseau local (un routeur de voyage ou le partage de connexion de l’ordinateur) l’ouvrent aussi, ajoutez --host et donnez-leur l’adresse affichée.',
  'workshop.noConnection.laptop3':
    'Tout autre serveur de fichiers statiques pointé sur le dossier dist convient, par exemple :',
  'workshop.noConnection.laptopNote':
    'Les QR codes des guides pointent vers l’adresse publique du site. Dans une salle sans internet, écrivez plutôt l’adresse de l’ordinateur au tableau.',
  'workshop.offlineTitle': 'Hors connexion sur cet appareil',

  'workshop.goals': 'À la fin, les participants savent',
  'workshop.agenda': 'Déroulé',
  'workshop.agenda.caption':
    'La séance bloc par bloc, avec l’horloge qui tourne depuis le début ({minutes} minutes en tout).',
  'workshop.agenda.clock': 'Horloge',
  'workshop.agenda.minutes': '{minutes} min',
  'workshop.agenda.block': 'Ce qui se passe',
  'workshop.agenda.device': 'Écran',
  'workshop.agenda.noDevice': 'Sans appareil',
  'workshop.agenda.needsDevice': 'Utilise l’écran',
  'workshop.agenda.end': 'Fin',
  'workshop.kind.talk': 'Exposé',
  'workshop.kind.activity': 'Activité',
  'workshop.kind.discussion': 'Discussion',
  'workshop.kind.demo': 'Démonstration',
  'workshop.kind.break': 'Pause',
  'workshop.prepare': 'À préparer',
  'workshop.session': 'Déroulement de la séance',
  'workshop.slides': 'Diapositives et leçons',
  'workshop.slides.intro':
    'Avant l’arrivée du groupe, ouvrez les diapositives de chaque leçon sur le grand écran et sa vue présentateur sur votre écran (la touche P ouvre l’autre fenêtre, dans l’une comme dans l’autre). La vue présentateur affiche vos notes, la diapositive suivante et le temps qui reste dans la séquence de ce guide ; avancer dans une fenêtre fait avancer l’autre. Sans second écran, imprimez la vue présentateur : chaque diapositive avec ses notes.',
  'workshop.slides.lesson': 'Leçon {n}',
  'workshop.slides.present': 'Présenter',
  'workshop.slides.read': 'Lire',
  'workshop.slides.presentLabel': 'Présenter la leçon {n}, {title}',
  'workshop.slides.readLabel': 'Lire la leçon {n}, {title}',
  'workshop.slides.presenter': 'Vue présentateur',
  'workshop.slides.presenterLabel': 'Vue présentateur de la leçon {n}, {title}, minutée pour ce guide',
  'workshop.presets': 'Réglages du simulateur',
  'workshop.presets.intro':
    'Chaque lien ouvre le simulateur avec les choix déjà faits. Montrez-le au grand écran, ou laissez chacun scanner le code avec son téléphone.',
  'workshop.presets.qr': 'QR code du réglage : {label}',
  'workshop.presets.open': 'Ouvrir le réglage',
  'workshop.printHint':
    'Pour imprimer ce guide, utilisez la commande d’impression du navigateur (Ctrl+P, ou Cmd+P sur un Mac).',
  'workshop.back': 'Tous les guides',

  'handouts.title': 'Fiches à imprimer',
  'handouts.description':
    'Des fiches à imprimer pour un atelier : cartes des catégories, fiche d’exercice, cartes-données, répliques de bandeaux, glossaire sur une page et corrigés.',
  'handouts.intro':
    'Des fiches à imprimer pour une séance. Chacune tient sur une page A4 ou US Letter, en noir et blanc, sans imprimante couleur.',
  'handouts.others': 'Les leçons et les guides s’impriment aussi',
  'handouts.othersText':
    'Chaque leçon et chaque guide d’animation s’imprime proprement depuis sa propre page, sans menus, avec l’adresse de chaque lien écrite en toutes lettres.',
  'handouts.print': 'Imprimer cette page',
  'handouts.printHint': 'Imprimez cette page (Ctrl+P, ou Cmd+P sur un Mac).',
  'handouts.cutHere': 'Découpez le long des pointillés.',
  'handouts.name': 'Nom ou groupe :',

  'handouts.categories.title': 'Les six catégories de consentement, en cartes',
  'handouts.categories.summary':
    'Six cartes à découper : ce que permet chaque catégorie d’un bandeau, le type de données concerné et le nom que lui donne Google Consent Mode.',
  'handouts.categories.enables': 'Ce qu’elle permet',
  'handouts.categories.data': 'Type de données',
  'handouts.categories.consentMode': 'Google Consent Mode',
  'handouts.categories.noConsentMode': 'Pas de nom dans Consent Mode : partage avec des partenaires nommés',
  'handouts.categories.optional': 'Au choix',
  'handouts.categories.data.necessary': 'Propriétaires, nécessaires au service',
  'handouts.categories.data.preferences': 'Propriétaires',
  'handouts.categories.data.analytics': 'Propriétaires, ou chez une entreprise qui mesure pour la boutique',
  'handouts.categories.data.personalization': 'Propriétaires',
  'handouts.categories.data.advertising': 'Tierces',
  'handouts.categories.data.partners': 'De partenaires',

  'handouts.worksheet.title': 'Le parcours d’achat de Maya, fiche d’exercice',
  'handouts.worksheet.summary':
    'Les étapes du parcours d’achat du simulateur, avec une colonne pour cocher ce que Maya obtient en refusant tout, avec votre choix et en acceptant tout, et quatre questions.',
  'handouts.worksheet.intro':
    '{about} Pour chaque chose que la boutique peut lui offrir, cochez les colonnes où elle l’obtient. Pour « Votre choix », cochez d’abord les interrupteurs que vous activeriez.',
  'handouts.worksheet.yourChoice': 'Votre choix, les interrupteurs que vous activez :',
  'handouts.worksheet.step': 'Étape',
  'handouts.worksheet.stepTitle': '{n}. {title}',
  'handouts.worksheet.nothing': 'À cette étape, rien à l’écran ne dépend du choix : rien à cocher.',
  'handouts.worksheet.offer': 'Ce que Maya peut obtenir',
  'handouts.worksheet.needs': 'Il faut',
  'handouts.worksheet.rejectAll': 'Tout refuser',
  'handouts.worksheet.choice': 'Votre choix',
  'handouts.worksheet.acceptAll': 'Tout accepter',
  'handouts.worksheet.questions': 'Questions',
  'handouts.worksheet.q1':
    'Qu’est-ce que Maya garde même en refusant tout ? Pourquoi la boutique peut-elle encore le lui offrir ?',
  'handouts.worksheet.q2':
    'Quels interrupteurs font sortir les données de Maya de la boutique ? Que reçoit-elle en échange ?',
  'handouts.worksheet.q3':
    'Comparez votre choix avec « tout accepter ». À quoi avez-vous renoncé, et cela en valait-il la peine pour vous ?',
  'handouts.worksheet.q4': 'Ouvrez le simulateur avec votre choix. Qu’est-ce qui vous a surpris ?',

  'handouts.dataCards.title': 'Cartes-données : qui détient les données de Maya ?',
  'handouts.dataCards.summary':
    'Des cartes à découper, une par donnée des achats de Maya, avec les étiquettes de parties et d’interrupteurs sous lesquelles les ranger. Les réponses sont sur le corrigé, pas sur les cartes.',
  'handouts.dataCards.intro':
    'Un jeu par équipe. Chaque carte est une donnée des quatre jours de Maya chez Threadline. Les équipes posent chaque carte sous l’entreprise qui finit par la détenir, puis sous l’interrupteur du bandeau qui la permet.',
  'handouts.dataCards.cards': 'Les cartes',
  'handouts.dataCards.cardNumber': 'Carte {n}',
  'handouts.dataCards.labels': 'Les étiquettes sous lesquelles ranger les cartes',
  'handouts.dataCards.label.first': '{shop} (propriétaire)',
  'handouts.dataCards.label.second': 'Un partenaire nommé (partenaire)',
  'handouts.dataCards.label.third': 'Une entreprise que Maya ne connaît pas (tiers)',
  'handouts.dataCards.card': 'Carte',
  'handouts.dataCards.data': 'Ce que dit la carte',
  'handouts.dataCards.holder': 'Qui la détient',
  'handouts.dataCards.switch': 'Interrupteur',

  'handouts.bannerWalk.title': 'La promenade des bandeaux : cinq répliques',
  'handouts.bannerWalk.summary':
    'Une réplique par page, en gros caractères, que cinq volontaires lisent à voix haute comme des bandeaux cookies. Loyal ou non : c’est sur le corrigé, pas sur les répliques.',
  'handouts.bannerWalk.intro':
    'Imprimez un exemplaire. Cinq volontaires tiennent chacun une page et la lisent à voix haute, comme s’ils étaient le bandeau. La salle lève le carton vert (loyal) ou rouge (astuce), et nomme l’astuce.',
  'handouts.bannerWalk.banner': 'Bandeau',
  'handouts.bannerWalk.bannerLetter': 'Bandeau {letter}',
  'handouts.bannerWalk.readAloud': 'À lire à voix haute, comme si vous étiez le bandeau.',
  'handouts.bannerWalk.verdict': 'Loyal ou astuce ?',
  'handouts.bannerWalk.fair': 'Loyal',
  'handouts.bannerWalk.trick': 'Une astuce',
  'handouts.bannerWalk.why': 'Pourquoi',

  'handouts.answers.title': 'Corrigés, pour l’animateur',
  'handouts.answers.summary':
    'Les réponses de la fiche d’exercice, des cartes-données et de la promenade des bandeaux, chacune sur sa feuille, à part de ce que reçoivent les participants.',
  'handouts.answers.intro':
    'Pour l’animateur. Les réponses de la fiche et des cartes sont calculées à partir du scénario du simulateur : elles disent la même chose que le simulateur et les diapositives. Celles des bandeaux citent leurs sources.',
  'handouts.answers.gets': 'Obtenu',
  'handouts.answers.misses': 'Perdu',
  'handouts.answers.openSheet': 'Ouvrir la fiche',
  'handouts.answers.forWorksheet': 'Le corrigé de cette fiche, pour l’animateur',
  'handouts.answers.forCards': 'Le corrigé des cartes, pour l’animateur',
  'handouts.answers.forBanners': 'Le corrigé de la promenade des bandeaux, pour l’animateur',

  'handouts.glossary.title': 'Le glossaire sur une page',
  'handouts.glossary.summary':
    'Chaque terme des leçons avec son sens en une ligne, sur deux colonnes en petits caractères.',
  'handouts.glossary.intro': 'Chaque terme des leçons, en une ligne. Les explications complètes sont sur {url}.',
} as const satisfies Record<keyof typeof english, string>;
