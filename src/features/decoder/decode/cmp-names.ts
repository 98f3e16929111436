/**
 * Names of a few widely used consent tools (CMPs), by their IAB Europe CMP id: a short
 * list so the decoder can name the tool behind a TC string without loading anything.
 * Ids and names from IAB Europe's list of registered CMPs (cmp-list.json, last updated
 * 20 March 2025). An id not listed here is shown as a number, never guessed.
 */
export const cmpNames: Readonly<Record<number, string>> = Object.freeze({
  2: 'AppConsent (SFBX)',
  5: 'Usercentrics',
  6: 'Sourcepoint',
  7: 'Didomi',
  10: 'InMobi',
  28: 'OneTrust',
  31: 'consentmanager.net',
  47: 'TrustArc',
  90: 'Commanders Act',
  92: 'Sirdata',
  123: 'iubenda',
  134: 'Cookiebot',
  162: 'Cookie Information',
  260: 'Axeptio',
  279: 'Osano',
  300: 'Google',
  309: 'Kleinanzeigen',
  332: 'Complianz',
  354: 'CookieHub',
  382: 'CookieFirst',
});

/** The name of CMP `id`, or null when the short list does not know it. */
export function cmpName(id: number): string | null {
  return Object.hasOwn(cmpNames, id) ? (cmpNames[id] ?? null) : null;
}
