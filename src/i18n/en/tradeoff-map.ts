/**
 * English UI strings of the `tradeoffMap` namespace (the trade-off map widget).
 * Translators: keep every `{placeholder}`. "Experiences" are the things the shopper gets
 * (a remembered language, a recommendation...); "shared" means held by partners and third parties.
 */
export const tradeoffMap = {
  'tradeoffMap.caption':
    'The {count} ways to answer the banner, each placed by what the shopper gets (up) and by how much of her data ends up with partners and third parties (right).',
  'tradeoffMap.groupLabel': 'Consent choices on the map',
  'tradeoffMap.xAxis': 'Data points shared with others',
  'tradeoffMap.yAxis': 'Experiences gained, out of {total}',
  'tradeoffMap.rejectAll': 'Reject all',
  'tradeoffMap.acceptAll': 'Accept all',
  'tradeoffMap.selectedMark': 'Selected',
  'tradeoffMap.pointLabel': '{choices}: {experiences} experiences, {shared} data points shared',
  'tradeoffMap.pointGroupLabel': '{count} choices, {choices}: {experiences} experiences, {shared} data points shared',
  'tradeoffMap.keyboardHint':
    'With a keyboard: Tab to the map, then the arrow keys move from choice to choice (right and up towards more sharing), and Enter or Space selects.',
  'tradeoffMap.legend.point': 'A choice. A number means that several choices land on the same spot.',
  'tradeoffMap.legend.selected': 'The selected choice.',
  'tradeoffMap.legend.front':
    'The best trade-offs: for these choices, no other one gives more experiences while sharing as little.',
  'tradeoffMap.announce':
    'Selected {choice}: {experiences} of {total} experiences, {shared} data points shared with others.',

  'tradeoffMap.details.title': 'Selected choice',
  'tradeoffMap.details.granted': 'Granted:',
  'tradeoffMap.details.refused': 'Refused:',
  'tradeoffMap.details.experiences': 'Experiences gained',
  'tradeoffMap.details.outOf': '{n} of {total}',
  'tradeoffMap.details.shared': 'Data points shared with partners and third parties',
  'tradeoffMap.details.dataPoints': 'Data points held in all',
  'tradeoffMap.details.recipients': 'Companies besides the shop that hold data',
  'tradeoffMap.details.recipientsValue': '{n} ({third} third parties)',
  'tradeoffMap.details.storage': 'Cookies and other storage',
  'tradeoffMap.details.storageValue': '{n} ({third} third-party)',
  'tradeoffMap.details.onFront':
    'On the line of best trade-offs: no other choice gives more experiences while sharing as little.',
  'tradeoffMap.details.offFront':
    'Off the line of best trade-offs. {choice} does better: {experiences} experiences for {shared} data points shared.',
  'tradeoffMap.details.sameSpot': '{count} choices land on this spot. Pick one:',

  'tradeoffMap.table.summary': 'The map as a table ({count} choices)',
  'tradeoffMap.table.caption':
    'Every consent choice, from the least data shared with others to the most, then from the most experiences to the fewest.',
  'tradeoffMap.table.choice': 'Choice',
  'tradeoffMap.table.experiences': 'Experiences gained',
  'tradeoffMap.table.shared': 'Data points shared with others',
  'tradeoffMap.table.dataPoints': 'Data points held',
  'tradeoffMap.table.recipients': 'Recipients besides the shop',
  'tradeoffMap.table.front': 'Best trade-off',
  'tradeoffMap.table.yes': 'Yes',
  'tradeoffMap.table.no': 'No',

  'tradeoffMap.explorer.title': 'What {choice} changes in the session',
  'tradeoffMap.explorer.gained': '{persona} gets ({n})',
  'tradeoffMap.explorer.lost': '{persona} misses ({n})',
  'tradeoffMap.explorer.none': 'Nothing: she gets every experience of the session.',
} as const;
