/** English names and plain descriptions of the six consent categories, shared by every widget and page. */
export const categories = {
  'category.necessary': 'Strictly necessary',
  'category.preferences': 'Preferences',
  'category.analytics': 'Analytics',
  'category.personalization': 'Personalisation',
  'category.advertising': 'Advertising',
  'category.partners': 'Partners',

  'category.necessary.short':
    'What the shop needs to work at all: your cart, your login, your security, your cookie choice.',
  'category.preferences.short': 'Remembers the settings you picked, such as language, currency and size.',
  'category.analytics.short': 'Counts visits and clicks so the shop learns which pages work and which do not.',
  'category.personalization.short': 'Uses what you looked at on this shop to suggest things you may like.',
  'category.advertising.short': 'Lets ad companies recognise you on other sites and show you ads based on your visits.',
  'category.partners.short': 'Lets the shop share your details with companies it names, for their own offers.',

  'category.alwaysOn': 'Always on',
  'party.first': 'First party',
  'party.second': 'Second party',
  'party.third': 'Third party',
  'party.first.short': 'the shop itself',
  'party.second.short': 'a partner the shop names',
  'party.third.short': 'an ad network or data broker',
  'legalBasis.contract': 'Contract',
  'legalBasis.legitimate-interest': 'Legitimate interest',
  'legalBasis.consent': 'Consent',
  'legalBasis.legal-obligation': 'Legal obligation',
} as const;
