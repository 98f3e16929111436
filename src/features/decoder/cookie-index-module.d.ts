/** The cookie index built at build time (see build/cookie-index-integration.ts). */
declare module 'virtual:decoder-cookie-index' {
  const index: import('./decode/cookie-index').CookieIndex;
  export default index;
}
