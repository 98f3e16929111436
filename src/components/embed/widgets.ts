/** The widgets a brand can put in an iframe (`/embed/<id>/`), and the full page each one comes from. */
export const embeddableWidgets = {
  'shop-simulator': { titleKey: 'embed.shopSimulator', fullPage: '/simulator/' },
  // The map and the table live inside the simulator, which applies the same preset.
  'tradeoff-map': { titleKey: 'embed.tradeoffMap', fullPage: '/simulator/' },
  compare: { titleKey: 'embed.compare', fullPage: '/simulator/' },
} as const;

export type EmbeddableWidget = keyof typeof embeddableWidgets;
