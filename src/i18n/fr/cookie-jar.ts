import type { cookieJar as english } from '../en/cookie-jar';

/** Chaînes françaises de l'espace `cookieJar`, écrites pour des lecteurs français. */
export const cookieJar = {} as const satisfies Record<keyof typeof english, string>;
