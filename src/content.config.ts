import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parseScenario, type Scenario } from './engine/index';
import { claimSchema } from './features/claims/claims';
import { deckSchema } from './features/slides/schema';
import { bannerWalkSchema, dataCardsSchema } from './features/handouts/schema';
import { vocabularyFileSchema } from './features/decoder/vocabulary/schema';

/** A published source a lesson cites; rendered as a numbered list at the end of the lesson. */
const source = z.object({
  /** Title of the document, as its publisher gives it. */
  title: z.string().min(1),
  /** The title's language when it is not the lesson's (an English report cited in French), for screen readers. */
  lang: z.enum(['en', 'fr']).optional(),
  /** Who published it (a regulator, a court, a browser maker, a newspaper...). */
  publisher: z.string().min(1),
  /** Where a reader can check it. */
  url: z.url(),
  /** When it was published or adopted, ISO format (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD'),
});

/** One possible answer of a knowledge-check question. */
const quizChoice = z.object({
  /** The answer as the learner sees it. */
  text: z.string().min(1),
  /** Whether this answer is right; a question has exactly one right answer. */
  correct: z.boolean().default(false),
});

/** One question of the knowledge check at the end of a lesson. */
const quizQuestion = z
  .object({
    /** The question, one sentence. */
    question: z.string().min(1),
    /** Two to five answers, one of them correct. */
    choices: z.array(quizChoice).min(2).max(5),
    /** Why the right answer is right, shown once the learner answers. */
    explanation: z.string().min(1),
  })
  .refine((q) => q.choices.filter((c) => c.correct).length === 1, {
    message: 'expected exactly one choice with correct: true',
    path: ['choices'],
  });

/** Splits `en/01-what-is-a-cookie.mdx` (or `.yaml`) into its locale and its slug without the order prefix. */
function localisedId({ entry }: { entry: string }): string {
  return entry.replace(/\.(mdx?|yaml)$/, '').replace(/(^|\/)\d+-/, '$1');
}

/**
 * Lessons: `content/lessons/<locale>/NN-slug.mdx`. The number orders the curriculum;
 * the id is `<locale>/<slug>`, and the slug is the same in every locale.
 */
const lessons = defineCollection({
  loader: glob({ base: './content/lessons', pattern: '**/[^_]*.mdx', generateId: localisedId }),
  schema: z.object({
    /** The lesson's title, a plain sentence. */
    title: z.string().min(1),
    /** One or two sentences: what the lesson says, shown on /learn/ and under the title. */
    summary: z.string().min(1),
    /** Position in the curriculum, from 1. */
    order: z.number().int().positive(),
    /** What the learner can do after the lesson, each starting with a verb. */
    objectives: z.array(z.string().min(1)).min(2),
    /** Glossary ids (`content/glossary/<locale>/<id>.md`) the lesson introduces. */
    keyTerms: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
    /** The sources the lesson cites, numbered in this order on the page. */
    sources: z.array(source).min(1),
    /** The knowledge check at the end: at least three questions. */
    quiz: z.array(quizQuestion).min(3),
  }),
});

/** Glossary terms: `content/glossary/<locale>/<id>.md`; the body is the longer explanation. */
const glossary = defineCollection({
  loader: glob({ base: './content/glossary', pattern: '**/[^_]*.md' }),
  schema: z.object({
    /** The term as it is written in running text. */
    term: z.string().min(1),
    /** One line a reader can take away; no full stop needed. */
    short: z.string().min(1),
    /** Ids of other glossary terms worth reading next. */
    related: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  }),
});

/**
 * Prose pages that are not lessons (home, privacy...): `content/pages/<locale>/<id>.mdx`,
 * so every locale's words live in content, not in code.
 */
const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '**/[^_]*.mdx' }),
  schema: z.object({
    /** The page title (the `<h1>` and the document title). */
    title: z.string().min(1),
    /** One or two sentences for search engines and link previews. */
    description: z.string().min(1),
  }),
});

/**
 * Workshop guides for trainers: `content/workshops/<locale>/NN-slug.mdx`. The frontmatter
 * holds what a trainer scans before the session; the body holds the activities, the
 * discussion prompts and how to close.
 */
