/**
 * The schema of a slide deck: `content/slides/<locale>/NN-slug.yaml`, one deck per lesson,
 * the same file name as the lesson it presents.
 *
 * Slides are written for a projector, not cut out of the lesson: one idea per slide, a few
 * short lines. The length limits below are what keeps every slide inside a 16:9 screen at
 * 1280×720 and at 1920×1080 without scrolling (the slide type scales with the screen, so one
 * limit serves both); the end-to-end tests measure every slide to prove it. A slide that
 * needs more words is two slides.
 *
 * Every slide has speaker notes. They appear in the presenter view only, never on the screen
 * the audience sees, and never in the printed slides.
 */
import { z } from 'astro/zod';

/** A short source line under a slide that states a fact (law, date, figure, browser behaviour). */
export const slideSource = z.strictObject({
  /** What to look up, in a few words: "GDPR, Art. 7(3)", "WebKit, March 2020". */
  label: z.string().min(1).max(60),
  /** Where a reader can check it. */
  url: z.url(),
});

/** A link that opens the simulator with choices already made. */
export const simulatorLink = z.strictObject({
  /** What the preset shows, e.g. "Reject all". */
  label: z.string().min(1).max(40),
  /** The query string of /simulator/, without `?`, e.g. `consent=preferences,personalization`. */
  query: z.string().max(120),
});

/** A consent profile to compare, as the simulator's URL parameters write it. */
export const profile = z.strictObject({
  /** The column heading, e.g. "Reject all". */
  label: z.string().min(1).max(40),
  /** The query string of /simulator/ for this profile (`consent`, `policy`, `browser`, `gpc`). */
  query: z.string().max(120),
});

/** What every slide has. */
const notesAndSources = {
  /** What to say, ask or point at on this slide; shown in the presenter view only. */
  notes: z.string().min(20).max(700),
  /** The sources of the slide's factual claims, printed small at its foot. */
  sources: z.array(slideSource).max(4).default([]),
};

/** What every slide but the title slide has. */
const common = {
  /** The slide's heading: a few words, at most one line on the screen. */
  title: z.string().min(1).max(70),
  ...notesAndSources,
};

/** The opening slide: the lesson's number and title (from the lesson) and one line on what it is about. */
const titleSlide = z.strictObject({
  kind: z.literal('title'),
  ...notesAndSources,
  /** One sentence under the title: the question the lesson answers. */
  subtitle: z.string().min(1).max(150),
});

/** One sentence in large type, the heading small above it. */
const statementSlide = z.strictObject({
  kind: z.literal('statement'),
  ...common,
  /** The sentence the room should remember. */
  text: z.string().min(1).max(170),
  /** An optional second line in normal type. */
  detail: z.string().min(1).max(200).optional(),
});

/** Two to four short points, as a list. */
const pointsSlide = z.strictObject({
  kind: z.literal('points'),
  ...common,
  /** An optional sentence before the list. */
  lead: z.string().min(1).max(150).optional(),
  /** The points, each a short sentence or phrase. */
  points: z.array(z.string().min(1).max(120)).min(2).max(4),
  /** Numbered (steps, questions in order) rather than bulleted. */
  ordered: z.boolean().default(false),
});

/** Two or three things side by side. */
const columnsSlide = z.strictObject({
  kind: z.literal('columns'),
  ...common,
  /** The columns, left to right. */
  columns: z
    .array(
      z.strictObject({
        /** The column's name, a word or two. */
        heading: z.string().min(1).max(40),
        /** What it says, one or two short sentences. */
        text: z.string().min(1).max(150),
      }),
    )
    .min(2)
    .max(3),
});

/** A small table: a header row and up to six rows, the first cell of each row naming it. */
const tableSlide = z
  .strictObject({
    kind: z.literal('table'),
    ...common,
    /** The column headings, two to four. */
    head: z.array(z.string().min(1).max(30)).min(2).max(4),
    /** The rows; each has one cell per heading. */
    rows: z
      .array(z.array(z.string().min(1).max(60)).min(2).max(4))
      .min(2)
      .max(6),
  })
  .refine((slide) => slide.rows.every((row) => row.length === slide.head.length), {
    message: 'expected every row to have one cell per heading',
    path: ['rows'],
  });

/** A quotation or a sample text, such as a request letter. */
const quoteSlide = z.strictObject({
  kind: z.literal('quote'),
  ...common,
  /** The quoted text. */
  quote: z.string().min(1).max(340),
  /** Who says it, or what it is. */
  caption: z.string().min(1).max(120).optional(),
});

/**
 * Two or three consent profiles side by side, with the figures the engine computes for the
 * scenario (experiences gained, data points held, companies other than the shop that hold
 * data), so the slide always says what the simulator says.
 */
const outcomesSlide = z.strictObject({
  kind: z.literal('outcomes'),
  ...common,
  /** The profiles, left to right. */
  profiles: z.array(profile).min(2).max(3),
});

/** A widget of the site, drawn on the server for the scenario, where the lesson uses it. */
const widgetSlide = z.strictObject({
  kind: z.literal('widget'),
  ...common,
  /** `tradeoff-map`: every profile by experiences and data shared; `data-flow`: who holds the shopper's data. */
  widget: z.enum(['tradeoff-map', 'data-flow']),
  /** The profile drawn (data flow) or highlighted (map), as the simulator's `consent` parameter writes it. */
  consent: z.string().max(80).default('all'),
  /** One line under the widget: what to look at. */
  caption: z.string().min(1).max(150).optional(),
});

/** A live demonstration: links to the simulator with choices made, each with a QR code for phones. */
const demoSlide = z.strictObject({
  kind: z.literal('demo'),
  ...common,
  /** What to try, in a sentence. */
  text: z.string().min(1).max(150),
  /** One to three presets. */
  links: z.array(simulatorLink).min(1).max(3),
});

/** A question for the room, with its answer behind "Show the answer". */
const questionSlide = z
  .strictObject({
    kind: z.literal('question'),
    ...common,
    /** The question, one sentence. */
    question: z.string().min(1).max(150),
    /** Two to four answers. */
    choices: z.array(z.string().min(1).max(90)).min(2).max(4),
    /** The position of the right answer in `choices`, from 1. */
    answer: z.number().int().positive(),
    /** Why, in one or two sentences, shown with the answer. */
    explanation: z.string().min(1).max(220),
  })
  .refine((slide) => slide.answer <= slide.choices.length, {
    message: 'expected answer to be the position of one of the choices (from 1)',
    path: ['answer'],
  });

/** One slide, told apart by `kind`. */
export const slideSchema = z.discriminatedUnion('kind', [
  titleSlide,
  statementSlide,
  pointsSlide,
  columnsSlide,
  tableSlide,
  quoteSlide,
  outcomesSlide,
  widgetSlide,
  demoSlide,
  questionSlide,
]);

/** A lesson's slides, in order; the first is its title slide. */
export const deckSchema = z.strictObject({
  /** The slides, from the title slide on; six to sixteen make a deck for a 5 to 20 minute block. */
  slides: z
    .array(slideSchema)
    .min(6)
    .max(16)
    .refine((slides) => slides[0]?.kind === 'title', { message: 'expected the first slide to be kind: title' })
    .refine((slides) => slides.slice(1).every((slide) => slide.kind !== 'title'), {
      message: 'expected only the first slide to be kind: title',
    }),
});

export type Slide = z.output<typeof slideSchema>;
export type SlideKind = Slide['kind'];
export type SlideDeck = z.output<typeof deckSchema>;
