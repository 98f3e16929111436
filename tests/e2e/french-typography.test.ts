/**
 * Every French page, as built, is set as French readers expect (support/french-typography.ts):
 * its text, its accessible names and its description. Code, and anything marked in another
 * language (an English report's title in a source list), is left out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import { typographyFaults } from './support/french-typography';
import { builtPages, distDir } from './support/site';

interface HtmlNode {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
}

const notProse = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'template']);
const spokenAttributes = new Set(['aria-label', 'alt', 'title', 'placeholder']);

/** The French texts of a page: text runs (each with the two characters before it) and spoken attributes. */
function frenchTexts(html: string): string[] {
  const texts: string[] = [];
  let before = '';
  const visit = (node: HtmlNode, lang: string) => {
    const own = node.attrs?.find((a) => a.name === 'lang')?.value ?? lang;
    if (notProse.has(node.nodeName) || !own.startsWith('fr')) {
      before = '';
      return;
    }
    for (const attr of node.attrs ?? []) if (spokenAttributes.has(attr.name)) texts.push(attr.value);
    if (node.nodeName === 'meta' && node.attrs?.some((a) => a.name === 'name' && a.value === 'description')) {
      texts.push(node.attrs.find((a) => a.name === 'content')?.value ?? '');
    }
    if (node.nodeName === '#text' && node.value) {
      // A mark right after an element (<strong>Obtenu</strong>:, l'<a>IAB</a>) is judged with what precedes it.
      texts.push(before + node.value);
      before = (before + node.value).slice(-2);
    }
    for (const child of node.childNodes ?? []) visit(child, own);
    if (node.content) visit(node.content, own);
  };
  visit(parse(html), 'fr');
  return texts;
}

const frenchPages = builtPages().filter((path) => path.startsWith('/fr/'));

describe('French typography', () => {
  test('the French pages are all there to check', () => {
    expect(frenchPages.length).toBeGreaterThan(50);
  });

  test.each(frenchPages)('%s', (path) => {
    const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
    const faults = frenchTexts(html).flatMap(typographyFaults);
    expect(faults).toEqual([]);
  });
});
