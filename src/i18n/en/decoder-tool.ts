/**
 * English strings of the paste box that reads a visitor's own consent signals
 * (src/features/decoder/ConsentDecoder.astro). The decoder's runner loads them with itself, on
 * first use, so the page does not carry them. Translators: keep every `{placeholder}` as it is.
 */
export const decoderTool = {
  'decoderTool.title': 'Read your own consent',
  'decoderTool.intro':
    'Paste what your browser holds and read it in plain words. Everything happens on this device: nothing you paste is sent, stored or kept once you leave the page.',
  'decoderTool.needsJs':
    'Reading what you paste needs JavaScript, which runs here, on your device. With JavaScript off, the explanations on this page and the names below still read in full.',
  'decoderTool.decode': 'Read it',
  'decoderTool.loadError': 'The decoder could not load. Check your connection and try again.',
  'decoderTool.sourcesTitle': 'Sources of this section',
  'decoderTool.replay': 'See what this choice trades',
  'decoderTool.replayNone': 'See what this choice trades (only strictly necessary)',
  'decoderTool.yes': 'Yes',
  'decoderTool.no': 'No',

  'decoderTool.tc.title': 'A TC string (IAB TCF)',
  'decoderTool.tc.intro':
    'Sites that use the IAB’s Transparency & Consent Framework write your banner answers into a TC string. Many consent tools keep it in a cookie named euconsent-v2.',
  'decoderTool.tc.how':
    'To find it: open your browser’s developer tools on a site with such a banner, then Application (or Storage), Cookies, and copy the value of euconsent-v2. A URL with gdpr_consent= works too.',
  'decoderTool.tc.rules':
    'Under TCF v2.2 the policy version is 4, and companies may rely on legitimate interest only for purposes 2 and 7 to 11; the others need your consent.',
  'decoderTool.tc.cmpSource': 'Names of consent tools come from IAB Europe’s list of registered CMPs.',
  'decoderTool.tc.label': 'TC string',
  'decoderTool.tc.result': 'What this TC string says',
  'decoderTool.tc.created': 'Made on',
  'decoderTool.tc.updated': 'Last updated',
  'decoderTool.tc.noDate': 'no valid date',
  'decoderTool.tc.cmp': 'Consent tool (CMP)',
  'decoderTool.tc.cmpKnown': '{name}, CMP id {id}',
  'decoderTool.tc.cmpUnknown': 'CMP id {id} (not in our short list of names)',
  'decoderTool.tc.cmpVersion': 'Version of the consent tool',
  'decoderTool.tc.policy': 'TCF policy version',
  'decoderTool.tc.policy.old': '{n}: older than TCF v2.2, whose policy version is 4',
  'decoderTool.tc.policy.v22': '4: the policy of TCF v2.2',
  'decoderTool.tc.policy.newer': '{n}: newer than version 4, the policy of TCF v2.2',
  'decoderTool.tc.language': 'Language of the banner',
  'decoderTool.tc.country': 'Country of the publisher',
  'decoderTool.tc.scope': 'Applies to',
  'decoderTool.tc.scope.service': 'this site or service only',
  'decoderTool.tc.scope.global': 'several sites (a shared, global answer)',
  'decoderTool.tc.purposes': 'The eleven purposes',
  'decoderTool.tc.purpose': 'Purpose',
  'decoderTool.tc.consent': 'Your consent',
  'decoderTool.tc.li': 'Legitimate interest',
  'decoderTool.tc.li.yes': 'Allowed (you did not object)',
  'decoderTool.tc.li.notAllowed': 'Not allowed in TCF v2.2',
  'decoderTool.tc.specialFeatures': 'Special features',
  'decoderTool.tc.featureLine': '{feature}: {state}',
  'decoderTool.tc.optedIn': 'you opted in',
  'decoderTool.tc.notOptedIn': 'you did not opt in',
  'decoderTool.tc.vendors': 'Companies',
  'decoderTool.tc.vendorCounts':
    'Companies (vendors) with your consent: {consents}. Allowed to rely on legitimate interest: {li}. Shown to you by the banner: {disclosed}.',
  'decoderTool.tc.restrictions': 'Publisher restrictions',
  'decoderTool.tc.restrictions.none': 'None: the site set no extra rules for its vendors.',
  'decoderTool.tc.restriction.not-allowed': 'Purpose {purpose}: not allowed at all (vendors concerned: {vendors})',
  'decoderTool.tc.restriction.require-consent':
    'Purpose {purpose}: only with your consent (vendors concerned: {vendors})',
  'decoderTool.tc.restriction.require-legitimate-interest':
    'Purpose {purpose}: on legitimate interest only (vendors concerned: {vendors})',
  'decoderTool.tc.categories': 'In our six categories',
  'decoderTool.tc.category': 'Category',
  'decoderTool.tc.categoryPurposes': 'TCF purposes',
  'decoderTool.tc.categoryVerdict': 'Reads as',
  'decoderTool.tc.status.always-on': 'always on',
  'decoderTool.tc.status.no-tcf-purpose': 'off: no TCF purpose covers it',
  'decoderTool.tc.status.on-by-consent': 'on, by your consent',
  'decoderTool.tc.status.on-with-legitimate-interest': 'on, partly by legitimate interest',
  'decoderTool.tc.status.off': 'off',
  'decoderTool.tc.basis.consent': 'consent',
  'decoderTool.tc.basis.legitimate-interest': 'legitimate interest',
  'decoderTool.tc.basis.none': 'no',
  'decoderTool.tc.simplifies':
    'What this simplifies: the simulator has one switch per category, while a TC string holds eleven purposes and a separate answer for each company. Here a category is on when all of its purposes are allowed, by your consent or by a legitimate interest you did not object to; the answers of single companies and the publisher’s own segment are left aside.',
  'decoderTool.tc.announce':
    'TC string read: {consents} of 11 purposes with your consent; companies with your consent: {vendors}.',

  'decoderTool.gcm.title': 'Google Consent Mode (gcs and gcd)',
  'decoderTool.gcm.intro':
    'Sites using Google’s tags tell Google what you allowed with up to seven consent types, each granted or denied. Google’s requests carry the answers in two short values, gcs and gcd.',
  'decoderTool.gcm.how':
    'To find them: in the developer tools, open Network, filter on “collect”, and copy a request’s address. You can also paste a single value such as G101 or 11t1t1t1t5.',
  'decoderTool.gcm.caveat':
    'Google lists gcs and gcd among its tags’ internal values, which may change, and does not publish how they are written. We read them the way Markus Baersch described, which debugging tools widely share; what falls outside that reading we call undocumented.',
  'decoderTool.gcm.label': 'URL, request line or value',
  'decoderTool.gcm.result': 'What these values say',
  'decoderTool.gcm.values': 'Values read: {values}',
  'decoderTool.gcm.signal': 'Consent type',
  'decoderTool.gcm.state': 'State',
  'decoderTool.gcm.history': 'How it was set',
  'decoderTool.gcm.state.granted': 'granted',
  'decoderTool.gcm.state.denied': 'denied',
  'decoderTool.gcm.state.not-set': 'not set',
  'decoderTool.gcm.state.undocumented':
    'undocumented letter “{letter}”: not explained anywhere we know, so we do not guess',
  'decoderTool.gcm.history.none': 'neither a default nor an update was given',
  'decoderTool.gcm.history.gcs': 'the current state (gcs does not say how it was reached)',
  'decoderTool.gcm.history.both': '{default} by default, then {update} by the banner’s update',
  'decoderTool.gcm.history.default': '{default} by default, with no update',
  'decoderTool.gcm.history.update': 'no default, then {update} by the banner’s update',
  'decoderTool.gcm.gcsUndocumented':
    'The gcs value “{value}” does not fit the documented form (G1 then two digits, 0 or 1): we do not guess what it means.',
  'decoderTool.gcm.disagree':
    'gcs and gcd disagree about {signal}: gcs says {gcs}, gcd says {gcd}. The table follows gcd, which also says how the state was reached. The two values of one request should agree, so check that both come from the same one.',
  'decoderTool.gcm.digits':
    'The digits between the letters of gcd are not explained in any documentation we know, so we do not read them.',
  'decoderTool.gcm.meaning.ad_storage': 'storing advertising cookies',
  'decoderTool.gcm.meaning.analytics_storage': 'storing analytics cookies',
  'decoderTool.gcm.meaning.ad_user_data': 'sending data about you to Google for advertising',
  'decoderTool.gcm.meaning.ad_personalization': 'personalised ads',
  'decoderTool.gcm.announce': 'Consent Mode read: {granted} of {total} consent types granted.',

  'decoderTool.gpc.title': 'Global Privacy Control in this browser',
  'decoderTool.gpc.on':
    'This browser sends Global Privacy Control: on. Every site you visit is told “do not sell or share my data”.',
  'decoderTool.gpc.off': 'This browser supports Global Privacy Control, and it is off.',
  'decoderTool.gpc.unsupported': 'This browser does not support Global Privacy Control, so it sends no such signal.',
  'decoderTool.gpc.needsJs': 'Turn JavaScript on to see whether this browser sends the signal.',
  'decoderTool.gpc.what':
    'Global Privacy Control is a signal a browser can send to every site: a request not to sell or share your personal information. Pages can read it as navigator.globalPrivacyControl.',
  'decoderTool.gpc.california':
    'In California, a business that sells or shares personal information must treat it as a valid request to opt out, for that browser or device.',
  'decoderTool.gpc.eu':
    'In the EU, it is not a refusal of cookies: the GDPR does not name GPC, and a site still asks for your consent with its banner. The GDPR does let people object by automated means, but what a site must do with GPC is not spelled out.',
  'decoderTool.gpc.lesson': 'The lesson on browsers and signals explains it step by step.',
  'decoderTool.gpc.replay': 'See what GPC changes in the simulator',

  'decoderTool.cookies.title': 'A list of cookie names',
  'decoderTool.cookies.intro':
    'Paste the cookies of a site, as your browser shows them, and see who sets each one, what for, for how long, and which of our categories it falls in.',
  'decoderTool.cookies.how':
    'Names one per line, rows copied from the developer tools, or name=value; name=value as document.cookie gives it. Values are never shown, kept or sent; only the names are read.',
  'decoderTool.cookies.label': 'Cookie names',
  'decoderTool.cookies.result': 'What these cookies are',
  'decoderTool.cookies.counts': 'Names read: {n}. Known to the Open Cookie Database: {known}. Unknown: {unknown}.',
  'decoderTool.cookies.skipped': '{n} more names were not read: this reads the first 300.',
  'decoderTool.cookies.truncated': 'The paste was very long: only its first 20,000 lines were read.',
  'decoderTool.cookies.noData':
    'This copy of the site was built without the Open Cookie Database, so every name shows as unknown.',
  'decoderTool.cookies.name': 'Name',
  'decoderTool.cookies.who': 'Set by',
  'decoderTool.cookies.what': 'What for',
  'decoderTool.cookies.lifetime': 'Usual lifetime',
  'decoderTool.cookies.ours': 'Our category',
  'decoderTool.cookies.unknown': 'Unknown: the Open Cookie Database does not list this name.',
  'decoderTool.cookies.invalid': 'Not a cookie name: it holds characters cookie names cannot hold.',
  'decoderTool.cookies.prefix': 'matched by its start, {prefix}',
  'decoderTool.cookies.thirdParty': 'usually from another site’s domain (third party)',
  'decoderTool.cookies.theirCategory': 'their category: {category}',
  'decoderTool.cookies.times': 'seen {n} times',
  'decoderTool.cookies.session': 'until you close the browser',
  'decoderTool.cookies.unit.minute': '{n} min',
  'decoderTool.cookies.unit.hour': '{n} h',
  'decoderTool.cookies.unit.day': '{n} days',
  'decoderTool.cookies.unit.week': '{n} weeks',
  'decoderTool.cookies.unit.month': '{n} months',
  'decoderTool.cookies.unit.year': '{n} years',
  'decoderTool.cookies.judgement':
    'Our categories come from the database’s own ones (Functional, Analytics, Marketing, Personalization, Security), matched by our reading.',
  'decoderTool.cookies.source': 'Data: {name} ({licence}), copy of {date}.',
  'decoderTool.cookies.announce': 'Cookie names read: {n} ({known} known, {unknown} unknown).',

  'decoderTool.problem.tc.empty':
    'The box is empty. Paste a TC string: a long run of letters and digits starting with C.',
  'decoderTool.problem.tc.tooLong':
    'This is {length} characters long; a TC string is at most a few thousand. Paste only the value of the euconsent-v2 cookie.',
  'decoderTool.problem.tc.badCharacter':
    'Character {position} (“{found}”) cannot be in a TC string, which holds only letters, digits, - and _, with dots between its parts.',
  'decoderTool.problem.tc.emptySegment':
    'Part {part} of {parts} is empty: two dots follow each other, or the string starts or ends with a dot.',
  'decoderTool.problem.tc.version1':
    'This is a TC string of version 1 (it starts with B). This decoder reads version 2, whose strings start with C.',
  'decoderTool.problem.tc.notVersion2':
    'A TC string of version 2 starts with C; this one starts with “{found}”. Check that you copied the value of the euconsent-v2 cookie, from its start.',
  'decoderTool.problem.tc.coreBroken':
    'The first part (before any dot) does not decode as a TC string: it may be cut short or damaged. Copy it again, whole.',
  'decoderTool.problem.tc.segmentBroken':
    'The first part reads, but part {part} of {parts} (after a dot) does not: it may be cut short or damaged.',
  'decoderTool.problem.gcm.empty': 'The box is empty. Paste a URL with gcs= or gcd=, or a value such as G101.',
  'decoderTool.problem.gcm.notFound':
    'No gcs= or gcd= found in what you pasted (it starts with “{found}”). Paste a request address to Google, or a value such as G101 or 11t1t1t1t5.',
  'decoderTool.problem.gcm.gcdShape':
    'The gcd value “{found}” does not have the expected shape: two digits, then four letters, each followed by a digit, as in 11t1t1t1t5.',
  'decoderTool.problem.cookies.empty':
    'No cookie name found. Paste names one per line, or name=value; name=value as your browser shows them.',
} as const;
