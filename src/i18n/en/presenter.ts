/**
 * English UI strings of presenter mode (`/present/<lesson-slug>/`).
 * Translators: keep every `{placeholder}`; `../fr/presenter.ts` has exactly the same keys.
 */
export const presenter = {
  'presenter.title': 'Slides: {title}',
  'presenter.description': 'Lesson {n}, {title}, as slides for a projector.',
  'presenter.toolbar': 'Slide controls',
  'presenter.exit': 'Leave the slides',
  'presenter.previous': 'Previous',
  'presenter.next': 'Next',
  'presenter.previousLabel': 'Previous slide',
  'presenter.nextLabel': 'Next slide',
  'presenter.counter': '{n} / {total}',
  'presenter.announce': 'Slide {n} of {total}: {title}',
  'presenter.fullscreen': 'Full screen',
  'presenter.notesToggle': 'Notes',
  'presenter.notes': 'Speaker notes',
  'presenter.noNotes': 'No notes for this slide.',
  'presenter.notesFrom': 'From “{guide}”',
  'presenter.notesFor': 'Slide {n}, {title}',
  'presenter.keys':
    'Keys: Right arrow, Page Down or Space for the next slide; Left arrow, Page Up or Shift+Space to go back; Home and End; N for notes; F for full screen.',
  'presenter.noJs': 'Without JavaScript the slides read as one page, from top to bottom.',
  'presenter.deck': 'Slides of lesson {n}',
  'presenter.slide': 'slide',
  'presenter.lesson': 'Lesson {n}',
  'presenter.objectives': 'By the end you can',
  'presenter.check': 'Check what you learned',
  'presenter.question': 'Question {n} of {total}',
  'presenter.reveal': 'Show the answer',
  'presenter.answer': 'The answer: {answer}',
  'presenter.sources': 'Sources',
} as const;
