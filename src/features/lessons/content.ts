/**
 * Queries over the lessons and the prose pages that pages and components share, so that
 * ordering and locale filtering live in one place (the glossary's are in `~/features/glossary/terms`).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Locale } from '~/i18n';
import { readingMinutes, wordsOf } from '~/features/lessons/reading-time';

export type Lesson = CollectionEntry<'lessons'>;

/** The slug of an entry id such as `en/what-is-a-cookie`. */
export function slugOf(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}

/** Minutes to read a lesson, its knowledge check included, counted from its words. */
export function lessonMinutes(lesson: Lesson): number {
  const quiz = lesson.data.quiz.flatMap((q) => [q.question, ...q.choices.map((c) => c.text), q.explanation]);
  return readingMinutes(wordsOf(lesson.body ?? '') + wordsOf(quiz.join('\n')));
}

/** The lessons of a locale, in curriculum order. */
export async function getLessons(locale: Locale): Promise<Lesson[]> {
  const lessons = await getCollection('lessons', ({ id }) => id.startsWith(`${locale}/`));
  return lessons.sort((a, b) => a.data.order - b.data.order);
}

/** A prose page (`content/pages/<locale>/<id>.mdx`); a missing one fails the build. */
export async function getPage(locale: Locale, id: string) {
  const page = await getEntry('pages', `${locale}/${id}`);
  if (!page) throw new Error(`content/pages/${locale}/${id}.mdx is missing`);
  return page;
}
