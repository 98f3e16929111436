import type { simulatorPage as english } from '../en/simulator-page';

/** Chaînes françaises de l'espace `simulatorPage`, écrites pour des lecteurs français. */
export const simulatorPage = {} as const satisfies Record<keyof typeof english, string>;