const workshops = defineCollection({
  loader: glob({ base: './content/workshops', pattern: '**/[^_]*.mdx', generateId: localisedId }),
  schema: z.object({
    /** The guide's title, e.g. "Cookies in 45 minutes". */
    title: z.string().min(1),
    /** One or two sentences: who it is for and what they leave with. */
    summary: z.string().min(1),
    /** Position on /workshop/, from 1. */
    order: z.number().int().positive(),
    /** Who the session is for, in a phrase ("the public, age 14 and up"). */
    audience: z.string().min(1),
    /** Length of the session in minutes; the agenda adds up to it. */
    duration: z.number().int().positive(),
    /** The group size it works for, e.g. "6 to 30". */
    groupSize: z.string().min(1),
    /** What participants can do afterwards, each starting with a verb. */
    goals: z.array(z.string().min(1)).min(2),
    /** What the trainer prepares or brings: room, printouts, links to open. */
    prepare: z.array(z.string().min(1)).min(1),
    /** The session, block by block. */
    agenda: z
      .array(
        z.object({
          /** Length of the block in minutes. */
          minutes: z.number().int().positive(),
          /** What happens, in a few words. */
          title: z.string().min(1),
          /** The kind of block, so a trainer sees the rhythm at a glance. */
          kind: z.enum(['talk', 'activity', 'discussion', 'demo', 'break']),
          /** True when the block needs no device at all (paper, talk, movement). */
          noDevice: z.boolean().default(false),
          /**
           * Slugs of the lessons whose slides this block shows, in order. Their presenter view
           * shows the block's timing beside the notes.
           */
          slides: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
        }),
      )
      .min(3),
    /** Simulator presets to show, as links (and QR codes on the page). */
    presets: z
      .array(
        z.object({
          /** What the preset shows, e.g. "Reject all". */
          label: z.string().min(1),
          /** The query string of /simulator/, without `?`, e.g. `consent=preferences,personalization`. */
          query: z.string(),
          /** What to point out when it is on screen. */
          note: z.string().min(1),
        }),
      )
      .min(2),
    /** Slugs of the lessons the guide uses, in order; each gets a presenter link. */
    lessons: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
  }),
});

/**
 * Slides for presenter mode: `content/slides/<locale>/NN-slug.yaml`, one deck per lesson, with
 * the lesson's file name; the id is `<locale>/<slug>`. `src/features/slides/schema.ts` documents
 * each kind of slide; a lesson without a deck fails the build.
 */
const slides = defineCollection({
  loader: glob({ base: './content/slides', pattern: '**/[^_]*.yaml', generateId: localisedId }),
  schema: deckSchema,
});

/**
 * The data cards of the workshops, one file per locale: `content/handouts/<locale>/data-cards.yaml`
 * (id: the locale). Each card names a data point of the scenario, where its answers come from.
 */
const dataCards = defineCollection({
  loader: glob({
    base: './content/handouts',
    pattern: '*/data-cards.yaml',
    generateId: ({ entry }) => entry.slice(0, entry.indexOf('/')),
  }),
  schema: dataCardsSchema,
});

/** The banner walk's scripts and answers, one file per locale: `content/handouts/<locale>/banner-walk.yaml`. */
const bannerWalk = defineCollection({
  loader: glob({
    base: './content/handouts',
    pattern: '*/banner-walk.yaml',
    generateId: ({ entry }) => entry.slice(0, entry.indexOf('/')),
  }),
  schema: bannerWalkSchema,
});

/**
 * Simulated sessions: `content/scenarios/<id>.yaml`. The engine owns their schema
 * (`src/engine/scenario.ts`); its error names the field path, and Astro adds the file.
 */
const scenarios = defineCollection({
  loader: glob({ base: './content/scenarios', pattern: '*.yaml' }),
  schema: z.unknown().transform((raw, context): Scenario => {
    try {
      return parseScenario(raw);
    } catch (error) {
      context.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
      return z.NEVER;
    }
  }),
});

/**
 * The claims register, `content/claims.yaml`: every time-sensitive claim, where it appears, its
 * sources and the day it was checked (schema and staleness rules in `src/features/claims/claims.ts`;
 * `tests/content/claims.test.ts` fails once a claim is past due).
 */
const claims = defineCollection({
  loader: file('content/claims.yaml'),
  schema: claimSchema,
});

/**
 * The banner decoder's words, one file per vocabulary: `content/decoder/<vocabulary>.yaml` (id:
 * the vocabulary). Schema in `src/features/decoder/vocabulary/schema.ts`; the mapping to our
 * categories comes from the engine's category table (`entries.ts`).
 */
const decoder = defineCollection({
  loader: glob({ base: './content/decoder', pattern: '*.yaml' }),
  schema: vocabularyFileSchema,
});

export const collections = {
  lessons,
  glossary,
  pages,
  workshops,
  slides,
  dataCards,
  bannerWalk,
  scenarios,
  claims,
  decoder,
};
