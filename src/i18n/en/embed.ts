/** English strings of the embedded widgets (`/embed/<widget>/`). */
export const embed = {
  'embed.madeBy': 'An explainer by Data Deal, which stores nothing about you.',
  'embed.openFull': 'Open the full page',
  'embed.openSimulator': 'Open the full simulator',
  'embed.newTab': '(opens in a new tab)',
  'embed.shopSimulator': 'Shop simulator',
  'embed.tradeoffMap': 'Trade-off map',
  'embed.compare': 'Compare consent choices',
} as const;
