/**
 * English UI strings of the shop simulator (`src/widgets/shop-simulator/`).
 * Translators: keep every `{placeholder}`. Keys ending in `.one` / `.other` are picked by the plural
 * rules of the language for `{n}`. `{name}` is the fictional shopper, `{shop}` the shop, `{category}`
 * a category name as `category.*` gives it. Values from a link (`{value}`, `{brand}`) are shown as
 * plain text, never as HTML.
 */
export const shopSimulator = {
  'shopSimulator.persona': 'You choose for {name}. {about}',

  'shopSimulator.choices.label': 'Your choices for {name}:',
  'shopSimulator.choices.none': 'nothing optional, only what is strictly necessary.',
  'shopSimulator.choices.pending':
    'not answered yet. Until you answer, the shop may only use what is strictly necessary.',
  'shopSimulator.choices.change': 'Change my choices',

  'shopSimulator.controls.label': 'Move through the session',
  'shopSimulator.previous': 'Previous step',
  'shopSimulator.next': 'Next step',
  'shopSimulator.play': 'Play',
  'shopSimulator.pause': 'Pause',
  'shopSimulator.steps.label': 'Every step of the session',
  'shopSimulator.step.heading': 'Step {n} of {total}: {title}',
  'shopSimulator.step.counts': 'gained: {gained}, lost: {lost}',
  'shopSimulator.step.noExperience': 'nothing on screen',

  'shopSimulator.screen.nothing':
    'Nothing on the screen depends on the choices at this step. Data can still move: see “Data so far”.',
  'shopSimulator.compare.label': 'Compare this step with',
  'shopSimulator.compare.off': 'nothing (show it alone)',
  'shopSimulator.compare.none': 'Reject all',
  'shopSimulator.compare.all': 'Accept all',
  'shopSimulator.compare.plus': 'Your choice, plus {category}',
  'shopSimulator.compare.minus': 'Your choice, minus {category}',
  'shopSimulator.compare.yours': 'Your choice',
  'shopSimulator.compare.differences.none': 'No difference on this screen.',
  'shopSimulator.compare.differences.one': '1 difference on this screen: {names}.',
  'shopSimulator.compare.differences.other': '{n} differences on this screen: {names}.',
  'shopSimulator.compare.live': 'Compared with “{choice}”: {differences}',
  'shopSimulator.outcome':
    'The whole trip, with these choices: {gained} of {total} experiences, {points}, {companies}.',
  'shopSimulator.screen.end': 'End of the session.',
  'shopSimulator.screen.toSummary': 'See what it all adds up to',
  // Set before the experience's name, punctuation included.
  'shopSimulator.gained': 'Gained:',
  'shopSimulator.lost': 'Lost:',
  'shopSimulator.reason.consent': 'Needs {categories}.',
  'shopSimulator.reason.browser': 'The browser blocks the third-party cookie it relies on.',
  'shopSimulator.reason.gpc': 'Global Privacy Control is on, and this relies on selling or sharing data.',

  'shopSimulator.ledger.title': 'Data so far',
  'shopSimulator.fold.flow': 'Who holds the data, and what the browser stores',
  'shopSimulator.ledger.intro.one': 'After this step, {n} data point about {name} is held:',
  'shopSimulator.ledger.intro.other': 'After this step, {n} data points about {name} are held:',
  'shopSimulator.ledger.empty': 'After this step, no one holds any data about {name} yet.',
  'shopSimulator.ledger.new': 'new at this step',
  'shopSimulator.ledger.kept': 'kept: {retention}',

  'shopSimulator.summary.title': 'The whole session, with these choices',
  'shopSimulator.summary.experiences': '{name} gets {gained} of the {total} experiences the session offers.',
  'shopSimulator.summary.gained': 'Gained ({n})',
  'shopSimulator.summary.lost': 'Lost ({n})',
  'shopSimulator.summary.none': 'None.',
  'shopSimulator.summary.data.title': 'Who holds data about {name}',
  'shopSimulator.summary.data.total.one': '{n} data point is held in all.',
  'shopSimulator.summary.data.total.other': '{n} data points are held in all.',
  'shopSimulator.summary.data.party.one': '{party}: {n} data point, held by {holders}.',
  'shopSimulator.summary.data.party.other': '{party}: {n} data points, held by {holders}.',
  'shopSimulator.summary.data.partyNone': '{party}: none.',
  'shopSimulator.summary.marginal.title': 'What one switch more or less would change',
  'shopSimulator.marginal.add.none':
    'If you had also allowed {category}, you would have gained {experiences}, and shared nothing more.',
  'shopSimulator.marginal.add.one':
    'If you had also allowed {category}, you would have gained {experiences}, and shared {n} more data point, with {holders}.',
  'shopSimulator.marginal.add.other':
    'If you had also allowed {category}, you would have gained {experiences}, and shared {n} more data points, with {holders}.',
  'shopSimulator.marginal.lose.none':
    'Without {category}, you would have lost {experiences}, and shared the same data.',
  'shopSimulator.marginal.lose.one':
    'Without {category}, you would have lost {experiences}, and shared {n} data point fewer, with {holders}.',
  'shopSimulator.marginal.lose.other':
    'Without {category}, you would have lost {experiences}, and shared {n} data points fewer, with {holders}.',
  'shopSimulator.marginal.quoted': '“{name}”',
  'shopSimulator.marginal.nothingVisible': 'nothing you would see',

  'shopSimulator.live':
    'Step {step} of {steps}. With your choices: {gained} of {total} experiences, {points}, {companies}.',
  'shopSimulator.live.points.one': '{n} data point',
  'shopSimulator.live.points.other': '{n} data points',
  'shopSimulator.live.companies.one': '{n} company besides the shop',
  'shopSimulator.live.companies.other': '{n} companies besides the shop',

  'shopSimulator.settings.title': 'More settings: the brand, the browser, the privacy signal',
  'shopSimulator.policy.legend': 'How much {shop} collects',
  'shopSimulator.policy.minimal': 'A minimal brand',
  'shopSimulator.policy.minimal.help': 'It collects only what the experiences you allowed need.',
  'shopSimulator.policy.maximal': 'A maximal brand',
  'shopSimulator.policy.maximal.help':
    'It collects everything your consent allows, needed or not, as many sites do. Some of it, such as passing data to a data broker to resell with no end date, would probably be unlawful under a generic advertising consent.',
  'shopSimulator.browser.legend': '{name}’s browser',
  'shopSimulator.browser.allows': 'Allows third-party cookies',
  'shopSimulator.browser.allows.help':
    'Like Chrome by default: an ad network recognises the same browser on every site that carries its code.',
  'shopSimulator.browser.blocks': 'Blocks third-party cookies',
  'shopSimulator.browser.blocks.help':
    'Like Safari by default: ad networks can no longer link visits across sites with their own cookies, and what scripts store on the shop lasts only 7 days after the last visit. Firefox also stops the linking, with a separate cookie jar for each site.',
  'shopSimulator.gpc.legend': 'Global Privacy Control',
  'shopSimulator.gpc.label': 'Send the Global Privacy Control signal',
  'shopSimulator.gpc.help':
    'A signal from the browser that says “do not sell or share my data”; California requires shops to honour it.',
} as const;
