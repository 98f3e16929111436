import type { site as english } from '../en/site';

/**
 * French UI strings. Translators: keep every `{placeholder}`; written for French readers.
 * Same keys as the English site shell (`../en/site.ts`).
 */
export const site = {
  'site.name': 'Data Deal',
  'site.tagline': 'Ce que vos choix de cookies échangent vraiment',
  'site.homeTitle': 'Data Deal : ce que vos choix de cookies échangent vraiment',
  'site.description':
    'Un guide interactif sur les cookies et les données personnelles : voyez ce que chaque choix de consentement vous apporte, et qui finit par détenir quelles données.',

  // Les signes doubles prennent une espace insécable avant eux.
  'punctuation.colon': '\u00a0:',
  'punctuation.semicolon': '\u00a0;',

  'table.label': 'Tableau : faites-le défiler sur le côté pour voir toutes les colonnes',
  'skipLink.label': 'Aller au contenu',
  'nav.label': 'Navigation principale',
  'nav.home': 'Accueil de Data Deal',
  'nav.learn': 'Apprendre',
  'nav.simulator': 'Simulateur',
  'nav.decoder': 'Décodeur',
  'nav.rights': 'Vos droits',
  'nav.forBrands': 'Pour les marques',
  'nav.workshop': 'Ateliers',
  'nav.glossary': 'Glossaire',
  'nav.search': 'Rechercher',
  'languageSwitch.label': 'Langue',
  'languageSwitch.en': 'English',
  'languageSwitch.fr': 'Français',

  'footer.privacy': 'Confidentialité : ce site n’enregistre rien',
  'footer.about':
    'Data Deal est un guide gratuit et indépendant. Il n’utilise ni cookies, ni mesure d’audience, ni services extérieurs.',
  'footer.nav': 'Plan du site',
  'footer.glossary': 'Glossaire',
  'footer.lessons': 'Toutes les leçons',

  'learn.title': 'Apprendre',
  'learn.intro':
    'Dix courtes leçons, à suivre dans l’ordre. Chacune prend moins de dix minutes et se termine par un petit quiz sur ce que vous avez appris.',
  'learn.lessonNumber': 'Leçon {n}',
  'learn.minutes': '{minutes} min',

  'lesson.objectives': 'Dans cette leçon, vous apprendrez à',
  'lesson.readingTime': 'Environ {minutes} minutes',
  'lesson.toc': 'Sur cette page',
  'lesson.sources': 'Sources',
  'lesson.keyTerms': 'Mots clés',
  'lesson.previous': 'Leçon précédente',
  'lesson.next': 'Leçon suivante',
  'lesson.knowledgeCheck': 'Vérifiez ce que vous avez appris',
  'lesson.breadcrumb': 'Leçons',
  'lesson.position': 'Leçon {n} sur {total}',

  'quiz.intro':
    'Choisissez une réponse à chaque question, puis vérifiez-la. Vos réponses ne sont ni enregistrées ni envoyées.',
  'quiz.check': 'Vérifier ma réponse',
  'quiz.correct': 'Bonne réponse.',
  'quiz.incorrect': 'Pas tout à fait.',
  'quiz.answer': 'Voir la réponse',
  'quiz.rightAnswer': 'La bonne réponse : {answer}.',
  'quiz.pickFirst': 'Choisissez d’abord une réponse.',
  'quiz.score': 'Bonnes réponses : {right} sur {total}.',
  'quiz.retry': 'Recommencer',
  'quiz.question': 'Question {n} sur {total}',

  'glossary.title': 'Glossaire',
  'glossary.intro':
    'Tous les termes employés dans les leçons, expliqués simplement. Chaque terme a son propre lien, que vous pouvez partager.',
  'glossary.related': 'Voir aussi',
  'glossary.index': 'Aller à une lettre',

  'notFound.title': 'Cette page n’existe pas',
  'notFound.body':
    'L’adresse contient peut-être une faute de frappe, ou la page a changé de place. Voici les pages que cherchent le plus souvent les visiteurs.',

  'source.published': '{publisher}, {date}',

  'progress.label': 'Retenir ma progression sur cet appareil',
  'progress.help':
    'Garde les leçons lues, vos résultats aux quiz et les notes de demandes que vous choisissez de garder, dans ce navigateur uniquement. Rien n’est envoyé nulle part. Désactiver l’option les efface.',
  'progress.nowOn': 'Votre progression sera retenue dans ce navigateur.',
  'progress.nowOff': 'La mémorisation est désactivée. Votre progression enregistrée a été effacée de cet appareil.',
  'progress.blocked':
    'Votre navigateur ne permet pas à ce site d’enregistrer quoi que ce soit : la progression ne peut donc pas être retenue. Tout le reste fonctionne.',
  'progress.discarded':
    'La progression enregistrée était illisible, elle a donc été effacée. Votre nouvelle progression sera retenue.',
  'progress.needsJs': 'Cette option a besoin de JavaScript, qui est désactivé dans votre navigateur.',
  'progress.read': 'Lue',
  'progress.quizScore': 'Quiz {right}/{total}',
} as const satisfies Record<keyof typeof english, string>;
