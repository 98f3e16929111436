/** `client:painted` and `client:painted="visible"` (painted-directive.ts) in Astro's templates. */
declare module 'astro' {
  interface AstroClientDirectives {
    'client:painted'?: boolean | 'visible';
  }
}

export {};
