/** `client:painted` and `client:seen` (painted-directive.ts, seen-directive.ts). */
declare module 'astro' {
  interface AstroClientDirectives {
    'client:painted'?: boolean;
    'client:seen'?: boolean;
  }
}

export {};
