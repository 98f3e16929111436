/** Islands' bulky props leave the page for shared files, and come back before hydration. */
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { asideMinLength, setPropsAside } from '../../src/integrations/island-props';
import { restoreProps } from '../../src/integrations/restore-props';

/** Astro's escaping of attribute values (astro/dist/runtime/server/escape.js). */
const escape = (text: string) =>
  text.replace(/[&<>'"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' })[c]!);

/** An island as Astro writes it: props flattened to `[type, value]` pairs, escaped into the attribute. */
const island = (client: string, props: Record<string, unknown>) =>
  `<astro-island uid="Z1" component-url="/_astro/A.js" props="${escape(JSON.stringify(props))}" ssr client="${client}" opts="{}"><p>server HTML</p></astro-island>`;

const long = 'x'.repeat(asideMinLength);

/** An element with the attributes the directive reads and writes. */
function element(html: string) {
  const attributes = new Map([...html.matchAll(/\s([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  return {
    dataset: { propsSrc: attributes.get('data-props-src') },
    getAttribute: (name: string) => attributes.get(name) ?? null,
    setAttribute: (name: string, value: string) => attributes.set(name, value),
  } as unknown as HTMLElement;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('setPropsAside', () => {
  test('moves large props to a file named by its content, listed in data-props-src', () => {
    const props = { scenario: [0, { title: [0, `Maya's "rain" jacket & <more> ${long}`] }], locale: [0, 'en'] };
    const { html, files } = setPropsAside(`<main>${island('painted', props)}</main>`);
    expect(files.size).toBe(1);
    const [[path, json]] = [...files];
    expect(path).toMatch(/^_astro\/props\/[0-9a-f]{16}\.json$/);
    expect(JSON.parse(json)).toEqual(props);
    expect(html).toContain(` data-props-src="/${path}"`);
    expect(html).not.toContain(' props=');
    expect(html).toContain('<p>server HTML</p>');
  });

  test('leaves small props, other directives and pages without islands as they are', () => {
    const small = island('seen', { locale: [0, 'en'] });
    const page = `<main>${small}${island('load', { big: [0, long] })}<p props="x">text</p></main>`;
    expect(setPropsAside(page)).toEqual({ html: page, files: new Map() });
  });

  test('two pages with the same island share one file', () => {
    const props = { words: [0, long] };
    const first = setPropsAside(island('seen', props));
    const second = setPropsAside(`<h1>Another page</h1>${island('seen', props)}`);
    expect([...first.files.keys()]).toEqual([...second.files.keys()]);
  });
});

describe('restoreProps', () => {
  test('an island without data-props-src fetches nothing', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const node = element(island('seen', { a: [0, 1] }));
    await restoreProps(node);
    expect(fetch).not.toHaveBeenCalled();
    expect(node.getAttribute('props')).toBe(escape('{"a":[0,1]}'));
  });

  test('whatever the props, the island gets back exactly what Astro wrote', async () => {
    const value = fc.jsonValue().map((v) => [0, v]);
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string({ minLength: 1 }), value), fc.string(), async (props, padding) => {
        const written = { ...props, padding: [0, `${padding}${long}`] };
        const { html, files } = setPropsAside(island('painted', written));
        vi.stubGlobal('fetch', (url: string) =>
          Promise.resolve({ text: () => Promise.resolve(files.get(url.slice(1))) }),
        );
        const node = element(html);
        await restoreProps(node);
        expect(JSON.parse(node.getAttribute('props')!)).toEqual(JSON.parse(JSON.stringify(written)));
      }),
      { numRuns: 200 },
    );
  });

  test('a file that cannot be fetched rejects, so the island is not hydrated', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    const { html } = setPropsAside(island('seen', { words: [0, long] }));
    await expect(restoreProps(element(html))).rejects.toThrow('offline');
  });
});
