/**
 * The letter builder's state: what the visitor picked and typed, and the letter that follows from it.
 * The letter itself is computed by `letter.ts`; this class only holds the inputs.
 *
 * Lifecycle: created when the island mounts, gone when the page closes. Nothing here is stored or
 * sent; a dated note is kept only through `request-notes.ts`, when the visitor asks.
 */
import type { Locale } from '~/i18n';
import { isIsoDate, type IsoDate } from './dates';
import { asksFor, buildLetter, firstDue, mailtoLink, type Ask, type Law, type Stage } from './letter';
import { loadLetterWords } from './letter-words/load';
import type { LetterWords } from './letter-words/types';
import type { NewNote } from './request-notes';

/** The requests ticked when the page opens: access under the GDPR, the right to know under the CCPA. */
export const defaultAsks: readonly Ask[] = ['access', 'know'];

/** What the builder reads from the island's props. */
export interface LetterBuilderStateProps {
  /** The words of the page's language, which the server passed in. */
  words: LetterWords;
}

export class LetterBuilderState {
  readonly #props: () => LetterBuilderStateProps;
  /** The law the letter rests on. */
  law = $state.raw<Law>('gdpr');
  /** The requests ticked, of both laws: switching law and back keeps each law's ticks. */
  asks = $state.raw<readonly Ask[]>(defaultAsks);
  /** A first letter or a reminder. */
  stage = $state.raw<Stage>('request');
  /** The language picked for the letter, the page's until the visitor picks another. */
  locale = $state.raw<Locale>('en');
  /** The words of each language loaded so far: the page's from the start, another once picked. */
  words = $state.raw<Partial<Record<Locale, LetterWords>>>({});
  company = $state.raw('');
  contact = $state.raw('');
  identity = $state.raw('');
  name = $state.raw('');
  /** The date inputs' values: `YYYY-MM-DD`, or empty. */
  date = $state.raw('');
  firstSent = $state.raw('');

  /** The words the letter is written in: the picked language's once loaded, the page's until then. */
  readonly letterWords = $derived.by(() => this.words[this.locale] ?? this.#props().words);

  /** The letter, as the inputs stand. */
  readonly letter = $derived(
    buildLetter(
      {
        law: this.law,
        asks: this.asks,
        stage: this.stage,
        company: this.company,
        contact: this.contact,
        identity: this.identity,
        name: this.name,
        date: dateOrNull(this.date),
        firstSent: this.stage === 'reminder' ? dateOrNull(this.firstSent) : null,
      },
      this.letterWords,
    ),
  );

  /** The mail link and whether it is long for some mail programs. */
  readonly mail = $derived(mailtoLink(this.letter, this.contact));

  /** The requests of the chosen law, in the letter's order. */
  readonly chosen = $derived(asksFor(this.law, this.asks));

  /** The note this letter would make, or null while a request or the date is missing. */
  readonly note = $derived.by((): NewNote | null => {
    const sent = dateOrNull(this.stage === 'reminder' ? this.firstSent : this.date);
    const due = firstDue(this.letter.deadlines);
    if (!sent || !due || this.chosen.length === 0) return null;
    return { law: this.law, asks: this.chosen, company: this.company, sent, due };
  });

  /** Starts with the page's language and its words, which the server passed in (`props`, read through a getter). */
  constructor(props: () => LetterBuilderStateProps) {
    this.#props = props;
    const { words } = props();
    this.locale = words.locale;
    this.words = { [words.locale]: words };
  }

  /** Writes the letter in `locale`, loading its words first if they are not here yet. */
  async pickLanguage(locale: Locale) {
    const before = this.locale;
    this.locale = locale;
    if (this.words[locale]) return;
    try {
      const words = await loadLetterWords(locale);
      this.words = { ...this.words, [locale]: words };
    } catch {
      // Offline without a copy of that file: the letter stays in the language it was in.
      this.locale = before;
    }
  }

  /** Ticks or unticks one request. */
  setAsk(ask: Ask, on: boolean) {
    this.asks = on ? [...this.asks.filter((other) => other !== ask), ask] : this.asks.filter((other) => other !== ask);
  }
}

/** A date input's value as a date, or null when it is empty or not a real date. */
function dateOrNull(value: string): IsoDate | null {
  return isIsoDate(value) ? value : null;
}
