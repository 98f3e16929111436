/**
 * The widgets a brand can put in an iframe (`/embed/<id>/`, one route file each), the full page
 * each one comes from, and the words of the link to it (which opens in a new tab).
 */
export const embeddableWidgets = {
  'shop-simulator': { titleKey: 'embed.shopSimulator', fullPage: '/simulator/', openKey: 'embed.openSimulator' },
  // The map and the table live inside the simulator, which applies the same preset.
  'tradeoff-map': { titleKey: 'embed.tradeoffMap', fullPage: '/simulator/', openKey: 'embed.openFull' },
  compare: { titleKey: 'embed.compare', fullPage: '/simulator/', openKey: 'embed.openFull' },
} as const;

export type EmbeddableWidget = keyof typeof embeddableWidgets;
