/**
 * The rows of the compare table, worked out from the outcomes of its columns: categories
 * granted, experiences gained or lost, data points held by each kind of party, who holds
 * data besides the shop, and storage. Kept apart from the Svelte file so the table's
 * content can be read and tested as plain data.
 *
 * Pure: reads engine outcomes and the widget's strings, returns plain data; every cell
 * carries its words, so a sign (✓, ✗) is never the only thing that tells cells apart.
 */
import { categoryIds } from '~/engine/categories';
import type { Outcome, PartyKind, Scenario } from '~/engine/types';
import { fill } from '~/i18n/fill';
import type { Labels, Locale } from '~/i18n';

/** The strings the compare widget receives. */
export type CompareLabels = Labels<'compare.' | 'category.' | 'party.' | 'punctuation.'>;

/**
 * What a cell says. `sign` picks the symbol shown before the words (hidden from screen
 * readers, which read the words) and the cell's style.
 */
export interface CompareCell {
  /** The words of the cell. */
  text: string;
  /** The symbol: ✓ gained or granted, ✗ lost or refused, ● holds something, – nothing; none for plain figures. */
  sign?: 'gained' | 'lost' | 'granted' | 'refused' | 'always' | 'holds' | 'nothing';
}

/** One row: a header cell, then one cell per column. */
export interface CompareRow {
  /** Unique in the table; used as key and in tests. */
  id: string;
  /** The row header. */
  header: string;
  /** A short gloss under the header, if any. */
  detail?: string;
  /** One cell per column, in column order. */
  cells: CompareCell[];
}

/** A group of rows under a heading row. */
export interface CompareSection {
  /** What the section is about. */
  id: 'categories' | 'experiences' | 'data' | 'recipients' | 'storage';
  /** Its heading. */
  title: string;
  /** Its rows. */
  rows: CompareRow[];
}

const partyKinds: readonly PartyKind[] = ['first', 'second', 'third'];

/** The table comparing `outcomes` (one per column) of `scenario`, section by section. */
export function compareTable(
  scenario: Scenario,
  outcomes: readonly Outcome[],
  locale: Locale,
  labels: CompareLabels,
): CompareSection[] {
  const experiences = scenario.steps.flatMap((step) => step.experiences);
  const total = experiences.length;

  const categories: CompareRow[] = categoryIds.map((id) => ({
    id: `category-${id}`,
    header: labels[`category.${id}`],
    cells: outcomes.map((outcome): CompareCell => {
      if (id === 'necessary') return { text: labels['category.alwaysOn'], sign: 'always' };
      return outcome.settings.consent.includes(id)
        ? { text: labels['compare.granted'], sign: 'granted' }
        : { text: labels['compare.refused'], sign: 'refused' };
    }),
  }));

  const experienceRows: CompareRow[] = [
    {
      id: 'experiences-gained',
      header: labels['compare.experiencesGained'],
      cells: outcomes.map((o) => ({
        text: fill(labels['compare.outOf'], { n: o.summary.experiencesGained, total }),
      })),
    },
    ...experiences.map((experience) => ({
      id: `experience-${experience.id}`,
      header: experience.name[locale],
      cells: outcomes.map((outcome): CompareCell => {
        const gained = outcome.experiences.some((e) => e.id === experience.id && e.status === 'gained');
        return gained
          ? { text: labels['compare.gained'], sign: 'gained' }
          : { text: labels['compare.lost'], sign: 'lost' };
      }),
    })),
  ];

  const data: CompareRow[] = [
    {
      id: 'data-total',
      header: labels['compare.dataTotal'],
      cells: outcomes.map((o) => ({ text: String(o.summary.dataPoints) })),
    },
    ...partyKinds.map((kind) => ({
      id: `data-${kind}`,
      header: labels[`party.${kind}`],
      detail: labels[`party.${kind}.short`],
      cells: outcomes.map((o) => ({ text: String(o.ledger.filter((e) => e.holder.kind === kind).length) })),
    })),
  ];

  const others = scenario.parties.filter((party) => party.kind !== 'first');
  const recipients: CompareRow[] = [
    {
      id: 'recipients-total',
      header: labels['compare.recipientsTotal'],
      cells: outcomes.map((o) => ({ text: String(o.summary.recipients) })),
    },
    ...others.map((party) => ({
      id: `recipient-${party.id}`,
      header: party.name[locale],
      detail: labels[`party.${party.kind}`],
      cells: outcomes.map((outcome): CompareCell => {
        const n = outcome.ledger.filter((e) => e.holder.id === party.id).length;
        if (n === 0) return { text: labels['compare.nothing'], sign: 'nothing' };
        return { text: fill(labels[n === 1 ? 'compare.holdsOne' : 'compare.holdsMany'], { n }), sign: 'holds' };
      }),
    })),
  ];

  const storage: CompareRow[] = [
    {
      id: 'storage-total',
      header: labels['compare.storageTotal'],
      cells: outcomes.map((o) => ({ text: String(o.summary.storageItems) })),
    },
    {
      id: 'storage-first-party',
      header: labels['compare.storageFirst'],
      cells: outcomes.map((o) => ({ text: String(o.summary.storageItems - o.summary.thirdPartyStorage) })),
    },
    {
      id: 'storage-third-party',
      header: labels['compare.storageThird'],
      cells: outcomes.map((o) => ({ text: String(o.summary.thirdPartyStorage) })),
    },
  ];

  return [
    { id: 'categories', title: labels['compare.section.categories'], rows: categories },
    { id: 'experiences', title: labels['compare.section.experiences'], rows: experienceRows },
    { id: 'data', title: labels['compare.section.data'], rows: data },
    { id: 'recipients', title: labels['compare.section.recipients'], rows: recipients },
    { id: 'storage', title: labels['compare.section.storage'], rows: storage },
  ];
}
