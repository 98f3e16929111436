import type { shopSimulator as english } from '../en/shop-simulator';

/** Chaînes françaises de l'espace `shopSimulator`, écrites pour des lecteurs français. */
export const shopSimulator = {} as const satisfies Record<keyof typeof english, string>;
