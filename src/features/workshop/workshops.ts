/**
 * Queries and small calculations over the `workshops` collection (the facilitator guides),
 * shared by the guide pages and presenter mode, so that ordering, locale filtering and the
 * checks on a guide's references to lessons live in one place.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '~/i18n';

export type Workshop = CollectionEntry<'workshops'>;
export type AgendaBlock = Workshop['data']['agenda'][number];

/** The guides of a locale, in the order of `/workshop/`. */
export async function getWorkshops(locale: Locale): Promise<Workshop[]> {
  const guides = await getCollection('workshops', ({ id }) => id.startsWith(`${locale}/`));
  return guides.sort((a, b) => a.data.order - b.data.order);
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

/**
 * Checks that every lesson a guide names, in `lessons` and in the `slides` of its agenda
 * blocks, exists. A guide is content: a typo there must fail the build with a message naming
 * the file and the field, not leave a presenter without slides on the day.
 */
export function checkReferences(guides: readonly Workshop[], lessonSlugs: ReadonlySet<string>): void {
  for (const guide of guides) {
    const file = guide.filePath ?? guide.id;
    for (const [i, slug] of guide.data.lessons.entries()) {
      if (!lessonSlugs.has(slug)) throw new Error(`${file}: lessons[${i}] names "${slug}", which is not a lesson`);
    }
    for (const [i, block] of guide.data.agenda.entries()) {
      for (const [j, slug] of block.slides.entries()) {
        if (!lessonSlugs.has(slug)) {
          throw new Error(`${file}: agenda[${i}].slides[${j}] names "${slug}", which is not a lesson`);
        }
      }
    }
  }
}
