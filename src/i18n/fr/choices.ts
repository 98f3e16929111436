import type { choices as english } from '../en/choices';

/** Chaînes françaises de l'espace `choices`, écrites pour des lecteurs français. */
export const choices = {} as const satisfies Record<keyof typeof english, string>;
