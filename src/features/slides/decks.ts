/**
 * The slide decks of the lessons, for the two pages of presenter mode (the audience window
 * `/present/<slug>/` and the presenter view `/present/<slug>/presenter/`), so both build from
 * the same list and the same checks. Build time only: it reads the content collections.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getLessons, slugOf, type Lesson } from '~/features/lessons/content';
import { checkReferences, getWorkshops } from '~/features/workshop/workshops';
import { defaultLocale, locales, type Locale } from '~/i18n';
import { blocksShowing, type BlockTiming } from './timing';

export type Deck = CollectionEntry<'slides'>;

/** What one lesson's presenter pages need. */
export interface PresentProps {
  lesson: Lesson;
  deck: Deck;
  /** The guide blocks that show this lesson, with their timing. */
  blocks: BlockTiming[];
}

/**
 * `getStaticPaths` entries for every lesson in every published locale. A lesson without a deck
 * fails the build with the file it needs: slides are part of a lesson, not an extra.
 */
export async function presentPaths(): Promise<
  { params: { locale: string | undefined; slug: string }; props: PresentProps }[]
> {
  const paths = [];
  for (const locale of locales) {
    const lessons = await getLessons(locale);
    const decks = new Map((await getDecks(locale)).map((deck) => [slugOf(deck.id), deck]));
    const guides = await getWorkshops(locale);
    checkReferences(guides, new Set(lessons.map((lesson) => slugOf(lesson.id))));
    const timing = guides.map((guide) => ({
      slug: slugOf(guide.id),
      title: guide.data.title,
      agenda: guide.data.agenda,
    }));
    for (const lesson of lessons) {
      const slug = slugOf(lesson.id);
      const deck = decks.get(slug);
      if (!deck) {
        const file = (lesson.filePath ?? `${lesson.id}.mdx`).replace(/^(.*\/)?content\/lessons\//, '');
        throw new Error(
          `content/slides/${file.replace(/\.mdx$/, '.yaml')} is missing: every lesson needs a slide deck (see src/features/slides/schema.ts)`,
        );
      }
      paths.push({
        params: { locale: locale === defaultLocale ? undefined : locale, slug },
        props: { lesson, deck, blocks: blocksShowing(timing, slug) },
      });
    }
  }
  return paths;
}

/** The decks of a locale. */
async function getDecks(locale: Locale): Promise<Deck[]> {
  return getCollection('slides', ({ id }) => id.startsWith(`${locale}/`));
}
