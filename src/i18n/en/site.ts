/** English UI strings of the site shell, lessons, glossary and progress. */
export const site = {
  'site.name': 'Data Deal',
  'site.tagline': 'What your cookie choices really trade',
  'site.homeTitle': 'Data Deal: What your cookie choices really trade',
  'site.description':
    'An interactive guide to cookies and personal data: see what each consent choice gains you, and which data ends up with whom.',

  // Set before a label's text or between list items; French keeps a no-break space before them.
  'punctuation.colon': ':',
  'punctuation.semicolon': ';',

  'table.label': 'Table: scroll sideways to see every column',
  'skipLink.label': 'Skip to content',
  'nav.label': 'Main',
  'nav.home': 'Data Deal home',
  'nav.learn': 'Learn',
  'nav.simulator': 'Simulator',
  'nav.decoder': 'Decoder',
  'nav.rights': 'Your rights',
  'nav.forBrands': 'For brands',
  'nav.workshop': 'Workshop',
  'nav.glossary': 'Glossary',
  'nav.search': 'Search',
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
    'Ten short lessons, in order. Each takes under ten minutes and ends with a quick check of what you learned.',
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
  'quiz.rightAnswer': 'The right answer: {answer}.',
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

  'progress.label': 'Remember my progress on this device',
  'progress.help':
    'Keeps which lessons you read, your quiz scores and the request notes you choose to keep, in this browser only. Nothing is sent anywhere. Turning it off deletes them.',
  'progress.nowOn': 'Your progress will be remembered in this browser.',
  'progress.nowOff': 'Remembering is off. Your saved progress was deleted from this device.',
  'progress.blocked':
    'Your browser does not let this site store anything, so progress cannot be remembered. Everything else works.',
  'progress.discarded': 'Saved progress could not be read, so it was cleared. New progress will be remembered.',
  'progress.needsJs': 'This option needs JavaScript, which is turned off in your browser.',
  'progress.read': 'Read',
  'progress.quizScore': 'Quiz {right}/{total}',
} as const;
