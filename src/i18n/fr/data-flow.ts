import type { dataFlow as english } from '../en/data-flow';

/** Chaînes françaises de l'espace `dataFlow`, écrites pour des lecteurs français. */
export const dataFlow = {} as const satisfies Record<keyof typeof english, string>;
