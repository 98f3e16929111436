/**
 * Queries and small calculations over the `workshops` collection (the facilitator guides),
 * shared by the guide pages and presenter mode, so that ordering, locale filtering and the
 * checks on a guide's references to lessons live in one place.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { slugOf, type Lesson } from '~/components/content';
import type { Locale } from '~/i18n';

export type Workshop = CollectionEntry<'workshops'>;
export type AgendaBlock = Workshop['data']['agenda'][number];

/** The guides of a locale, in the order of `/workshop/`. */
export async function getWorkshops(locale: Locale): Promise<Workshop[]> {
  const guides = await getCollection('workshops', ({ id }) => id.startsWith(`${locale}/`));
  return guides.sort((a, b) => a.data.order - b.data.order);
}

/** A lesson's `##` section: the `id` of its `<h2>` and the heading's text. */
export interface Section {
  id: string;
  title: string;
}

/**
 * The `##` sections of each lesson, by lesson slug. Each section is a slide in presenter mode
 * (section k is slide k + 1, after the title slide), which is why guides and slides both need them.
 */
export async function lessonSections(lessons: readonly Lesson[]): Promise<Map<string, Section[]>> {
  const sections = new Map<string, Section[]>();
  for (const lesson of lessons) {
    const { headings } = await render(lesson);
    sections.set(
      slugOf(lesson.id),
      headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, title: h.text })),
    );
  }
  return sections;
}

/** Minutes as a clock reading from the start of the session: 5 gives `0:05`, 95 gives `1:35`. */
export function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** An agenda block with the minute it starts at, counted from the start of the session. */
export interface TimedBlock extends AgendaBlock {
  /** Minutes from the start when the block begins. */
  start: number;
}

/** The agenda with a running clock, and the minute the session ends. */
export function timedAgenda(agenda: readonly AgendaBlock[]): { blocks: TimedBlock[]; end: number } {
  let start = 0;
  const blocks = agenda.map((block) => {
    const timed = { ...block, start };
    start += block.minutes;
    return timed;
  });
  return { blocks, end: start };
}

/** One speaker note, resolved against the lesson it belongs to. */
export interface SpeakerNote {
  /** Title of the guide that wrote it (several guides can annotate the same slide). */
  guide: string;
  /** The `id` of the section's `<h2>`. */
  section: string;
  note: string;
}

/**
 * Checks that every lesson a guide names exists and that every speaker note points at a real
 * `##` section of its lesson. A guide is content: a typo there must fail the build with a
 * message naming the file and the field, not leave a presenter without notes on the day.
 * `sections` maps each lesson slug to the ids of its `<h2>` headings (from `render()`).
 */
export function checkReferences(guides: readonly Workshop[], sections: ReadonlyMap<string, readonly Section[]>): void {
  for (const guide of guides) {
    const file = guide.filePath ?? guide.id;
    for (const [i, slug] of guide.data.lessons.entries()) {
      if (!sections.has(slug)) throw new Error(`${file}: lessons[${i}] names "${slug}", which is not a lesson`);
    }
    for (const [i, { lesson, section }] of guide.data.speakerNotes.entries()) {
      const known = sections.get(lesson);
      if (!known) throw new Error(`${file}: speakerNotes[${i}].lesson names "${lesson}", which is not a lesson`);
      if (!known.some((heading) => heading.id === section)) {
        throw new Error(`${file}: speakerNotes[${i}].section "${section}" is not a ## heading of ${lesson}`);
      }
    }
  }
}

/** The notes every guide of the locale gives for the slides of one lesson, in guide order. */
export function speakerNotesFor(guides: readonly Workshop[], lessonSlug: string): SpeakerNote[] {
  return guides.flatMap((guide) =>
    guide.data.speakerNotes
      .filter((note) => note.lesson === lessonSlug)
      .map(({ section, note }) => ({ guide: guide.data.title, section, note })),
  );
}
