import type { tradeoffMap as english } from '../en/tradeoff-map';

/** Chaînes françaises de l'espace `tradeoffMap`, écrites pour des lecteurs français. */
export const tradeoffMap = {} as const satisfies Record<keyof typeof english, string>;
