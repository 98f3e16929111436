/**
 * What a simulator link says that the embed shows before its code has read the link: whether the
 * link answers the banner, and the brand that links. The same rules as `readLink` and
 * `cleanBrand`, from the same constants.
 */
// Relative, with their extensions: the build's configuration loads this file outside Vite.
import { categories } from '../../engine/categories.ts';
import { BRAND_MAX_LENGTH, UNPRINTABLE_PATTERN } from '../../engine/params.ts';

/** URL parameters that answer the banner: `consent` and the Consent Mode v2 aliases of optional categories. */
export const consentParamNames: readonly string[] = [
  'consent',
  ...categories.filter((category) => !category.alwaysOn).flatMap((category) => category.consentMode),
];

/** The id of the embed's greeting, which the page renders hidden with an empty `.brand` in it. */
export const greetingId = 'link-greeting';

/**
 * The lines the embedded simulator runs before its body is drawn (placed after its greeting,
 * before the simulator). When the link names a brand, it writes the name, cleaned as
 * `cleanBrand` does, into the greeting (as text) and shows it. When the link answers the banner
 * (a consent parameter with a value, as `readLink` counts it), it marks `<html>` with
 * `link-answers`, so the simulator is drawn answered from the first paint. Without them the
 * banner showed, then left when the code had read the link, and the greeting then pushed the
 * simulator down (a layout shift of 0.115 at 412 px; 0.009 with them). Constant, so the build
 * names it in the CSP by one hash (`src/integrations/first-paint.ts`).
 */
export const brandAndAnswerScript =
  `{const p=new URLSearchParams(location.search),g=document.getElementById(${JSON.stringify(greetingId)}),` +
  `b=Array.from((p.get('brand')??'').replace(/[\\u2028\\u2029]/gu,' ')` +
  `.replace(new RegExp(${JSON.stringify(UNPRINTABLE_PATTERN)},'gu'),'').replace(/\\s+/gu,' ').trim())` +
  `.slice(0,${BRAND_MAX_LENGTH}).join('').trimEnd();` +
  `if(b&&g){g.querySelector('.brand').textContent=b;g.hidden=false}` +
  `${JSON.stringify(consentParamNames)}.some(n=>(p.get(n)??'').trim())` +
  `&&document.documentElement.classList.add('link-answers')}`;
