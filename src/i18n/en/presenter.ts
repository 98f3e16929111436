/**
 * English UI strings of presenter mode: the audience window (`/present/<lesson-slug>/`) and
 * the presenter view (`/present/<lesson-slug>/presenter/`). The slides' own words are content,
 * in `content/slides/`.
 * Translators: keep every `{placeholder}`; `../fr/presenter.ts` has exactly the same keys.
 */
export const presenter = {
  'presenter.title': 'Slides: {title}',
  'presenter.description': 'Lesson {n}, {title}, as slides for a projector.',
  'presenter.viewTitle': 'Presenter view: {title}',
  'presenter.viewDescription':
    'Lesson {n}, {title}: the notes, the next slide and the time, for the presenter’s own screen.',
  'presenter.toolbar': 'Slide controls',
  'presenter.exit': 'Leave the slides',
  'presenter.openPresenter': 'Presenter view',
  'presenter.openAudience': 'Audience window',
  'presenter.previous': 'Previous',
  'presenter.next': 'Next',
  'presenter.previousLabel': 'Previous slide',
  'presenter.nextLabel': 'Next slide',
  'presenter.counter': '{n} / {total}',
  'presenter.announce': 'Slide {n} of {total}: {title}',
  'presenter.fullscreen': 'Full screen',
  'presenter.noJs': 'Without JavaScript the slides read as one page, from top to bottom.',
  'presenter.keys':
    'Keys, in this window and in the audience window: Right arrow, Page Down or Space for the next slide; Left arrow, Page Up or Shift+Space to go back; Home and End; F for full screen; P for the other window.',
  'presenter.lesson': 'Lesson {n}',
  'presenter.source': 'Source:',
  'presenter.sources': 'Sources:',
  'presenter.reveal': 'Show the answer',
  'presenter.answer': 'The answer: {answer}',
  'presenter.outcomes.gained': 'Experiences gained',
  'presenter.outcomes.gainedValue': '{n} of {total}',
  'presenter.outcomes.dataPoints': 'Data points held',
  'presenter.outcomes.shared': 'Held by partners and third parties',
  'presenter.outcomes.others': 'Other companies using her data for themselves',
  'presenter.outcomes.from':
    'Figures computed by the simulator for {name}’s shopping trip. Firms that only work for the shop, such as the parcel firm, are not counted as other companies.',
  'presenter.demo.qr': 'QR code: {label}',
  'presenter.nextSlide': 'Next slide',
  'presenter.notesFor': 'Notes, slide {n} of {total}',
  'presenter.timing': 'Time',
  'presenter.clock.elapsed': 'Elapsed',
  'presenter.clock.restart': 'Restart',
  'presenter.clock.block': 'Block of the guide',
  'presenter.clock.left': '{time} left of the block’s {minutes} minutes',
  'presenter.clock.over': '{time} over the block’s {minutes} minutes',
  'presenter.clock.noBlock':
    'No facilitator guide gives this lesson a block of its own; the clock counts from when this view opened.',
  'presenter.block': '{guide}, block {n}: {title} ({minutes} min, {start} to {end})',
} as const;
