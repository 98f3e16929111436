/**
 * The decoder's words as content (`content/decoder/<vocabulary>.yaml`): a file that breaks the
 * schema, or an entry that does not hold against the category table, fails with a message that
 * names the file, the entry and what is wrong.
 */
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { buildDecoderEntries } from '~/features/decoder/vocabulary/entries';
import { vocabularyFileSchema, type VocabularyFile } from '~/features/decoder/vocabulary/schema';
import { decoderFiles } from './decoder-content';

/** The real files, with `vocabulary`'s replaced. */
function withFile(vocabulary: string, file: VocabularyFile): Record<string, VocabularyFile> {
  return { ...decoderFiles(), [vocabulary]: file };
}

describe('the decoder schema', () => {
  test('an entry without its French meaning fails, naming the field', () => {
    const result = vocabularyFileSchema.safeParse({
      entries: [{ id: 'ad_storage', names: { en: ['ad_storage'], fr: ['ad_storage'] }, meaning: { en: 'Ads.' } }],
    });
    expect(result.success).toBe(false);
    expect(z.prettifyError(result.error!)).toMatch(/entries\[0\]\.meaning\.fr/);
  });

  test('a misspelt field or category fails, naming it', () => {
    const result = vocabularyFileSchema.safeParse({
      entries: [
        { id: 'onetrust-c0009', names: { en: ['C0009'], fr: ['C0009'] }, meaning: { en: 'x', fr: 'y' }, categorie: [] },
        {
          id: 'onetrust-c0010',
          names: { en: ['C0010'], fr: ['C0010'] },
          meaning: { en: 'x', fr: 'y' },
          categories: ['ads'],
        },
      ],
    });
    const message = z.prettifyError(result.error!);
    expect(message).toMatch(/categorie/);
    expect(message).toMatch(/entries\[1\]\.categories\[0\]/);
  });
});

describe('buildDecoderEntries', () => {
  const purposes = () => decoderFiles()['tcf-purpose'];

  test('refuses a category of its own where the category table already maps the name', () => {
    const file = purposes();
    const [first, ...rest] = file.entries;
    expect(() =>
      buildDecoderEntries(withFile('tcf-purpose', { entries: [{ ...first, categories: ['advertising'] }, ...rest] })),
    ).toThrow('content/decoder/tcf-purpose.yaml, entry "tcf-purpose-1": the category table already maps it');
  });

  test('asks for our reading where the table says nothing', () => {
    const file = decoderFiles()['tcf-feature'];
    const [first, ...rest] = file.entries;
    expect(() =>
      buildDecoderEntries(withFile('tcf-feature', { entries: [{ ...first, categories: undefined }, ...rest] })),
    ).toThrow(/tcf-feature\.yaml, entry "tcf-feature-1": the category table does not map it/);
  });

  test('keeps TCF anchors in step with their numbers, and every anchor unique', () => {
    const file = purposes();
    const moved = { entries: file.entries.map((entry, i) => (i === 0 ? { ...entry, number: 12 } : entry)) };
    expect(() => buildDecoderEntries(withFile('tcf-purpose', moved))).toThrow(/its id is "tcf-purpose-<number>"/);
    const twice = { entries: [...file.entries, file.entries[0]] };
    expect(() => buildDecoderEntries(withFile('tcf-purpose', twice))).toThrow(/"tcf-purpose-1": this id is used twice/);
  });

  test('needs a file for every vocabulary, and an entry for every usual name', () => {
    const files = decoderFiles();
    delete files.onetrust;
    expect(() => buildDecoderEntries(files)).toThrow('content/decoder/onetrust.yaml is missing');
    const usual = decoderFiles().usual;
    expect(() => buildDecoderEntries(withFile('usual', { entries: usual.entries.slice(1) }))).toThrow(
      /usual\.yaml: no entry for the usual name "necessary"/,
    );
  });
});
