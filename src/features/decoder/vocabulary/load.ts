/**
 * The decoder's entries as pages read them, from the `decoder` content collection. Build time
 * only (it reads the collection); a file that breaks its schema has already failed the build with
 * the file and the field, and one whose entries do not hold fails it here.
 */
import { getCollection } from 'astro:content';
import { buildDecoderEntries, type DecoderEntry } from './entries';

/** Every entry of the decoder, grouped by vocabulary in the decoder's order. */
export async function getDecoderEntries(): Promise<DecoderEntry[]> {
  const files = await getCollection('decoder');
  return buildDecoderEntries(Object.fromEntries(files.map((file) => [file.id, file.data])));
}
