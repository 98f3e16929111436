/**
 * English UI strings of the page for brands (`/for-brands/`). The link builder's own
 * strings are in `link-builder.ts`. Translators: keep every `{placeholder}` as it is.
 */
export const forBrands = {
  'forBrands.title': 'For brands',
  'forBrands.heading': 'Link your banner to Data Deal',
  'forBrands.description':
    'Link your consent banner to a neutral explanation of what each choice trades: stable links, ready-made snippets for Klaro, CookieConsent and tarteaucitron, and a checklist for an honest banner.',
  'forBrands.lede':
    'Your banner asks visitors to choose. Data Deal shows them, with a made-up shopper, what each choice trades. Link to it, and your “learn more” explains instead of selling.',

  'forBrands.why.title': 'Why link here',
  'forBrands.why.neutral.title': 'It takes no side',
  'forBrands.why.neutral.text':
    'Data Deal does not tell visitors to accept or to refuse. It replays the same shopping trip under each choice and lets them compare what they gain and which data goes where.',
  'forBrands.why.stores.title': 'It stores nothing',
  'forBrands.why.stores.text':
    'No cookies, no analytics, no outside services: sending visitors here adds no one to your list of recipients.',
  'forBrands.why.stores.link': 'What this site stores',
  'forBrands.why.explains.title': 'It explains rather than persuades',
  'forBrands.why.explains.text':
    'Each category has its own page in plain words, with the law cited where it matters. Visitors come back to your banner knowing what the switches do.',
  'forBrands.why.stable.title': 'Its links stay put',
  'forBrands.why.stable.text':
    'The addresses below are a public contract: they keep working, in English and, under /fr/, in French. A value the site does not know is set aside with a short note, never an error page.',

  'forBrands.checklist.title': 'An honest banner, in seven checks',
  'forBrands.checklist.intro':
    'A short list to hold your banner against. Each check cites the text it comes from; the sources are listed at the bottom of this page.',
  'forBrands.check.minimise.title': 'Ask only for what an experience needs.',
  'forBrands.check.minimise.text':
    'Start from what the visitor gets, then collect the data that experience uses, and no more. The GDPR calls this data minimisation.',
  'forBrands.check.reject.title': 'Put “Reject all” next to “Accept all”.',
  'forBrands.check.reject.text':
    'Same level, same size, same look. France’s CNIL asks that refusing be as simple as accepting, and most European authorities treat a banner with no way to refuse on any layer as a breach.',
  'forBrands.check.unticked.title': 'Leave every optional box unticked.',
  'forBrands.check.unticked.text':
    'Silence, a pre-ticked box or doing nothing is not consent. A box the visitor has to untick does not count.',
  'forBrands.check.necessary.title': 'Call necessary only what is.',
  'forBrands.check.necessary.text':
    'Strictly necessary means needed for the service the visitor asked for, not for the business. European authorities list cookies wrongly filed as essential among the banner problems they examined.',
  'forBrands.check.plain.title': 'Say what, why, with whom and for how long.',
  'forBrands.check.plain.text':
    'Visitors should learn how long cookies last and whether third parties can reach them. Putting each purpose in its own category lets people refuse one without the others.',
  'forBrands.check.withdraw.title': 'Make changing one’s mind as easy as saying yes.',
  'forBrands.check.withdraw.text':
    'A link or an icon on every page that reopens the same choices. Withdrawing consent must be as easy as giving it.',
  'forBrands.check.gpc.title': 'Honour Global Privacy Control.',
  'forBrands.check.gpc.text':
    'In California, a business that sells or shares personal information must treat the browser’s signal as a valid request to opt out, for that browser or device.',
  'forBrands.lesson': 'The reasons behind these checks, with a worked example, are in the lesson for brands:',
  'forBrands.lessonLink': 'For brands, consent as a fair exchange',
  'forBrands.notLegalAdvice':
    'This is not legal advice. The page points to the texts; for your own case, ask a lawyer or your data protection authority.',

  'forBrands.builder.title': 'Build your links',
  'forBrands.builder.intro':
    'Give your name and your banner’s categories. The builder writes the links, snippets for three consent tools and a QR code for print.',
  'forBrands.builder.js': 'It runs in this page and needs JavaScript. Nothing you type leaves your browser.',

  'forBrands.byHand.title': 'Write the links by hand',
  'forBrands.byHand.intro': 'Every link follows one pattern, so you can also write them yourself.',
  'forBrands.byHand.main': 'The simulator with nothing optional switched on, and your name:',
  'forBrands.byHand.category': 'The page for one category, for the “learn more” slot next to its switch:',
  'forBrands.byHand.categoryIds': 'where the category is one of {ids}.',
  'forBrands.byHand.french': 'The same pages in French: put /fr in front of the path.',
  'forBrands.byHand.consent':
    'To open the simulator with some categories switched on, list them after consent=, separated by commas (consent=preferences,analytics), or write all.',
  'forBrands.byHand.brand':
    'Your name: at most 60 characters, with spaces and symbols encoded (a space becomes %20, & becomes %26). The simulator shows it as plain text.',
  'forBrands.byHand.brandPlaceholder': 'Your%20Name',
  'forBrands.example.title': 'Worked example: Acme Shoes',
  'forBrands.example.intro':
    'Acme Shoes’s banner offers preferences, analytics and advertising, which it calls Settings, Statistics and Marketing. Its links:',
  'forBrands.example.name.preferences': 'Settings',
  'forBrands.example.name.analytics': 'Statistics',
  'forBrands.example.name.advertising': 'Marketing',
  'forBrands.example.main': 'Main link',
  'forBrands.example.allOn': 'With its three categories switched on',
  'forBrands.example.category': '{ours} (Acme calls it {theirs})',
  'forBrands.example.necessary': '{ours} (always on)',
  'forBrands.decoder': 'Not sure which of our categories your names match?',
  'forBrands.decoderLink': 'The banner decoder lists the usual names, Consent Mode types and TCF purposes.',
  'forBrands.sources': 'Sources',
} as const;
