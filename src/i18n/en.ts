/**
 * English UI strings: flat keys namespaced by component. Translators: keep every
 * `{placeholder}` as it is; the French file must hold exactly the same keys.
 */
export const en = {
  'site.name': 'Data Deal',
  'site.tagline': 'What your cookie choices really trade',
  'site.description':
    'An interactive guide to cookies and personal data: see what each consent choice gains you, and which data ends up with whom.',

  'skipLink.label': 'Skip to content',
  'nav.label': 'Main',
  'nav.home': 'Data Deal home',
  'nav.learn': 'Learn',
  'nav.simulator': 'Simulator',
  'nav.forBrands': 'For brands',
  'nav.workshop': 'Workshop',
  'nav.glossary': 'Glossary',
  'languageSwitch.label': 'Language',
  'languageSwitch.en': 'English',
  'languageSwitch.fr': 'Français',

  'footer.privacy': 'Privacy: this site stores nothing',
  'footer.about': 'Data Deal is a free, independent guide. It uses no cookies, no analytics and no outside services.',
  'footer.nav': 'Site',
  'footer.glossary': 'Glossary',
  'footer.lessons': 'All lessons',

  'learn.title': 'Learn',
  'learn.intro':
    'Ten short lessons, in order. Each takes about ten minutes and ends with a quick check of what you learned.',
  'learn.lessonNumber': 'Lesson {n}',
  'learn.minutes': '{minutes} min',

  'lesson.objectives': 'In this lesson you will learn to',
  'lesson.readingTime': 'About {minutes} minutes',
  'lesson.toc': 'On this page',
  'lesson.sources': 'Sources',
  'lesson.keyTerms': 'Key terms',
  'lesson.previous': 'Previous lesson',
  'lesson.next': 'Next lesson',
  'lesson.knowledgeCheck': 'Check what you learned',
  'lesson.breadcrumb': 'Lessons',
  'lesson.position': 'Lesson {n} of {total}',

  'quiz.intro': 'Pick an answer for each question, then check it. Nothing you choose is stored or sent.',
  'quiz.check': 'Check my answer',
  'quiz.correct': 'Right.',
  'quiz.incorrect': 'Not quite.',
  'quiz.answer': 'Show the answer',
  'quiz.rightAnswer': 'The right answer: {answer}',
  'quiz.pickFirst': 'Pick an answer first.',
  'quiz.score': 'You answered {right} of {total} right.',
  'quiz.retry': 'Try again',
  'quiz.question': 'Question {n} of {total}',

  'glossary.title': 'Glossary',
  'glossary.intro': 'Every term the lessons use, in plain words. Each term has its own link you can share.',
  'glossary.related': 'See also',
  'glossary.index': 'Jump to a letter',

  'notFound.title': 'This page does not exist',
  'notFound.body':
    'The address may have a typo, or the page has moved. Here are the places most visitors are looking for.',

  'source.published': '{publisher}, {date}',
} as const;

/** Every UI key; the French dictionary must provide each one. */
export type UiKey = keyof typeof en;
