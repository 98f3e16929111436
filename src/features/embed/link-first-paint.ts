/**
 * What an embed shows of its link before its code has read it: the brand that links, and (for the
 * simulator) whether the link answers the banner. The same rules as `cleanBrand` and `readLink`,
 * from the same constants.
 */
// Relative, with its extension: the build's configuration loads this file outside Vite.
import { BRAND_MAX_LENGTH, UNPRINTABLE_PATTERN, consentParamNames } from '../../engine/params.ts';

/** The id of an embed's greeting, which `EmbedPage` renders hidden with an empty `.brand` in it. */
export const greetingId = 'link-greeting';

/**
 * The lines an embed runs before its widget is drawn (placed after its greeting, before the
 * widget). When the link names a brand, it writes the name, cleaned as `cleanBrand` does, into
 * the greeting (as text) and shows it. When the link answers the banner (a consent parameter with
 * a value, as `readLink` counts it), it marks `<html>` with `link-answers`, so the simulator is
 * drawn answered from the first paint (simulator.css). Without them the banner showed, then left
 * when the code had read the link, and the greeting the code then added pushed the widget down
 * (a layout shift of 0.115 at 412 px for the simulator, 0.107 for the trade-off map; 0.0005 and
 * 0 with them). Constant, so the build names it in the CSP by one hash
 * (`src/integrations/first-paint.ts`).
 */
export const embedLinkScript =
  `{const p=new URLSearchParams(location.search),g=document.getElementById(${JSON.stringify(greetingId)}),` +
  `b=Array.from((p.get('brand')??'').replace(/[\\u2028\\u2029]/gu,' ')` +
  `.replace(new RegExp(${JSON.stringify(UNPRINTABLE_PATTERN)},'gu'),'').replace(/\\s+/gu,' ').trim())` +
  `.slice(0,${BRAND_MAX_LENGTH}).join('').trimEnd();` +
  `if(b&&g){g.querySelector('.brand').textContent=b;g.hidden=false}` +
  `${JSON.stringify(consentParamNames)}.some(n=>(p.get(n)??'').trim())` +
  `&&document.documentElement.classList.add('link-answers')}`;
