/**
 * English UI strings of the `consentBanner` namespace: the fair banner (`consentBanner.banner.*`, also used
 * by the shop simulator) and the dark-pattern mocks (`consentBanner.patterns.*`, `consentBanner.mock.*`).
 * Translators: keep every `{placeholder}`; `.one` / `.other` pairs follow the plural rules of the language.
 * Sources are named in words, as a reader would look them up.
 */
export const consentBanner = {
  'consentBanner.banner.title': '{site} asks about cookies',
  'consentBanner.banner.intro':
    '{site} uses cookies and similar tools. The strictly necessary ones are always on. The others need your permission: nothing is switched on until you say so, and you can change your mind at any time.',
  'consentBanner.banner.short': '{site} uses cookies. Until you choose, only the strictly necessary ones are on.',
  'consentBanner.banner.acceptAll': 'Accept all',
  'consentBanner.banner.rejectAll': 'Reject all',
  'consentBanner.banner.categories': 'Or choose category by category',
  'consentBanner.banner.save': 'Save my choices',

  'consentBanner.patterns.intro':
    'Five example banners for the same news site. Try to refuse everything in each one: the counter shows how many clicks it takes.',
  'consentBanner.patterns.list': 'Example banners',
  'consentBanner.mock.label': 'Example banner, not a real one',
  'consentBanner.mock.fewest': 'Fewest clicks to refuse everything: {n}',
  'consentBanner.mock.clicks.one': 'Clicks so far: {n}',
  'consentBanner.mock.clicks.other': 'Clicks so far: {n}',
  'consentBanner.mock.refused.one': 'Everything refused, in {n} click.',
  'consentBanner.mock.refused.other': 'Everything refused, in {n} clicks.',
  'consentBanner.mock.stillOn.one': 'Not everything was refused: after {n} click, still on: {list}.',
  'consentBanner.mock.stillOn.other': 'Not everything was refused: after {n} clicks, still on: {list}.',
  'consentBanner.mock.closed': 'The banner is closed.',
  'consentBanner.mock.reset': 'Start again',
  'consentBanner.mock.source': 'Source: {source}',
  'consentBanner.mock.darkIntro': 'We and our partners use cookies to give you the best experience.',
  'consentBanner.mock.settings': 'Settings',
  'consentBanner.mock.manage': 'Manage options',
  'consentBanner.mock.saveExit': 'Save and exit',
  'consentBanner.mock.secondLayer': 'Your privacy settings',
  'consentBanner.mock.interests.title': 'Legitimate interest',
  'consentBanner.mock.interests.intro': 'We rely on our legitimate interest for these purposes. You may object.',
  'consentBanner.mock.interest.measure-ads': 'Measure how ads perform',
  'consentBanner.mock.interest.ad-profile': 'Build a profile of your interests for ads',
  'consentBanner.mock.wall.accept': 'Accept and read for free',
  'consentBanner.mock.wall.subscribe': 'Subscribe for 6 euros a month',
  'consentBanner.mock.wall.continue': 'Go on with the free articles of the month',
  'consentBanner.mock.wall.accepted': 'You accepted advertising. {result}',
  'consentBanner.mock.wall.refused': 'You refused. {result}',
  'consentBanner.mock.wall.subscribed':
    'You pay 6 euros a month to read without advertising cookies. Refusing has a price here.',

  'consentBanner.pattern.fair.title': 'A fair banner',
  'consentBanner.pattern.fair.explanation':
    'Accept and reject sit side by side, the same size; each category is explained; nothing is ticked for you.',
  'consentBanner.pattern.fair.source':
    'refusing must be as easy as accepting (CNIL recommendation on cookies, 2020; EDPB cookie banner taskforce, 2023).',
  'consentBanner.pattern.pre-ticked.title': 'Pre-ticked boxes',
  'consentBanner.pattern.pre-ticked.explanation':
    'Every category is already switched on. To refuse, you untick each one, then save.',
  'consentBanner.pattern.pre-ticked.source': 'a pre-ticked box is not consent (Planet49 judgment, 2019).',
  'consentBanner.pattern.hidden-reject.title': 'Reject hidden in a second layer',
  'consentBanner.pattern.hidden-reject.explanation':
    'Accepting takes one big button. Refusing waits behind a small “Settings” link.',
  'consentBanner.pattern.hidden-reject.source':
    'refusing should be as easy as accepting (EDPB cookie banner taskforce, 2023; CNIL recommendation on cookies, 2020).',
  'consentBanner.pattern.legitimate-interest.title': '“Legitimate interest” switches',
  'consentBanner.pattern.legitimate-interest.explanation':
    'A second list of switches, already on, under another name. Leaving consent off is not enough: you must find them and turn them off.',
  'consentBanner.pattern.legitimate-interest.source':
    'claiming a legitimate interest for cookies is one of the tricks regulators examined (EDPB cookie banner taskforce, 2023).',
  'consentBanner.pattern.cookie-wall.title': 'A cookie wall',
  'consentBanner.pattern.cookie-wall.explanation':
    'The articles stay locked unless you accept the cookies or pay. Refusing takes one click but costs you the reading.',
  'consentBanner.pattern.cookie-wall.source':
    'access should not depend on accepting cookies (EDPB Guidelines 05/2020 on consent, cookie walls); in France the CNIL judges each wall case by case (2022).',
} as const;
