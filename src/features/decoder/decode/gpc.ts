/**
 * Global Privacy Control as this browser exposes it: `navigator.globalPrivacyControl`
 * is `true` when the person turned the signal on, `false` when the browser supports it
 * and it is off, and absent in browsers without it (W3C, Global Privacy Control).
 */

/** What the page says about this browser's GPC. */
export type GpcState = 'on' | 'off' | 'unsupported';

/** Reads the value of `navigator.globalPrivacyControl`; anything but a boolean counts as unsupported. */
export function readGpc(value: unknown): GpcState {
  if (value === true) return 'on';
  if (value === false) return 'off';
  return 'unsupported';
}
