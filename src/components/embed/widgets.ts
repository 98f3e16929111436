/** The widgets a brand can put in an iframe (`/embed/<id>/`), and the full page each one comes from. */
export const embeddableWidgets = {
  'shop-simulator': { titleKey: 'embed.shopSimulator', fullPage: '/simulator/' },
} as const;

export type EmbeddableWidget = keyof typeof embeddableWidgets;
