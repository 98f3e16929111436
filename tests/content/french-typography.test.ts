/**
 * The rules French pages are checked against (tests/e2e/french-typography.test.ts checks the
 * built pages), and the French interface strings themselves: some of them only appear after a
 * click, so the built pages alone would not show them.
 */
import { describe, expect, test } from 'vitest';
import { typographyFaults } from '../e2e/support/french-typography';
import { fr } from '~/i18n/fr/index';

const nbsp = '\u00a0';

describe('typographyFaults', () => {
  test('accepts text set the French way', () => {
    expect(typographyFaults(`Ce qu’elle obtient${nbsp}: «${nbsp}Tout refuser${nbsp}»${nbsp}; vraiment${nbsp}?`)).toEqual([]);
  });

  test.each([
    ['a straight apostrophe', "Ce qu'elle obtient", 'apostrophe'],
    ['a plain space before a colon', 'Obtenu : la taille', 'space-before'],
    ['no space before a colon', 'Obtenu: la taille', 'space-before'],
    ['a plain space before a question mark', 'Pouvez-vous refuser ?', 'space-before'],
    ['a plain space inside guillemets', '« Tout refuser »', 'space-inside-guillemets'],
    ['a colon glued to the next word', 'Propriétaire\u00a0:la boutique', 'space-after'],
  ])('finds %s', (_, text, rule) => {
    expect(typographyFaults(text).map((fault) => fault.rule)).toContain(rule);
  });

  test('leaves identifiers and addresses alone', () => {
    expect(typographyFaults('ECLI:EU:C:2024:214, https://example.org/?a=1, 10:30')).toEqual([]);
  });
});

describe('French interface strings', () => {
  test.each(Object.entries(fr))('%s', (_, text) => {
    expect(typographyFaults(text)).toEqual([]);
  });
});
