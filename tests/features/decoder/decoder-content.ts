/**
 * The decoder's entries read from `content/decoder/` the way the `decoder` collection reads them
 * (every `*.yaml`, checked against its schema), for tests that run without Astro.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import YAML from 'yaml';
import { buildDecoderEntries, type DecoderEntry } from '~/features/decoder/vocabulary/entries';
import { vocabularyFileSchema, type VocabularyFile } from '~/features/decoder/vocabulary/schema';

// From the repository root, where vitest runs: jsdom gives no file: URL to resolve from.
const folder = `${resolve('content/decoder')}/`;

/** Every file of `content/decoder/`, by vocabulary, as the collection holds it. */
export function decoderFiles(): Record<string, VocabularyFile> {
  return Object.fromEntries(
    readdirSync(folder)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => [
        name.replace(/\.yaml$/, ''),
        vocabularyFileSchema.parse(YAML.parse(readFileSync(`${folder}${name}`, 'utf8'))),
      ]),
  );
}

/** Every entry of the decoder, as `/decoder/` lists them. */
export function loadDecoderEntries(): DecoderEntry[] {
  return buildDecoderEntries(decoderFiles());
}
