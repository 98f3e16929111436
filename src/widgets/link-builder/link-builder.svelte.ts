/**
 * State of the link builder: what the brand typed, and everything derived from it (the
 * links, the snippets, the QR code). The `.svelte` files only wire inputs to the methods
 * here and render the derived values.
 *
 * Lifecycle: created when the island mounts, gone when the page closes. Nothing is
 * stored or sent: the brand's input lives in these fields only.
 */
import type { EmbeddableWidget } from '~/features/embed/widgets';
import { optionalCategoryIds } from '~/engine/categories';
import { BRAND_MAX_LENGTH } from '~/engine/params';
import type { Category, OptionalCategory } from '~/engine/types';
import type { Labels, Locale } from '~/i18n';
import { fill } from '~/i18n/fill';
import { qrPath } from '~/features/qr-code/qr-path';
import { suggestCategory } from '~/features/decoder/vocabulary/usual-names';
import {
  buildLinks,
  htmlSnippet,
  klaroSnippet,
  orestbidaSnippet,
  tarteaucitronSnippet,
  embedSnippet,
  type NameMapping,
  type SnippetTexts,
} from './links';

/** The strings the island receives. */
export type LinkBuilderLabels = Labels<'linkBuilder.' | 'category.'>;

/** One row of the name table. */
export interface MappingRow extends NameMapping {
  /** Stable key for `{#each}`, never reused. */
  id: number;
  /** True when the category was filled in from the usual names, not picked by the brand. */
  suggested: boolean;
  /** True once the brand picked a category itself: suggestions then leave the row alone. */
  picked: boolean;
}

/** A snippet, ready to show and copy. */
export interface Snippet {
  id: 'html' | 'klaro' | 'orestbida' | 'tarteaucitron' | 'embed';
  code: string;
}

/** How long typing must pause before the new links are announced, in milliseconds. */
const ANNOUNCE_DELAY = 800;

/** What the builder reads from the island's props. */
export interface LinkBuilderStateProps {
  /** The builder's strings. */
  labels: LinkBuilderLabels;
  /** Snippet strings in every language a brand can pick for its links. */
  texts: Record<Locale, SnippetTexts>;
  /** The origin the links start with: the server's canonical one. */
  origin: string;
  /** The language the links start in: the page's. */
  locale: Locale;
}

export class LinkBuilderState {
  /** The brand's name as typed. */
  brandInput = $state.raw('');
  /** The optional categories the banner offers, in category order. */
  offered = $state.raw<OptionalCategory[]>([]);
  /** The brand's own names and our category for each. */
  rows = $state.raw<MappingRow[]>([]);
  /** The language of the pages the links open. */
  locale = $state.raw<Locale>('en');
  /** The widget the iframe snippet embeds. */
  embedWidget = $state.raw<EmbeddableWidget>('shop-simulator');
  /** The site's origin; the server's canonical one until the island runs, then the page's. */
  origin = $state.raw('');
  /** The sentence in the live region. */
  status = $state.raw('');
  /** Which copy button worked last, to show "Copied" next to it. */
  lastCopied = $state.raw<string | null>(null);

  readonly links = $derived(
    buildLinks({
      origin: this.origin,
      locale: this.locale,
      brand: this.brandInput,
      offered: this.offered,
      mappings: this.rows,
      embedWidget: this.embedWidget,
    }),
  );

  readonly snippets: Snippet[] = $derived.by(() => {
    const texts = this.#props().texts[this.locale];
    return [
      { id: 'html', code: htmlSnippet(this.links, texts) },
      { id: 'klaro', code: klaroSnippet(this.links, texts, this.locale) },
      { id: 'orestbida', code: orestbidaSnippet(this.links, texts, this.locale) },
      { id: 'tarteaucitron', code: tarteaucitronSnippet(this.links) },
      { id: 'embed', code: embedSnippet(this.links, texts) },
    ];
  });

  readonly qr = $derived(qrPath(this.links.simulator));

  /** Characters typed, counted as the simulator counts them (code points). */
  readonly brandLength = $derived(Array.from(this.brandInput).length);

  #nextRow = 1;
  #timer: ReturnType<typeof setTimeout> | undefined;

  readonly #props: () => LinkBuilderStateProps;

