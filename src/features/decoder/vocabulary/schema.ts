/**
 * The schema of the banner decoder's data: one file per vocabulary banners speak,
 * `content/decoder/<vocabulary>.yaml` (`consent-mode.yaml`, `tcf-purpose.yaml`...), each listing
 * its names in the order the decoder shows them, with their plain meaning in every language.
 *
 * A file holds words, not rules: which of our categories a name belongs to comes from the
 * engine's category table wherever that table says (`entries.ts` reads it), so the simulator,
 * the `/choices/` pages and the decoder never disagree. A file gives `categories` only for a
 * name the table does not cover, and the decoder then shows that mapping as our judgement.
 */
import { z } from 'astro/zod';
import { categoryIds } from '~/engine/categories';
import type { Category } from '~/engine/types';

/** A text in every language of the site. */
const localised = z.strictObject({
  /** The English text. */
  en: z.string().min(1),
  /** The French text, written for French readers. */
  fr: z.string().min(1),
});

/** Names as banners write them in each language: the first is the heading, the others synonyms. */
const names = z.strictObject({
  /** How English banners write it, most common first. */
  en: z.array(z.string().min(1)).min(1),
  /** How French banners write it, most common first. */
  fr: z.array(z.string().min(1)).min(1),
});

/** One name, or one family of names, a banner can show. */
export const vocabularyEntrySchema = z.strictObject({
  /**
   * Its anchor on `/decoder/` (`ad_storage`, `tcf-purpose-1`, `name-marketing`, `onetrust-c0004`):
   * stable, because brands link to it.
   */
  id: z.string().regex(/^[a-z0-9_-]+$/, 'expected lower-case letters, digits, "-" and "_"'),
  /** Its number inside the vocabulary (TCF purpose 3), when it has one; TCF ids end with it. */
  number: z.number().int().positive().optional(),
  /**
   * How banners write it. Absent only in `usual.yaml`, whose names live in `usual-names.ts`
   * because the link builder's island reads them too.
   */
  names: names.optional(),
  /** Whether the names are code (`ad_storage`, `C0004`), shown as code. */
  code: z.boolean().default(false),
  /** What it means, in plain words a 14-year-old can follow. */
  meaning: localised,
  /**
   * Our categories for a name the engine's category table does not cover (a TCF feature, a
   * OneTrust group), in category order. Shown as our judgement, never as the vocabulary's own.
   */
  categories: z
    .array(z.enum(categoryIds as [Category, ...Category[]]))
    .min(1)
    .optional(),
});

/** One vocabulary's file. */
export const vocabularyFileSchema = z.strictObject({
  /** Its names, in the order the decoder lists them (for the TCF, by number). */
  entries: z.array(vocabularyEntrySchema).min(1),
});

export type VocabularyEntryData = z.output<typeof vocabularyEntrySchema>;
export type VocabularyFile = z.output<typeof vocabularyFileSchema>;
