/**
 * The one line the presenter windows run before their body is drawn: it marks `<html>` as
 * presenting, so the slides appear in their full-window layout at once instead of as a long
 * page that jumps into place when the deck's script arrives (a layout shift of 0.26 on a
 * phone). The deck's element sets the same class; without JavaScript neither runs and the
 * slides follow one another. Constant, so the build names it in the CSP by one hash
 * (`src/integrations/first-paint.ts`).
 */
export const presentingFlag = "document.documentElement.classList.add('presenting')";
