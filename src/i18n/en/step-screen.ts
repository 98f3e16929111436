/**
 * English UI strings of the drawn mock screens (`src/features/step-screens/`), used by the shop
 * simulator, its embed, presenter mode and the home page. Translators: keep every `{placeholder}`;
 * `{name}` is the fictional shopper or an experience's name, `{shop}` the shop, `{categories}` a
 * list of category names.
 */
export const stepScreen = {
  'stepScreen.label': 'Mock screen: {place}',
  'stepScreen.place.search': 'Search results',
  'stepScreen.place.shop': '{shop}, the shop',
  'stepScreen.place.news-site': 'A news site',
  'stepScreen.place.social-network': 'A social network',
  'stepScreen.place.email': '{name}’s inbox',
  'stepScreen.on': '{name}, shown:',
  'stepScreen.off': '{name}, switched off:',
  'stepScreen.needs': 'Needs {categories}',
  'stepScreen.browser': 'Blocked by the browser',
  'stepScreen.gpc': 'Stopped by the privacy signal',
  'stepScreen.differs': 'Differs',
  'stepScreen.ad': 'Ad',

  'homeTaste.title': 'One moment of the trip, two answers',
  'homeTaste.intro':
    '{name} comes back to {shop} two days after her first visit. The same screen, after “Accept all” and after “Reject all”:',
  'homeTaste.gets': 'What {name} gets over the whole trip',
  'homeTaste.gets.value': '{gained} of {total} experiences',
  'homeTaste.holds': 'Which other companies use data about {name} for their own ends',
  'homeTaste.holds.none': 'none: only the shop and the firms that work for it, such as delivery ({points})',
  'homeTaste.holds.one': '1 company besides the shop ({points})',
  'homeTaste.holds.other': '{n} companies besides the shop ({points})',
  'homeTaste.points.one': '{n} data point in all',
  'homeTaste.points.other': '{n} data points in all',
  'homeTaste.try': 'Try your own answer in the simulator',
} as const;
