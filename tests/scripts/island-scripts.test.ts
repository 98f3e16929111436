/** The island element's code leaves pages whose islands all wait to be seen, for one shared file. */
import { describe, expect, test } from 'vitest';
import { forFirstPaint, inlineHash } from '../../src/integrations/first-paint';
import { setIslandScriptsAside } from '../../src/integrations/island-scripts';

/** Astro's inline scripts, shortened: a directive announces itself; the element defines astro-island. */
const directive = (name: string) =>
  `(()=>{var d=()=>{};(self.Astro||(self.Astro={})).${name}=d;window.dispatchEvent(new Event("astro:${name}"));})();`;
const element =
  '(()=>{class f extends HTMLElement{}customElements.get("astro-island")||customElements.define("astro-island",f)})();';
const island = (client: string) => `<astro-island uid="Z1" client="${client}" ssr><p>server HTML</p></astro-island>`;

/** A page as Astro writes it: a policy naming its inline scripts, each directive's script, then the element's. */
function page(...directives: string[]): string {
  const scripts = [...directives.map(directive), element];
  const policy = `script-src 'self' ${scripts.map(inlineHash).join(' ')}; style-src 'self'`;
  const first = directives[0];
  const rest = directives.slice(1);
  return [
    `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>`,
    first ? `<script>${directive(first)}</script><script>${element}</script>${island(first)}` : '',
    ...rest.map((name) => `<script>${directive(name)}</script>${island(name)}`),
    '<script>document.documentElement.classList.add("presenting")</script></body></html>',
  ].join('');
}

describe('setIslandScriptsAside', () => {
  test('on a page of client:seen islands, the element’s code goes to a file named by its content, which the directive names', () => {
    const { html, files } = setIslandScriptsAside(page('seen'));
    expect(files.size).toBe(1);
    const [[path, code]] = [...files];
    expect(path).toMatch(/^_astro\/islands\/[0-9a-f]{16}\.js$/);
    expect(code).toBe(element);
    expect(html).not.toContain('customElements.define');
    expect(html).toContain(`<script data-island-element="/${path}">${directive('seen')}</script>`);
    expect(html).toContain('<p>server HTML</p>');
    // Other inline scripts stay as they are.
    expect(html).toContain('<script>document.documentElement.classList.add("presenting")</script>');
  });

  test('pages share the file; each directive script of a page names it', () => {
    const one = setIslandScriptsAside(page('seen'));
    const two = setIslandScriptsAside(page('seen', 'seen'));
    expect([...two.files.keys()]).toEqual([...one.files.keys()]);
    expect(two.html.match(/data-island-element=/g)).toHaveLength(2);
  });

  test('a page with a client:painted island, or without islands, is left as it is', () => {
    for (const html of [page('painted'), page('seen', 'painted'), page()]) {
      expect(setIslandScriptsAside(html)).toEqual({ html, files: new Map() });
    }
  });

  test('the element’s code stays if no directive runs before it to import it', () => {
    const html = `<body><script>${element}</script><script>${directive('seen')}</script>${island('seen')}</body>`;
    expect(setIslandScriptsAside(html).html).toBe(html);
  });

  test('the policy then names the directive’s script, unchanged, and no longer the element’s', () => {
    const html = forFirstPaint(setIslandScriptsAside(page('seen')).html);
    const policy = /content="([^"]*)"/.exec(html)![1];
    expect(policy).toContain(inlineHash(directive('seen')));
    expect(policy).not.toContain(inlineHash(element));
  });
});
