import type { consentBanner as english } from '../en/consent-banner';

/** Chaînes françaises de l'espace `consentBanner`, écrites pour des lecteurs français. */
export const consentBanner = {} as const satisfies Record<keyof typeof english, string>;
