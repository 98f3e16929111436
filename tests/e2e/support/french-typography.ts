/**
 * French typography as French readers expect it on screen: a curly apostrophe, and a
 * no-break space before « : ; ! ? » and inside « ». A plain space there lets a line break
 * leave the colon or the closing guillemet alone at the start of a line; a straight
 * apostrophe reads as code. Pure: it knows strings, not files or pages.
 */

export interface TypographyFault {
  rule: 'apostrophe' | 'space-before' | 'space-after' | 'space-inside-guillemets';
  /** The fault with a few characters either side, to find it in the source. */
  excerpt: string;
}

const rules: { rule: TypographyFault['rule']; pattern: RegExp }[] = [
  // A straight apostrophe between letters: « l'eau », « aujourd'hui ».
  { rule: 'apostrophe', pattern: /\p{L}'\p{L}/gu },
  // A plain space before a double mark or a closing guillemet: « Obtenu : », « oui ? ».
  { rule: 'space-before', pattern: / [:;!?»]/gu },
  // No space at all before a double mark that ends a phrase: « Obtenu: ». A mark with text
  // straight after it is not prose punctuation (ECLI:EU:C:2024:214, https://, ?a=1).
  { rule: 'space-before', pattern: /[\p{L}\p{N})\]’"][:;!?](?=\s|$)/gu },
  // A double mark set as punctuation, glued to the next word: « partie : la » written « partie :la ».
  { rule: 'space-after', pattern: /[\u00a0\u202f][:;!?](?=[\p{L}\p{N}])/gu },
  // A plain space, or none, after an opening guillemet.
  { rule: 'space-inside-guillemets', pattern: /«(?: |\p{L})/gu },
];

/** The faults of one piece of French text; none when it is set as French readers expect. */
export function typographyFaults(text: string): TypographyFault[] {
  return rules.flatMap(({ rule, pattern }) =>
    [...text.matchAll(pattern)].map((match) => ({
      rule,
      excerpt: text.slice(Math.max(0, match.index - 24), match.index + match[0].length + 24),
    })),
  );
}
