/**
 * Schemas of the handouts written as content: the data cards (`content/handouts/<locale>/
 * data-cards.yaml`) and the banner walk (`content/handouts/<locale>/banner-walk.yaml`).
 *
 * What is printed to hand out and what only the trainer reads are kept apart: a card says what
 * the data is, and its answers (who holds it, which switch) come from the scenario; a banner
 * script is what the volunteer reads aloud, and its answer is printed on the answer key only.
 */
import { z } from 'astro/zod';

/** One card of the data-card activity. */
const dataCard = z.strictObject({
  /** Id of the data point of the scenario this card stands for; its holder and switch come from there. */
  dataPoint: z.string().regex(/^[a-z0-9-]+$/),
  /** What the card says: the data, in a few words, without naming the kind of party. */
  text: z.string().min(1).max(100),
});

/** The data cards of one locale, numbered in this order. */
export const dataCardsSchema = z.strictObject({
  /** Id of the scenario the cards come from (`content/scenarios/<id>.yaml`). */
  scenario: z.string().default('shopping'),
  /** The cards; 12 to 24 fill two or three printed sheets. */
  cards: z.array(dataCard).min(12).max(24),
});

/** A source the answer of a banner rests on. */
const source = z.strictObject({
  /** What to look up, in a few words. */
  label: z.string().min(1).max(60),
  /** Where to check it. */
  url: z.url(),
});

/** The banner walk of one locale: the scripts, in the order the volunteers stand. */
export const bannerWalkSchema = z.strictObject({
  banners: z
    .array(
      z.strictObject({
        /** The banner's letter, A, B, C... printed large on its script. */
        letter: z.string().regex(/^[A-Z]$/),
        /** What the volunteer reads aloud, in the banner's voice, stage directions included. */
        script: z.string().min(1).max(300),
        /** Whether the banner is fair (green card) or plays a trick (red card). */
        fair: z.boolean(),
        /** For the trainer: why it is fair, or which trick it plays. */
        answer: z.string().min(1).max(300),
        /** The rule or guidance the answer rests on. */
        sources: z.array(source).min(1).max(3),
      }),
    )
    .min(3)
    .max(8)
    .refine((banners) => new Set(banners.map((b) => b.letter)).size === banners.length, {
      message: 'expected every banner to have its own letter',
    }),
});

export type DataCards = z.output<typeof dataCardsSchema>;
export type BannerWalk = z.output<typeof bannerWalkSchema>;
