/**
 * The banner decoder's entries: every name it knows, as banners write it, with its plain
 * meaning in English and French and the categories of ours it belongs to.
 *
 * The words are content (`content/decoder/<vocabulary>.yaml`, schema in `./schema.ts`); the
 * mapping to our categories is not. Where the category table (`~/engine/categories`) says how
 * a Consent Mode type or a TCF purpose maps to our categories, the entry takes the mapping from
 * there, so the simulator, the `/choices/` pages and the decoder never disagree. Only the names
 * the table does not cover (one special purpose, the features, the special features, the names
 * consent tools use) carry a mapping of their own, and every one of those is flagged as a
 * judgement.
 *
 * Sources: Google Consent Mode types and the TCF v2.2 names as Google and IAB Europe publish
 * them (English GVL v3 names; the French names are the GVL's French translation); the usual
 * names and OneTrust's default groups as consent tools ship them.
 */
import { categories } from '~/engine/categories';
import type { Category, Localised } from '~/engine/types';
import type { VocabularyEntryData, VocabularyFile } from './schema';
import { usualNames } from './usual-names';

/** A vocabulary banners speak; the decoder groups its list by vocabulary, in this order. */
export type Vocabulary =
  'consent-mode' | 'tcf-purpose' | 'tcf-special-purpose' | 'tcf-feature' | 'tcf-special-feature' | 'usual' | 'onetrust';

/** The vocabularies, in the order the decoder lists them; each is a file of `content/decoder/`. */
export const vocabularies: readonly Vocabulary[] = [
  'consent-mode',
  'tcf-purpose',
  'tcf-special-purpose',
  'tcf-feature',
  'tcf-special-feature',
  'usual',
  'onetrust',
];

/** One name, or one family of names, a banner can show. */
export interface DecoderEntry {
  /** Anchor on `/decoder/` (`ad_storage`, `tcf-purpose-1`, `name-marketing`); stable, brands link to it. */
  id: string;
  vocabulary: Vocabulary;
  /** The number inside its vocabulary (TCF purpose 3), when it has one. */
  number: number | null;
  /** How banners write it, per locale; the first is the heading, the others are synonyms. */
  names: { en: readonly string[]; fr: readonly string[] };
  /** Whether the names are code (`ad_storage`, `C0004`) and should be shown as code. */
  code: boolean;
  /** What it means, in plain words. */
  meaning: Localised;
  /** Our categories it belongs to, in category order; never empty. */
  categories: readonly Category[];
  /** True when the match to our categories is our reading rather than the vocabulary's own definition. */
  judgement: boolean;
}

/** The category table's mapping for an entry, or none when the table does not cover it. */
function tableMapping(vocabulary: Vocabulary, data: VocabularyEntryData) {
  switch (vocabulary) {
    case 'consent-mode':
      return categories.filter((c) => (c.consentMode as readonly string[]).includes(data.id));
    case 'tcf-purpose':
      return categories.filter((c) => data.number !== undefined && c.tcf.purposes.includes(data.number));
    case 'tcf-special-purpose':
      return categories.filter((c) => data.number !== undefined && c.tcf.specialPurposes.includes(data.number));
    default:
      return [];
  }
}

/** One entry of `content/decoder/<vocabulary>.yaml`, resolved; throws with the file and the id when it does not hold. */
function resolveEntry(vocabulary: Vocabulary, data: VocabularyEntryData): DecoderEntry {
  const fail = (why: string) => new Error(`content/decoder/${vocabulary}.yaml, entry "${data.id}": ${why}`);
  const isTcf = vocabulary.startsWith('tcf-');
  if (isTcf && (data.number === undefined || data.id !== `${vocabulary}-${data.number}`)) {
    throw fail(`a TCF entry needs a number, and its id is "${vocabulary}-<number>"`);
  }
  const usual = vocabulary === 'usual' ? usualNames.find((name) => `name-${name.id}` === data.id) : undefined;
  if (vocabulary === 'usual' && !usual) throw fail('no usual name of usual-names.ts has this id (name-<id>)');
  const names = usual?.names ?? data.names;
  if (!names) throw fail('expected names');
  if (usual && data.names) throw fail('the usual names come from usual-names.ts; remove names');

  const mapped = tableMapping(vocabulary, data);
  if (mapped.length > 0 && data.categories) {
    throw fail('the category table already maps it (src/engine/categories.ts); remove categories');
  }
  const own = usual ? [usual.category] : data.categories;
  if (mapped.length === 0 && !own) throw fail('the category table does not map it: give our reading in categories');
  return {
    id: data.id,
    vocabulary,
    number: data.number ?? null,
    names,
    code: data.code,
    meaning: data.meaning,
    categories: mapped.length > 0 ? mapped.map((c) => c.id) : (own ?? []),
    // Our own reading is a judgement. Google defines each Consent Mode type and the table lines
    // them up with ours one to one; a TCF purpose is a judgement where the table calls it interpretive.
    judgement: mapped.length === 0 || (isTcf && mapped.some((c) => c.tcf.mapping === 'interpretive')),
  };
}

/**
 * Every entry of the decoder, grouped by vocabulary in `vocabularies` order, from the files of
 * `content/decoder/` (already checked against their schema). A file missing, an id used twice
 * or an entry that does not hold throws with the file and the entry.
 */
export function buildDecoderEntries(files: Readonly<Partial<Record<string, VocabularyFile>>>): DecoderEntry[] {
  const entries = vocabularies.flatMap((vocabulary) => {
    const file = files[vocabulary];
    if (!file) throw new Error(`content/decoder/${vocabulary}.yaml is missing`);
    return file.entries.map((data) => resolveEntry(vocabulary, data));
  });
  const unknown = Object.keys(files).filter((id) => !(vocabularies as readonly string[]).includes(id));
  if (unknown.length > 0) throw new Error(`content/decoder/${unknown[0]}.yaml is no vocabulary the decoder knows`);
  const seen = new Set<string>();
  for (const { id, vocabulary } of entries) {
    if (seen.has(id)) throw new Error(`content/decoder/${vocabulary}.yaml, entry "${id}": this id is used twice`);
    seen.add(id);
  }
  const missing = usualNames.find((name) => !seen.has(`name-${name.id}`));
  if (missing)
    throw new Error(`content/decoder/usual.yaml: no entry for the usual name "${missing.id}" (name-${missing.id})`);
  return entries;
}

/** The entries of one vocabulary, in their order. */
export function entriesOf(entries: readonly DecoderEntry[], vocabulary: Vocabulary): DecoderEntry[] {
  return entries.filter((entry) => entry.vocabulary === vocabulary);
}
