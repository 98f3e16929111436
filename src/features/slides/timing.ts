/**
 * Which blocks of which facilitator guides show a lesson's slides, and when: what the
 * presenter view shows beside the notes ("block 2 of Cookies in 45 minutes: 8 minutes, from
 * 0:05 to 0:13"). Pure: it takes the guides' data, so tests need no content collection.
 */

/** The parts of a guide the timing needs. */
export interface GuideTimingInput {
  /** The guide's slug (`cookies-in-45-minutes`). */
  slug: string;
  /** The guide's title. */
  title: string;
  /** The agenda, block by block, in order. */
  agenda: readonly { minutes: number; title: string; slides: readonly string[] }[];
}

/** One agenda block that shows the lesson, placed on the session's clock. */
export interface BlockTiming {
  /** The guide's slug. */
  guide: string;
  /** The guide's title. */
  guideTitle: string;
  /** The block's position in the agenda, from 1. */
  block: number;
  /** What happens in the block. */
  title: string;
  /** The block's length in minutes (shared with the other lessons it shows, if any). */
  minutes: number;
  /** Minutes from the start of the session when the block begins. */
  start: number;
  /** Minutes from the start of the session when the block ends. */
  end: number;
  /** The other lessons the same block shows, in order. */
  sharedWith: string[];
}

/** Every block, in guide order then agenda order, whose `slides` name `lessonSlug`. */
export function blocksShowing(guides: readonly GuideTimingInput[], lessonSlug: string): BlockTiming[] {
  const found: BlockTiming[] = [];
  for (const guide of guides) {
    let start = 0;
    for (const [i, block] of guide.agenda.entries()) {
      if (block.slides.includes(lessonSlug)) {
        found.push({
          guide: guide.slug,
          guideTitle: guide.title,
          block: i + 1,
          title: block.title,
          minutes: block.minutes,
          start,
          end: start + block.minutes,
          sharedWith: block.slides.filter((slug) => slug !== lessonSlug),
        });
      }
      start += block.minutes;
    }
  }
  return found;
}