  /**
   * @param props the island's props, read through a getter; the origin and the language are
   * read once, as starting values the brand then changes.
   */
  constructor(props: () => LinkBuilderStateProps) {
    this.#props = props;
    this.origin = props().origin;
    this.locale = props().locale;
    this.rows = [this.#row('')];
  }

  /** The brand typed its name; the links follow at once, the announcement once typing pauses. */
  setBrand(value: string) {
    this.brandInput = Array.from(value).slice(0, BRAND_MAX_LENGTH).join('');
    this.#announceLater(() => {
      const brand = this.links.brand;
      return brand === null
        ? this.#props().labels['linkBuilder.updatedNoBrand']
        : fill(this.#props().labels['linkBuilder.updatedBrand'], { brand });
    });
  }

  /** Ticks or unticks a category the banner offers. */
  setOffered(category: OptionalCategory, on: boolean) {
    this.offered = optionalCategoryIds.filter((id) => (id === category ? on : this.offered.includes(id)));
    this.#announceSummary();
  }

  /** Picks the language of the pages the links open. */
  setEmbedWidget(widget: EmbeddableWidget) {
    this.embedWidget = widget;
  }

  setLocale(locale: Locale) {
    this.locale = locale;
    this.#announceSummary();
  }

  /** Adds an empty row to the name table and returns its id. */
  addRow(): number {
    const row = this.#row('');
    this.rows = [...this.rows, row];
    return row.id;
  }

  /** Removes a row; the categories it ticked stay ticked. */
  removeRow(id: number) {
    this.rows = this.rows.filter((row) => row.id !== id);
  }

  /**
   * The brand typed a name. Until it picks a category itself, a usual name fills in our
   * closest category, marked as a suggestion, and ticks it: a banner that shows
   * "Marketing" offers advertising.
   */
  setRowName(id: number, ownName: string) {
    this.rows = this.rows.map((row) => {
      if (row.id !== id) return row;
      if (row.picked) return { ...row, ownName };
      const suggestion = suggestCategory(ownName);
      return { ...row, ownName, category: suggestion ?? '', suggested: suggestion !== null };
    });
    const row = this.rows.find((r) => r.id === id);
    if (row?.suggested && row.category !== '') this.#tick(row.category);
  }

  /** The brand picked our category for a row; it is no longer a suggestion. */
  setRowCategory(id: number, category: Category | '') {
    this.rows = this.rows.map((row) => (row.id === id ? { ...row, category, suggested: false, picked: true } : row));
    if (category !== '') this.#tick(category);
  }

  /**
   * Copies `text`: the Clipboard API when the page may use it, otherwise the text is
   * selected (in `element`) and the browser's copy command tried, and failing that the
   * visitor is told to press the keys. Every outcome is announced.
   */
  async copy(key: string, what: string, text: string, element?: HTMLElement | null) {
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      if (element) {
        const selection = window.getSelection();
        selection?.selectAllChildren(element);
        try {
          copied = document.execCommand('copy');
        } catch {
          copied = false;
        }
      }
    }
    this.lastCopied = copied ? key : null;
    this.#announce(
      copied
        ? fill(this.#props().labels['linkBuilder.copiedWhat'], { what })
        : this.#props().labels['linkBuilder.selected'],
    );
  }

  /** Stops a pending announcement (when the island is destroyed). */
  dispose() {
    clearTimeout(this.#timer);
  }

  #row(ownName: string): MappingRow {
    return { id: this.#nextRow++, ownName, category: '', suggested: false, picked: false };
  }

  #tick(category: Category) {
    if (category === 'necessary' || this.offered.includes(category)) return;
    this.setOffered(category, true);
  }

  #announceSummary() {
    const language = this.#props().labels[`linkBuilder.language.${this.locale}`];
    this.#announce(fill(this.#props().labels['linkBuilder.updated'], { n: this.links.categories.length, language }));
  }

  #announceLater(message: () => string) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#announce(message()), ANNOUNCE_DELAY);
  }

  /** Sets the live region; the same sentence twice is still read twice. */
  #announce(message: string) {
    clearTimeout(this.#timer);
    this.status = message === this.status ? `${message}\u00a0` : message;
  }
}
