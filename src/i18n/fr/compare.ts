import type { compare as english } from '../en/compare';

/** Chaînes françaises de l'espace `compare`, écrites pour des lecteurs français. */
export const compare = {} as const satisfies Record<keyof typeof english, string>;
