/** English UI strings of the `consentBanner` namespace. */
export const consentBanner = {} as const;
