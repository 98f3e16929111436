/**
 * English UI strings of the `dataFlow` namespace: the diagram of who holds the shopper's data
 * (the shop, its named partners, third parties) and the same information as a list.
 * Translators: keep every `{placeholder}`. `{name}` is a person's or a company's name; `{n}` a
 * number; `.one` and `.other` are the plural forms chosen by `Intl.PluralRules`. The diagram's
 * texts must stay short: a box is about 20 characters wide.
 */
export const dataFlow = {
  'dataFlow.title': 'Who holds {name}’s data',
  'dataFlow.intro':
    'Each box is a company. The number says how many pieces of information about {name} it holds so far.',
  'dataFlow.you': '{name}',
  'dataFlow.you.role': 'the shopper',
  'dataFlow.points.one': '{n} data point',
  'dataFlow.points.other': '{n} data points',
  'dataFlow.nothingYet': 'nothing yet',
  'dataFlow.column.second': 'Partners',
  'dataFlow.column.third': 'Third parties',
  'dataFlow.diagram.label': 'Diagram of who holds {name}’s data. {holders}',
  'dataFlow.diagram.holder': '{name}, {kind}: {points}.',
  'dataFlow.legend.first': 'Solid line: the shop itself',
  'dataFlow.legend.second': 'Dashed line: a partner the shop names',
  'dataFlow.legend.third': 'Dotted line: an ad network or data broker',

  'dataFlow.list.title': 'Holder by holder',
  'dataFlow.point.category': 'Collected under',
  'dataFlow.point.purpose': 'Why',
  'dataFlow.point.basis': 'Legal basis',
  'dataFlow.point.retention': 'Kept for',
  'dataFlow.basis.contract': 'Contract',
  'dataFlow.basis.legitimate-interest': 'Legitimate interest',
  'dataFlow.basis.consent': 'Consent',
  'dataFlow.basis.legal-obligation': 'Legal obligation',

  'dataFlow.status': '{points} about {name}, held by {holders}; {shared} of them outside the shop.',
  'dataFlow.holders.one': '{n} company',
  'dataFlow.holders.other': '{n} companies',

  'dataFlow.controls.legend': 'What {name} accepts (untick a category to compare)',
} as const;
