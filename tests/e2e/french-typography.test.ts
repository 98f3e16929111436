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
/** Elements a line of text runs through; any other element starts and ends a run. */
const inline = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'em',
  'i',
  'mark',
  'q',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
]);

/** The French texts of a page: text runs (each with the two characters before it in its line) and spoken attributes. */
function frenchTexts(html: string): { text: string; before: string }[] {
  const texts: { text: string; before: string }[] = [];
  let before = '';
  const visit = (node: HtmlNode, lang: string) => {
    const own = node.attrs?.find((a) => a.name === 'lang')?.value ?? lang;
    if (notProse.has(node.nodeName) || !own.startsWith('fr')) {
      before = '';
      return;
    }
    for (const attr of node.attrs ?? [])
      if (spokenAttributes.has(attr.name)) texts.push({ text: attr.value, before: '' });
    if (node.nodeName === 'meta' && node.attrs?.some((a) => a.name === 'name' && a.value === 'description')) {
      texts.push({ text: node.attrs.find((a) => a.name === 'content')?.value ?? '', before: '' });
    }
    if (node.nodeName === '#text' && node.value) {
      // A mark right after an element (<strong>Obtenu</strong>:, l'<a>IAB</a>) is judged with what precedes it.
      texts.push({ text: node.value, before });
      before = (before + node.value).slice(-2);
    }
    const block = node.nodeName !== '#text' && !inline.has(node.nodeName);
    if (block) before = '';
    for (const child of node.childNodes ?? []) visit(child, own);
    if (node.content) visit(node.content, own);
    if (block) before = '';
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
    const faults = frenchTexts(html).flatMap(({ text, before }) => [
      ...typographyFaults(before + text).filter((fault) => fault.rule !== 'space-after'),
      // What follows a mark is judged within its own text: two spans can be two lines.
      ...typographyFaults(text).filter((fault) => fault.rule === 'space-after'),
    ]);
    expect(faults).toEqual([]);
  });
});
