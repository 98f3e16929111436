/**
 * The words of the rights letters, in English and in French. They live with the letter rather than
 * in the UI dictionaries (`src/i18n`) because a letter's language is the visitor's choice, not the
 * page's: an English page can write a French letter. The island receives the page's language as a
 * prop and loads the other one only if the visitor picks it (`load.ts`), so neither costs the page
 * any JavaScript up front; the server and the tests read both from `index.ts`.
 *
 * Writers: plain words, short sentences, one request per paragraph; each legal point names its
 * article or section, so the company can look it up. `{placeholders}` are filled by `letter.ts`;
 * `[brackets]` are the blanks a visitor fills by hand. Both languages have exactly the same keys
 * (the `LetterWords` type holds them to it), and the tests check the article numbers in each.
 */
import type { Locale } from '~/i18n';

/** Every sentence a letter can hold; `{name}` marks where a date, a list or a visitor's field goes. */
export interface LetterWords {
  /** The language these words are in. */
  locale: Locale;
  /** The date line at the top. */
  date: string;
  /** The addressee line. */
  to: string;
  /** The subject line as printed in the letter. */
  subjectLine: string;
  /** Subjects, by law and stage; `{asks}` lists the requests. */
  subjectGdpr: string;
  subjectCcpa: string;
  subjectGdprReminder: string;
  subjectCcpaReminder: string;
  /** Short names of the requests, for the subject. */
  askAccess: string;
  askErasure: string;
  askObjection: string;
  askWithdrawal: string;
  askKnow: string;
  askDelete: string;
  askOptOut: string;
  greeting: string;
  introGdpr: string;
  introCcpa: string;
  /** Reminder opening: `{firstSent}` the first letter's date, `{due}` the deadline that passed. */
  reminderGdpr: string;
  reminderCcpa: string;
  identity: string;
  noAsk: string;
  access: string;
  accessItems: readonly string[];
  accessBeforeErasure: string;
  erasure: string;
  objection: string;
  withdrawal: string;
  know: string;
  knowItems: readonly string[];
  knowSold: string;
  delete: string;
  optOut: string;
  /** Deadlines: `{due}` the date. */
  deadlineGdpr: string;
  deadlineCcpa: string;
  deadlineCcpaOptOut: string;
  nonDiscrimination: string;
  /** The closing line of a reminder, instead of the deadline. */
  closingReminderGdpr: string;
  closingReminderCcpa: string;
  thanks: string;
  signOff: string;
  /** Blanks, shown in square brackets when a field or a date is empty. */
  blankDate: string;
  blankCompany: string;
  blankContact: string;
  blankIdentity: string;
  blankName: string;
  blankFirstSent: string;
  blankDueGdpr: string;
  blankDueCcpa: string;
  blankDueCcpaOptOut: string;
}
