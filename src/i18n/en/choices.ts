/**
 * English UI strings of the `choices` namespace: the `/choices/` index and the six category
 * pages, made for the "learn more" link next to each switch of a brand's banner.
 * Translators: keep every `{placeholder}`. `choices.<category>.what` is the answer to "what
 * does this switch do?" in two sentences: it is the first thing a visitor from a banner reads.
 * TCF purpose names are the IAB's own (GVL v3); Consent Mode descriptions paraphrase Google's.
 */
export const choices = {
  'choices.index.title': 'The six choices',
  'choices.index.intro':
    'Cookie banners ask about a handful of categories. Here is what each one switches on during a shopping trip, which data it lets flow and to whom, and what the banners call it.',
  'choices.index.open': 'What {category} does',
  'choices.index.consentMode': 'Consent Mode v2: {types}',
  'choices.index.lesson': 'For the whole picture, read the lesson on the six choices.',

  'choices.pageTitle': '{category}: what this choice does',
  'choices.breadcrumb': 'The six choices',
  'choices.facts.label': 'In short',
  'choices.facts.consentMode': 'Google Consent Mode v2',
  'choices.facts.noConsentMode': 'No type of its own',
  'choices.facts.party': 'Who gets the data',
  'choices.facts.refuse': 'Can you refuse it?',
  'choices.facts.refuseYes': 'Yes. It stays off until you switch it on.',
  'choices.facts.refuseNo': 'No. It is always on, and covers only what the service needs.',
  'choices.try.label': 'Try it in the simulator',
  'choices.try.only': 'This choice alone',
  'choices.try.except': 'Everything except this',
  'choices.try.necessaryOnly': 'Only what is strictly necessary (as with Reject all)',

  'choices.enables.title': 'What it enables in the shopping session',
  'choices.enables.intro':
    'In the simulator, {persona} buys a rain jacket at {shop}, a fictional shop. With this choice on, she gets:',
  'choices.enables.necessaryIntro':
    'In the simulator, {persona} buys a rain jacket at {shop}, a fictional shop. Whatever she answers to the banner, she gets:',
  'choices.enables.alsoNeeds': 'Also needs {categories}.',
  'choices.enables.none': 'Nothing she can see in this session.',

  'choices.data.title': 'What data it sends, and to whom',
  'choices.data.intro': 'A shop that collects everything this choice allows ends up with these data points. {parties}',
  'choices.data.staysHome': 'All of them stay with the shop.',
  'choices.data.leaves': 'Some leave the shop: {names}.',
  'choices.data.caption': 'Data points collected under “{category}”',
  'choices.data.what': 'Data',
  'choices.data.holder': 'Held by',
  'choices.data.why': 'Why',
  'choices.data.basis': 'Legal basis',
  'choices.data.howLong': 'Kept for',
  'choices.data.none': 'No data point is collected under this choice in the session.',
  'choices.storage.caption': 'Cookies and other storage set under “{category}”',
  'choices.storage.name': 'Name',
  'choices.storage.kind': 'What',
  'choices.storage.setBy': 'Set by',
  'choices.storage.why': 'Why',
  'choices.storage.howLong': 'Stays for',
  'choices.storage.kind.cookie': 'Cookie',
  'choices.storage.kind.local-storage': 'Local storage',
  'choices.storage.kind.session-storage': 'Session storage',
  'choices.storage.kind.pixel': 'Pixel',
  'choices.storage.context.first-party': 'first-party',
  'choices.storage.context.third-party': 'third-party',
  'choices.storage.none':
    'Nothing is stored in the browser under this choice: the data goes from the shop to its partners directly.',

  'choices.without.title': 'What you lose without it',
  'choices.without.intro': 'Accept everything, then switch off only this one. {persona} loses:',
  'choices.without.data':
    'The shop and its partners collect {dataPoints} fewer data points, and {storage} fewer items are stored in the browser.',
  'choices.without.recipients': 'These companies stop receiving anything: {names}.',
  'choices.without.noRecipients': 'No company besides the shop is affected: this data stays with the shop anyway.',
  'choices.without.figures.caption': 'The session with everything, and with everything except {category}',
  'choices.without.figures.experiences': 'Experiences gained',
  'choices.without.figures.outOf': '{n} of {total}',
  'choices.without.figures.dataPoints': 'Data points held',
  'choices.without.figures.shared': 'Held by partners and third parties',
  'choices.without.figures.recipients': 'Companies besides the shop',
  'choices.without.figures.storage': 'Cookies and other storage',
  'choices.without.exceptColumn': 'All except {category}',
  'choices.without.allColumn': 'Accept all',
  'choices.necessary.title': 'Why you cannot switch it off',
  'choices.necessary.law':
    'European law asks for consent before a site stores or reads anything on your device, with two exceptions: what is needed only to carry a communication over the network, and what is strictly necessary to give you a service you asked for. That is Article 5(3) of the ePrivacy Directive; in France, Article 82 of the Loi Informatique et Libertés says the same.',
  'choices.necessary.limit':
    'The exceptions are narrow. A cart, a login, a safe checkout and the record of your cookie choice fit in them; recommendations and ads do not, however useful the shop finds them. Counting visits usually does not either: France’s CNIL lets audience measurement go without consent only under strict conditions, such as anonymous statistics for that one site and no tracking across sites. A banner that files more under “necessary” is stretching the word.',
  'choices.necessary.source': 'Read the text: Directive 2002/58/EC, Article 5(3), on EUR-Lex',
  'choices.necessary.cnilSource': 'Read the CNIL’s cookie guidelines (délibération n° 2020-091), on Légifrance',

  'choices.banners.title': 'What banners call it',
  'choices.banners.consentMode': 'In Google Consent Mode v2',
  'choices.banners.consentModeIntro':
    'Sites that use Google’s tags pass these consent types, each “granted” or “denied”:',
  'choices.banners.consentModeNone':
    'Consent Mode has no type for it: handing data to a named partner is a deal between companies, not storage Google’s tags know about.',
  'choices.banners.tcf': 'In the IAB Transparency and Consent Framework (TCF v2.2)',
  'choices.banners.tcfIntro': 'Banners built on the TCF list numbered purposes. This choice lines up with:',
  'choices.banners.tcfPurpose': 'Purpose {n}: {name}',
  'choices.banners.tcfSpecial': 'Special purpose {n}: {name} (the TCF does not let you refuse it)',
  'choices.banners.tcfNone': 'The TCF has no purpose for it.',
  'choices.banners.direct': 'The TCF names the same thing.',
  'choices.banners.interpretive':
    'This match is our judgement, not the TCF’s: its purposes do not draw the line where this category does.',
  'choices.banners.usual': 'The names banners usually give it',
  'choices.banners.usualNote':
    'Each banner picks its own words, and one word can mean different things: “functional” is strictly necessary on one banner and preferences on the next. Matching a banner’s name to this category is a judgement, so read the description next to the switch.',

  'choices.others.title': 'The other choices',
  'choices.others.lesson': 'Lesson: the six choices, and what each one switches on',

  'choices.gcm.security_storage': 'Storage for security: login, fraud prevention, protecting the user.',
  'choices.gcm.functionality_storage': 'Storage that makes the site’s functions work, such as a language setting.',
  'choices.gcm.analytics_storage': 'Storage for analytics, such as how long a visit lasts.',
  'choices.gcm.personalization_storage': 'Storage for personalisation, such as recommendations.',
  'choices.gcm.ad_storage': 'Storage for advertising, such as ad cookies.',
  'choices.gcm.ad_user_data': 'Sending the user’s data to Google for advertising.',
  'choices.gcm.ad_personalization': 'Personalised advertising, such as remarketing.',

  'choices.tcf.purpose.1': 'Store and/or access information on a device',
  'choices.tcf.purpose.2': 'Use limited data to select advertising',
  'choices.tcf.purpose.3': 'Create profiles for personalised advertising',
  'choices.tcf.purpose.4': 'Use profiles to select personalised advertising',
  'choices.tcf.purpose.5': 'Create profiles to personalise content',
  'choices.tcf.purpose.6': 'Use profiles to select personalised content',
  'choices.tcf.purpose.7': 'Measure advertising performance',
  'choices.tcf.purpose.8': 'Measure content performance',
  'choices.tcf.purpose.9': 'Understand audiences through statistics or combinations of data from different sources',
  'choices.tcf.purpose.10': 'Develop and improve services',
  'choices.tcf.purpose.11': 'Use limited data to select content',
  'choices.tcf.special.1': 'Ensure security, prevent and detect fraud, and fix errors',
  'choices.tcf.special.2': 'Deliver and present advertising and content',
  'choices.tcf.special.3': 'Save and communicate privacy choices',

  'choices.necessary.what':
    'This one has no switch: it covers what the shop needs to work at all, such as your cart while you shop, a safe checkout and the record of your cookie choice. The law lets a shop do this without asking, and the data stays with the shop.',
  'choices.preferences.what':
    'This switch lets the shop remember settings you chose, such as your language, your currency or a cart you left, from one visit to the next. The data stays with the shop, on its servers and in your browser.',
  'choices.analytics.what':
    'This switch lets the shop count visits, searches and clicks, to learn which pages help and which lose people. You see nothing different yourself, and the data stays with the shop or with a company that counts on its behalf.',
  'choices.personalization.what':
    'This switch lets the shop use what you look at and buy on its site to suggest products, sizes and offers that fit you. The data stays with the shop, which builds up a picture of your tastes.',
  'choices.advertising.what':
    'This switch lets ad networks and social networks recognise your browser on the shop and on other sites, to show you ads based on your visit and to measure them. Your data leaves the shop: third parties keep it for their own business, some for months, some with no end date.',
  'choices.partners.what':
    'This switch lets the shop hand your details to companies it names, such as its delivery firm or a partner brand, for their own offers. The data leaves the shop, and each partner then uses it as its own.',

  'choices.necessary.bannerNames': 'Strictly necessary, Necessary, Essential, Required, and on some banners Functional',
  'choices.preferences.bannerNames': 'Preferences, Functional, Functionality, Experience',
  'choices.analytics.bannerNames': 'Analytics, Statistics, Performance, Measurement, Audience measurement',
  'choices.personalization.bannerNames': 'Personalisation, Experience, and on some banners Preferences or Marketing',
  'choices.advertising.bannerNames': 'Advertising, Marketing, Targeting, Advertisement, and often Social media',
  'choices.partners.bannerNames': 'Partners, Partner offers, Sharing with partners, and on some banners Marketing',
} as const;
