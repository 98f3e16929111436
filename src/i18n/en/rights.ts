/**
 * English UI strings of the rights feature: the letter builder (`rights.builder.*`), the dated notes
 * (`rights.notes.*`), the short names of the requests (`rights.ask.*`), the printable template
 * (`rights.handout.*`) and the link at the end of the simulator (`rights.fromSimulator.*`). The
 * letters' own words are in `src/features/rights/letter-words.ts`: a letter's language is the
 * visitor's choice, not the page's.
 * Translators: keep every `{placeholder}`; `.one` / `.other` pairs follow the plural rules.
 */
export const rights = {
  'rights.builder.label': 'Letter builder',
  'rights.builder.law': 'Which law?',
  'rights.builder.law.gdpr': 'GDPR (European Union)',
  'rights.builder.law.ccpa': 'CCPA (California)',
  'rights.builder.law.help':
    'The GDPR is the EU’s law on personal data. The CCPA protects people who live in California.',
  'rights.builder.asks': 'What do you want to ask?',
  'rights.builder.ask.access': 'See my data',
  'rights.builder.ask.access.help':
    'A copy of your data, what it is used for, where it came from and who received it (Article 15).',
  'rights.builder.ask.erasure': 'Delete my data',
  'rights.builder.ask.erasure.help': 'The company deletes what it holds, unless a law makes it keep some (Article 17).',
  'rights.builder.ask.objection': 'Stop marketing to me',
  'rights.builder.ask.objection.help': 'No more direct marketing, and no profiling for it (Article 21).',
  'rights.builder.ask.withdrawal': 'Take back my consent',
  'rights.builder.ask.withdrawal.help': 'Every yes you gave, cookies included, is withdrawn (Article 7(3)).',
  'rights.builder.ask.know': 'Tell me what you know about me',
  'rights.builder.ask.know.help':
    'The categories of data, where they came from, why, who gets them, and the data itself (§ 1798.110).',
  'rights.builder.ask.delete': 'Delete my data',
  'rights.builder.ask.delete.help':
    'The business deletes what it collected from you, and tells others to (§ 1798.105).',
  'rights.builder.ask.opt-out': 'Do not sell or share my data',
  'rights.builder.ask.opt-out.help': 'The business stops selling or sharing your data (§ 1798.120).',
  'rights.builder.stage': 'First letter or reminder?',
  'rights.builder.stage.request': 'My first letter',
  'rights.builder.stage.reminder': 'A reminder: the deadline passed',
  'rights.builder.company': 'Company name',
  'rights.builder.contact': 'Where to send it',
  'rights.builder.contact.help':
    'The privacy contact in the company’s privacy notice: an email address or a postal address.',
  'rights.builder.identity': 'What identifies you to the company (optional)',
  'rights.builder.identity.help':
    'For example the email address of your account, or a customer number. Give only what the company needs to find you.',
  'rights.builder.name': 'Your name (optional)',
  'rights.builder.date': 'Date of the letter',
  'rights.builder.date.help': 'Deadlines count from the day the company receives it: by email, usually the same day.',
  'rights.builder.firstSent': 'Date of your first letter',
  'rights.builder.language': 'Language of the letter',
  'rights.builder.letter': 'Your letter',
  'rights.builder.actions': 'Send it your way',
  'rights.builder.copy': 'Copy the letter',
  'rights.builder.mail': 'Open in my mail program',
  'rights.builder.print': 'Print or save as PDF',
  'rights.builder.download': 'Download as a text file',
  'rights.builder.nothingSent': 'This site sends nothing and keeps nothing: the letter goes only where you send it.',
  'rights.builder.copied': 'Copied. Paste the letter into an email or a document.',
  'rights.builder.copyFailed':
    'Your browser did not let this page copy. The letter is selected: press Ctrl+C (or Cmd+C on a Mac) to copy it.',
  'rights.builder.downloaded': 'The letter was saved as {file}.',
  'rights.builder.mailLong':
    'This letter is long. Some mail programs cut long letters opened from a link: check that it arrived whole, or copy and paste it instead.',
  'rights.builder.mailNoAddress': 'The email will open without an address: add the company’s address yourself.',
  'rights.builder.summary': 'The letter asks for: {asks}.',
  'rights.builder.summary.none': 'The letter asks for nothing yet: tick at least one request.',
  'rights.builder.summary.due': 'First date due: {date}.',
  'rights.builder.beforeFirst':
    'This reminder is dated before the first letter it follows up. Check the two dates: the deadline runs from the first letter.',
  'rights.builder.early': 'The deadline has not passed yet: it ends on {date}. A reminder can wait until then.',
  'rights.builder.dates': 'Dates to keep in mind',
  'rights.builder.dates.gdpr': 'Answer due by {date}.',
  'rights.builder.dates.gdprExtended':
    'At the latest {date}, if the company needs two more months and tells you so, with its reasons, within the first month.',
  'rights.builder.dates.ccpaConfirm': 'Receipt confirmed by {date}.',
  'rights.builder.dates.ccpa': 'Answer due by {date}.',
  'rights.builder.dates.ccpaExtended':
    'At the latest {date}, if the business takes its one extension and tells you why.',
  'rights.builder.dates.ccpaOptOut': 'Sale and sharing stopped by {date}.',
  'rights.builder.dates.note':
    'Counted from the date of the letter. Business days are Monday to Friday; public holidays are not counted here and may add a day.',
  'rights.builder.dates.none': 'Add the date of the letter to see the deadlines.',

  'rights.ask.access': 'access',
  'rights.ask.erasure': 'erasure',
  'rights.ask.objection': 'an end to direct marketing',
  'rights.ask.withdrawal': 'withdrawal of consent',
  'rights.ask.know': 'what it knows',
  'rights.ask.delete': 'deletion',
  'rights.ask.opt-out': 'no sale or sharing',

  'rights.notes.title': 'A note of the date, on this device',
  'rights.notes.off': 'To keep a dated note of this request on this device, first turn on “{switch}”:',
  'rights.notes.offLink': 'on the privacy page',
  'rights.notes.unavailable': 'Your browser does not let this site store anything, so no note can be kept.',
  'rights.notes.keep': 'Keep a note of this request on this device',
  'rights.notes.keepHelp': 'Only the company name, what you asked, and the dates are kept. Nothing is sent anywhere.',
  'rights.notes.needs': 'To keep a note, tick at least one request and give the date of the letter.',
  'rights.notes.kept': 'Note kept on this device.',
  'rights.notes.deleted': 'Note deleted.',
  'rights.notes.list': 'Your notes',
  'rights.notes.item': 'Asked {company} for {asks} on {sent}. Answer due by {due}.',
  'rights.notes.someCompany': 'a company',
  'rights.notes.delete': 'Delete',
  'rights.notes.deleteLabel': 'Delete the note about {company}, sent on {sent}',
  'rights.notes.setAside.one': '{n} saved note could not be read and was set aside.',
  'rights.notes.setAside.other': '{n} saved notes could not be read and were set aside.',

  'rights.noscript':
    'Without JavaScript, the form cannot fill in the letter for you. The letter below is a template: copy or print it, and fill in the blanks in square brackets by hand.',
  'rights.noscript.handout': 'The printable template lists every request, with a box to tick.',

  'rights.handout.title': 'A letter to ask about your data',
  'rights.handout.summary':
    'A letter template to fill in by hand: the requests of the GDPR and of the CCPA, each with a box to tick.',
  'rights.handout.intro':
    'Tick what you want to ask, cross out the rest, and fill in the blanks. Keep a copy, and note the date you send it.',
  'rights.handout.gdpr': 'In the European Union (GDPR)',
  'rights.handout.ccpa': 'In California (CCPA)',
  'rights.handout.tick': 'Tick if you ask this',
  'rights.handout.online': 'To fill it in on a screen instead:',

  'rights.fromSimulator.title': 'From choices to rights',
  'rights.fromSimulator.text':
    'Said yes and changed your mind? You can take consent back at any time, and ask a shop what it holds about you.',
  'rights.fromSimulator.link': 'Write your request to a company',
} as const;
