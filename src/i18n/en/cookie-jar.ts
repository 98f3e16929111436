/**
 * English UI strings of the `cookieJar` namespace: the cookie jar panel, which lists what the
 * session stored in the shopper's browser, like the Storage tab of developer tools, explained.
 * Translators: keep every `{placeholder}`. `{name}` is the persona's first name; `{n}` a number;
 * `.one` and `.other` are the plural forms chosen by `Intl.PluralRules`.
 */
export const cookieJar = {
  'cookieJar.title': 'What {name}’s browser holds',
  'cookieJar.intro':
    'Like the Storage tab of a browser’s developer tools, but explained: every cookie and tracker the visit has left so far.',
  'cookieJar.caption': 'Stored in {name}’s browser so far: {items}',
  'cookieJar.items.one': '{n} item',
  'cookieJar.items.other': '{n} items',
  'cookieJar.status': '{items} in {name}’s browser, {third} of them third-party.',

  'cookieJar.column.name': 'Name',
  'cookieJar.column.kind': 'Kind',
  'cookieJar.column.setBy': 'Set by',
  'cookieJar.column.purpose': 'Why',
  'cookieJar.column.lifetime': 'How long it stays',

  'cookieJar.group.first-party': 'First-party ({n})',
  'cookieJar.group.first-party.explain': 'kept for the site in the address bar, the shop',
  'cookieJar.group.third-party': 'Third-party ({n})',
  'cookieJar.group.third-party.explain': 'kept for another company’s site, built into the shop’s pages',
  'cookieJar.group.empty': 'None so far.',

  'cookieJar.kind.cookie': 'Cookie',
  'cookieJar.kind.local-storage': 'Local storage',
  'cookieJar.kind.session-storage': 'Session storage',
  'cookieJar.kind.pixel': 'Pixel',

  'cookieJar.lifetime.session': 'Until you close the browser',
  'cookieJar.lifetime.capped': '{days} days after the last visit, in this browser (the site asks for {asked})',

  'cookieJar.withheld.summary': 'Not set, and why ({n})',
  'cookieJar.withheld.none': 'Nothing was held back: every cookie and tracker of these steps was set.',
  'cookieJar.reason.consent': 'Not set: you refused {categories}.',
  'cookieJar.reason.browser': 'Blocked by your browser, which refuses third-party cookies.',
  'cookieJar.reason.gpc': 'Not set: Global Privacy Control asks the shop not to sell or share.',
  'cookieJar.reason.policy': 'Not set: the shop stores only what the experiences you chose need.',

  'cookieJar.controls.legend': 'What {name} accepts (untick a category to compare)',
} as const;
