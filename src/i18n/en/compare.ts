/**
 * English UI strings of the `compare` namespace (profiles side by side).
 * Translators: keep every `{placeholder}`. "Experiences" are the things the shopper gets.
 */
export const compare = {
  'compare.caption': 'What each choice trades in {persona}’s session, side by side',
  'compare.scrollHint': 'On a narrow screen the table scrolls sideways, and its first column stays in place.',
  'compare.rowHeader': 'In the session',
  'compare.section.categories': 'Categories granted',
  'compare.section.experiences': 'Experiences',
  'compare.section.data': 'Data points held, by whom',
  'compare.section.recipients': 'Companies besides the shop that hold data',
  'compare.section.storage': 'Cookies and other storage',
  'compare.granted': 'Granted',
  'compare.refused': 'Refused',
  'compare.gained': 'Gained',
  'compare.lost': 'Lost',
  'compare.experiencesGained': 'Experiences gained',
  'compare.outOf': '{n} of {total}',
  'compare.dataTotal': 'All data points',
  'compare.recipientsTotal': 'How many companies',
  'compare.holdsOne': 'Holds {n} data point',
  'compare.holdsMany': 'Holds {n} data points',
  'compare.nothing': 'Nothing',
  'compare.storageTotal': 'All storage items',
  'compare.storageFirst': 'First-party (the shop’s site)',
  'compare.storageThird': 'Third-party (another site’s)',
  'compare.rejectAll': 'Reject all',
  'compare.acceptAll': 'Accept all',
  'compare.policy.minimal': 'Minimal brand',
  'compare.policy.maximal': 'Maximal brand',
  'compare.column': 'Column {n}',
  'compare.intro': 'Change the categories of any column and the table follows.',
  'compare.policiesIntro': 'Both brands get the same consent. Change it and compare what each one collects with it.',
  'compare.policiesLegend': 'Consent given to both brands',
  'compare.bothColumns': 'Both brands',
  'compare.announce.column':
    'Column {n} now shows {choice}: {experiences} of {total} experiences, {dataPoints} data points held, {shared} of them by partners and third parties.',
  'compare.announce.policies':
    'Both brands now get {choice}. The minimal brand holds {minimal} data points, the maximal brand {maximal}.',
} as const;
