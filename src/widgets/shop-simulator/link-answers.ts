/**
 * Whether a simulator link answers the banner, decided the same way before the page is drawn
 * (the embed's first-paint flag) and once its code has read the link (`link.ts`).
 */
// Relative, with its extension: the build's configuration loads this file outside Vite.
import { categories } from '../../engine/categories.ts';

/** URL parameters that answer the banner: `consent` and the Consent Mode v2 aliases of optional categories. */
export const consentParamNames: readonly string[] = [
  'consent',
  ...categories.filter((category) => !category.alwaysOn).flatMap((category) => category.consentMode),
];

/**
 * The one line the embedded simulator runs before its body is drawn: when the link answers the
 * banner (a consent parameter with a value, as `readLink` counts it), it marks `<html>` with
 * `link-answers`, so the simulator is drawn answered from the first paint instead of showing the
 * banner and then dropping it when its code has read the link (a layout shift of 0.115 at
 * 412 px; 0.009 with the flag). Not when the link names a brand: the greeting that the code
 * then adds above would push the whole simulator down (0.18), further than the banner's
 * going pulls it up. Constant, so the build names it in the CSP by one hash
 * (`src/integrations/first-paint.ts`).
 */
export const linkAnswersFlag = `{const p=new URLSearchParams(location.search);!(p.get('brand')??'').trim()&&${JSON.stringify(consentParamNames)}.some(n=>(p.get(n)??'').trim())&&document.documentElement.classList.add('link-answers')}`;
