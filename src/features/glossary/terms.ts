/** The glossary's terms, as pages and handouts list them. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '~/i18n';
import { intlLocale } from '~/widgets/kit/intl';

export type GlossaryTerm = CollectionEntry<'glossary'>;

/** The glossary of a locale, sorted by term as a reader of that language would sort it. */
export async function getGlossary(locale: Locale): Promise<GlossaryTerm[]> {
  const terms = await getCollection('glossary', ({ id }) => id.startsWith(`${locale}/`));
  const collator = new Intl.Collator(intlLocale(locale), { sensitivity: 'base' });
  return terms.sort((a, b) => collator.compare(a.data.term, b.data.term));
}
