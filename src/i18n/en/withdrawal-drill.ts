/**
 * English UI strings of the withdrawal drill (`withdrawalDrill.*`): two mock shops where the visitor
 * takes back the yes Maya gave yesterday, counting the steps each design makes her take.
 * Translators: keep every `{placeholder}`; `.one` / `.other` pairs follow the plural rules.
 */
export const withdrawalDrill = {
  'withdrawalDrill.intro':
    'Yesterday {persona} clicked “Accept all” on {shop}. Today she changes her mind. In each shop below, find how to take her yes back. Every click counts as a step.',
  'withdrawalDrill.shop.fair.title': 'Shop A: settings on every page',
  'withdrawalDrill.shop.fair.explanation': 'A “Cookie settings” link sits at the top of every page.',
  'withdrawalDrill.shop.fair.source': 'withdrawing must be as easy as giving consent (GDPR, Article 7(3)).',
  'withdrawalDrill.shop.hidden.title': 'Shop B: settings tucked away',
  'withdrawalDrill.shop.hidden.explanation':
    'No link at the top. The settings wait at the end of the privacy policy, two pages from the footer, and a last screen asks “Are you sure?”.',
  'withdrawalDrill.shop.hidden.source':
    'France’s CNIL expects people to be able to withdraw easily, at any time (CNIL recommendation on cookies, 2020).',
  'withdrawalDrill.source': 'Source: {source}',
  'withdrawalDrill.mockLabel': 'Example shop, not a real one',
  'withdrawalDrill.screen': '{shop}, {page}',
  'withdrawalDrill.menu': 'Shop menu',
  'withdrawalDrill.footer': 'Shop footer',
  'withdrawalDrill.cookieSettings': 'Cookie settings',
  'withdrawalDrill.page.home': 'Home',
  'withdrawalDrill.page.product': 'Rain jackets',
  'withdrawalDrill.page.cart': 'Cart',
  'withdrawalDrill.page.help': 'Help',
  'withdrawalDrill.page.legal': 'Legal information',
  'withdrawalDrill.page.terms': 'Terms of sale',
  'withdrawalDrill.page.policy': 'Privacy policy',
  'withdrawalDrill.page.settings': 'Your privacy settings',
  'withdrawalDrill.page.confirm': 'Are you sure?',
  'withdrawalDrill.text.home': 'New this week: jackets for wet weekends.',
  'withdrawalDrill.text.product': 'Rain jacket, 89 euros. Sizes S to XL.',
  'withdrawalDrill.text.cart': 'Your cart is empty.',
  'withdrawalDrill.text.help':
    'Where is my order? How do I send an item back? Write to us, and we answer within two days.',
  'withdrawalDrill.text.legal': 'Who we are, the terms of sale, and how we use your data.',
  'withdrawalDrill.text.terms': 'Prices include taxes. You can send an item back within 30 days.',
  'withdrawalDrill.text.policy':
    'We care about your privacy. We and our partners use cookies and similar technologies to improve your experience, measure our audience and show you offers that suit you. Depending on your choices, some of your data may be shared with our partners.',
  'withdrawalDrill.text.policyEnd': 'You can change your mind at any time:',
  'withdrawalDrill.policyLink': 'manage my preferences',
  'withdrawalDrill.text.settings': 'Your choices from yesterday are kept below.',
  'withdrawalDrill.acceptAll': 'Accept all',
  'withdrawalDrill.save': 'Confirm my choices',
  'withdrawalDrill.text.confirm': 'If you turn these off, you will miss offers chosen just for you.',
  'withdrawalDrill.keepOffers': 'Keep my offers',
  'withdrawalDrill.continue': 'Continue anyway',
  'withdrawalDrill.fewest': 'Fewest steps to take it back: {n}',
  'withdrawalDrill.steps.one': 'Steps so far: {n}',
  'withdrawalDrill.steps.other': 'Steps so far: {n}',
  'withdrawalDrill.done.one': 'Consent taken back, in {n} step.',
  'withdrawalDrill.done.other': 'Consent taken back, in {n} steps.',
  'withdrawalDrill.stillOn.one': 'Not everything was taken back: after {n} step, still on: {list}.',
  'withdrawalDrill.stillOn.other': 'Not everything was taken back: after {n} steps, still on: {list}.',
  'withdrawalDrill.closed': 'The settings are closed.',
  'withdrawalDrill.reset': 'Start again',
  'withdrawalDrill.table.caption': 'Steps to take a yes back',
  'withdrawalDrill.table.shop': 'Shop',
  'withdrawalDrill.table.fewest': 'Fewest possible',
  'withdrawalDrill.table.taken': 'Your steps',
  'withdrawalDrill.table.notYet': 'not done yet',
} as const;
