/**
 * The rights-request letter: from what the visitor picked and typed to a letter in English or
 * French, as blocks a page can draw and as plain text to copy, mail, print or download.
 *
 * Pure: no DOM, no clock, no storage. The date of the letter comes in as an argument (or null,
 * which leaves a blank), and every deadline follows from it. What the visitor typed is cleaned
 * (control characters and bidirectional overrides removed, length capped) and always kept apart
 * from the letter's own words as a `field` segment, so that a page can show it as text and
 * isolate its direction. Nothing here is legal advice: the letter asks, and names the rule.
 */
import type { Locale } from '~/i18n';
import { addBusinessDays, addDays, addMonths, compareDates, formatDate, weekdayOnOrAfter, type IsoDate } from './dates';
import type { LetterWords } from './letter-words/types';

/** The laws a letter can rest on: the EU's GDPR, or California's CCPA as amended by the CPRA. */
export const laws = ['gdpr', 'ccpa'] as const;
export type Law = (typeof laws)[number];

/** What a GDPR letter can ask, in the order the letter asks it. */
export const gdprAsks = ['access', 'erasure', 'objection', 'withdrawal'] as const;
/** What a CCPA letter can ask, in the order the letter asks it. */
export const ccpaAsks = ['know', 'delete', 'opt-out'] as const;
export type GdprAsk = (typeof gdprAsks)[number];
export type CcpaAsk = (typeof ccpaAsks)[number];
export type Ask = GdprAsk | CcpaAsk;

/** The requests each law offers. */
export const asksByLaw: Readonly<Record<Law, readonly Ask[]>> = { gdpr: gdprAsks, ccpa: ccpaAsks };

/** A first request, or a reminder after the deadline passed. */
export type Stage = 'request' | 'reminder';

/** The free-text fields a visitor fills in. */
export type FieldName = 'company' | 'contact' | 'identity' | 'name';

/**
 * The most characters each field keeps. Enough for a long company name, a postal address, a few
 * identifiers; short enough that a letter stays a letter.
 */
export const fieldLimits: Readonly<Record<FieldName, number>> = {
  company: 120,
  contact: 200,
  identity: 500,
  name: 120,
};

/** Only the identifiers may span lines (an account email on one line, a customer number on the next). */
const multiline: Readonly<Record<FieldName, boolean>> = {
  company: false,
  contact: false,
  identity: true,
  name: false,
};

/** What the visitor asked for: everything a letter depends on, but its words. */
export interface LetterRequest {
  /** The law the requests rest on. */
  law: Law;
  /** The requests; those of another law are ignored, and the letter puts them in its own order. */
  asks: readonly Ask[];
  /** A first request or a reminder. */
  stage: Stage;
  /** The company's name, as typed. */
  company: string;
  /** Where to send it: an email address or a postal address, as typed. */
  contact: string;
  /** What identifies the visitor to that company (an account email, a customer number), as typed; optional. */
  identity: string;
  /** The visitor's name for the signature, as typed; optional. */
  name: string;
  /** The date the letter is sent, taken as the day the company receives it; null leaves a blank. */
  date: IsoDate | null;
  /** For a reminder: the date of the first letter, from which the deadlines run; null leaves a blank. */
  firstSent: IsoDate | null;
}

/** A piece of a line: the letter's own words, or what the visitor typed (or a blank where they typed nothing). */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'field'; field: FieldName | 'date' | 'due' | 'firstSent'; text: string; blank: boolean };

/** Ids of the letter's blocks, so tests and pages can tell which paragraphs a letter holds. */
export type BlockId =
  | 'date'
  | 'to'
  | 'subject'
  | 'greeting'
  | 'intro'
  | 'reminder'
  | 'identity'
  | 'no-ask'
  | 'access'
  | 'access-before-erasure'
  | 'erasure'
  | 'objection'
  | 'withdrawal'
  | 'know'
  | 'know-sold'
  | 'delete'
  | 'opt-out'
  | 'deadline'
  | 'deadline-opt-out'
  | 'non-discrimination'
  | 'closing-reminder'
  | 'thanks'
  | 'sign-off';

/** One block of the letter: a paragraph, a paragraph followed by a bulleted list, or address lines. */
export interface Block {
  id: BlockId;
  /** Lines of an address or heading block; a paragraph has one. */
  lines: Segment[][];
  /** The bulleted items that follow the paragraph, if any. */
  items: Segment[][];
}

/** Which deadline a date belongs to. */
export type DeadlineKind = 'gdpr-answer' | 'ccpa-answer' | 'ccpa-opt-out';

/** A deadline that runs from the day the company receives the letter. */
export interface Deadline {
  kind: DeadlineKind;
  /** The last day for the answer, or for stopping the sale and sharing. */
  due: IsoDate;
  /** The last day if the company extends, telling the visitor in time; absent when no extension exists. */
  extendedDue?: IsoDate;
  /** CCPA: the last day to confirm receipt. */
  confirmBy?: IsoDate;
}

/** A letter, ready to draw or to turn into text. */
export interface Letter {
  locale: Locale;
  law: Law;
  stage: Stage;
  /** The requests, in the letter's order. */
  asks: Ask[];
  /** The subject, for an email or the letter's subject line. */
  subject: string;
  blocks: Block[];
  /** The deadlines, counted from the date of the (first) letter; empty when that date is blank. */
  deadlines: Deadline[];
  /** For a reminder: true when, on the reminder's date, the first deadline has not passed yet. */
  early: boolean;
  /** For a reminder: true when it is dated before the first letter it follows up (a typing slip). */
  beforeFirst: boolean;
}

// Characters that must not reach a letter: C0 and C1 controls (a tab becomes a space, a line break
// stays where lines are allowed), and the bidirectional embeddings, overrides and isolates, which
// could reorder the letter's own words around a field (Unicode Bidirectional Algorithm, X1-X8).
// The implicit marks U+200E and U+200F stay: they are how right-to-left names are typed, and the
// page isolates each field anyway.
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * What a letter keeps of a typed field: no control characters or direction overrides, line breaks
 * only in the identifiers (and at most one blank line in a row), spaces trimmed, and at most the
 * field's limit in characters (counted as code points, so no emoji or accent is cut in half).
 */
export function cleanField(text: string, field: FieldName): string {
  let clean = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(controls, '');
  clean = multiline[field] ? clean.replace(/\n{3,}/g, '\n\n') : clean.replace(/\n+/g, ' ');
  clean = clean
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
  const characters = Array.from(clean);
  return characters.length > fieldLimits[field] ? characters.slice(0, fieldLimits[field]).join('').trim() : clean;
}

/** The requests of `law` among `asks`, each once, in the letter's order. */
export function asksFor(law: Law, asks: readonly Ask[]): Ask[] {
  return asksByLaw[law].filter((ask) => asks.includes(ask));
}

/**
 * The deadlines a letter sets, counted from the day the company receives it.
 *
 * - GDPR: one month, extendable by two further months (Article 12(3)); a month ends on the same
 *   date of the next month, or that month's last day, and a period ending on a weekend ends on the
 *   Monday (Regulation 1182/71, Article 3).
 * - CCPA, right to know and to delete: 45 calendar days, extendable once by 45 more (Civil Code
 *   § 1798.130(a)(2)); receipt to be confirmed within 10 business days (11 CCR § 7021).
 * - CCPA, opt-out of sale and sharing: 15 business days (11 CCR § 7026).
 */
export function deadlinesFor(law: Law, asks: readonly Ask[], received: IsoDate): Deadline[] {
  const chosen = asksFor(law, asks);
  if (chosen.length === 0) return [];
  if (law === 'gdpr') {
    return [
      {
        kind: 'gdpr-answer',
        due: weekdayOnOrAfter(addMonths(received, 1)),
        extendedDue: weekdayOnOrAfter(addMonths(received, 3)),
      },
    ];
  }
  const deadlines: Deadline[] = [];
  if (chosen.includes('know') || chosen.includes('delete')) {
    deadlines.push({
      kind: 'ccpa-answer',
      due: addDays(received, 45),
      extendedDue: addDays(received, 90),
      confirmBy: addBusinessDays(received, 10),
    });
  }
  if (chosen.includes('opt-out')) deadlines.push({ kind: 'ccpa-opt-out', due: addBusinessDays(received, 15) });
  return deadlines;
}

/** The first date by which something is due: what a dated note and a reminder count from. */
export function firstDue(deadlines: readonly Deadline[]): IsoDate | null {
  return deadlines.map((deadline) => deadline.due).sort(compareDates)[0] ?? null;
}

const text = (value: string): Segment => ({ kind: 'text', text: value });

/** Splits a sentence with `{placeholders}` into segments, putting each value where its name stands. */
export function fillSegments(template: string, values: Record<string, Segment> = {}): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const value = values[match[1]];
    if (!value) continue;
    if (match.index > last) segments.push(text(template.slice(last, match.index)));
    segments.push(value);
    last = match.index + match[0].length;
  }
  if (last < template.length) segments.push(text(template.slice(last)));
  return segments;
}

function paragraph(id: BlockId, template: string, values?: Record<string, Segment>): Block {
  return { id, lines: [fillSegments(template, values)], items: [] };
}

/** A typed field as a segment: the cleaned text, or the blank that asks for it. */
function typed(field: FieldName, raw: string, blank: string): Segment {
  const value = cleanField(raw, field);
  return value
    ? { kind: 'field', field, text: value, blank: false }
    : { kind: 'field', field, text: blank, blank: true };
}

function dated(field: 'date' | 'due' | 'firstSent', date: IsoDate | null, locale: Locale, blank: string): Segment {
  return date
    ? { kind: 'field', field, text: formatDate(date, locale), blank: false }
    : { kind: 'field', field, text: blank, blank: true };
}

/** A paragraph followed by a bulleted list of plain items. */
function withItems(block: Block, items: readonly string[]): Block {
  return { ...block, items: items.map((item) => [text(item)]) };
}

/** The blocks each request adds to a letter, given every request the letter makes. */
const askBlocks: Record<Ask, (words: LetterWords, asks: readonly Ask[]) => Block[]> = {
  access: (words, asks) => [
    withItems(paragraph('access', words.access), words.accessItems),
    // Asked together, the copy must come first: once erased, there is nothing left to copy.
    ...(asks.includes('erasure') ? [paragraph('access-before-erasure', words.accessBeforeErasure)] : []),
  ],
  erasure: (words) => [paragraph('erasure', words.erasure)],
  objection: (words) => [paragraph('objection', words.objection)],
  withdrawal: (words) => [paragraph('withdrawal', words.withdrawal)],
  know: (words) => [withItems(paragraph('know', words.know), words.knowItems), paragraph('know-sold', words.knowSold)],
  delete: (words) => [paragraph('delete', words.delete)],
  'opt-out': (words) => [paragraph('opt-out', words.optOut)],
};

const askNames: Record<Ask, keyof LetterWords> = {
  access: 'askAccess',
  erasure: 'askErasure',
  objection: 'askObjection',
  withdrawal: 'askWithdrawal',
  know: 'askKnow',
  delete: 'askDelete',
  'opt-out': 'askOptOut',
};

/**
 * Builds the letter for a request, in the language of `words` (`letter-words/`). Same request and
 * words, same letter.
 */
export function buildLetter(request: LetterRequest, words: LetterWords): Letter {
  const { law, stage } = request;
  const { locale } = words;
  const asks = asksFor(law, request.asks);
  const reminder = stage === 'reminder';
  // A reminder counts from the first letter; a first request from its own date.
  const received = reminder ? request.firstSent : request.date;
  const deadlines = received ? deadlinesFor(law, asks, received) : [];
  const answerDeadline = deadlines.find((deadline) => deadline.kind !== 'ccpa-opt-out');
  const optOutDeadline = deadlines.find((deadline) => deadline.kind === 'ccpa-opt-out');
  const due = firstDue(deadlines);

  const subject = reminder
    ? words[law === 'gdpr' ? 'subjectGdprReminder' : 'subjectCcpaReminder']
    : fillText(words[law === 'gdpr' ? 'subjectGdpr' : 'subjectCcpa'], {
        asks: asks.map((ask) => words[askNames[ask]] as string).join(', ') || '…',
      });

  const contact = typed('contact', request.contact, words.blankContact);
  const blocks: Block[] = [
    paragraph('date', words.date, { date: dated('date', request.date, locale, words.blankDate) }),
    {
      id: 'to',
      lines: [fillSegments(words.to, { company: typed('company', request.company, words.blankCompany) }), [contact]],
      items: [],
    },
    paragraph('subject', words.subjectLine, { subject: text(subject) }),
    paragraph('greeting', words.greeting),
    paragraph('intro', words[law === 'gdpr' ? 'introGdpr' : 'introCcpa']),
  ];

  if (reminder) {
    const blankDue =
      law === 'gdpr'
        ? words.blankDueGdpr
        : asks.includes('know') || asks.includes('delete')
          ? words.blankDueCcpa
          : words.blankDueCcpaOptOut;
    blocks.push(
      paragraph('reminder', words[law === 'gdpr' ? 'reminderGdpr' : 'reminderCcpa'], {
        firstSent: dated('firstSent', request.firstSent, locale, words.blankFirstSent),
        due: dated('due', due, locale, blankDue),
      }),
    );
  }

  blocks.push(
    paragraph('identity', words.identity, { identity: typed('identity', request.identity, words.blankIdentity) }),
  );
  if (asks.length === 0) blocks.push(paragraph('no-ask', words.noAsk));

  for (const ask of asks) blocks.push(...askBlocks[ask](words, asks));

  if (reminder) {
    if (asks.length > 0) {
      blocks.push(paragraph('closing-reminder', words[law === 'gdpr' ? 'closingReminderGdpr' : 'closingReminderCcpa']));
    }
  } else if (law === 'gdpr') {
    if (asks.length > 0) {
      blocks.push(paragraph('deadline', words.deadlineGdpr, { due: dated('due', due, locale, words.blankDueGdpr) }));
    }
  } else {
    if (asks.includes('know') || asks.includes('delete')) {
      blocks.push(
        paragraph('deadline', words.deadlineCcpa, {
          due: dated('due', answerDeadline?.due ?? null, locale, words.blankDueCcpa),
        }),
      );
    }
    if (asks.includes('opt-out')) {
      blocks.push(
        paragraph('deadline-opt-out', words.deadlineCcpaOptOut, {
          due: dated('due', optOutDeadline?.due ?? null, locale, words.blankDueCcpaOptOut),
        }),
      );
    }
  }
  if (law === 'ccpa' && asks.length > 0) blocks.push(paragraph('non-discrimination', words.nonDiscrimination));

  blocks.push(paragraph('thanks', words.thanks));
  blocks.push({
    id: 'sign-off',
    lines: [[text(words.signOff)], [typed('name', request.name, words.blankName)]],
    items: [],
  });

  const early = reminder && due !== null && request.date !== null && compareDates(request.date, due) <= 0;
  const beforeFirst =
    reminder &&
    request.firstSent !== null &&
    request.date !== null &&
    compareDates(request.date, request.firstSent) < 0;
  return { locale, law, stage, asks, subject, blocks, deadlines, early, beforeFirst };
}

function fillText(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** A line of segments as plain text. */
export function lineText(line: readonly Segment[]): string {
  return line.map((segment) => segment.text).join('');
}

/**
 * The whole letter as plain text: blocks separated by a blank line, list items as "- " lines.
 * Line breaks are `\n`; `mailtoLink` turns them into the CRLF that mail expects.
 */
export function letterText(letter: Letter): string {
  return letter.blocks
    .map((block) => [...block.lines.map(lineText), ...block.items.map((item) => `- ${lineText(item)}`)].join('\n'))
    .join('\n\n');
}

/**
 * Most mail programs open `mailto:` links of a few thousand characters, but some cut or refuse
 * longer ones; past this length the page suggests copying the letter instead.
 */
export const mailtoComfortLength = 2000;

// A single address, with nothing that could add a header or a second recipient to the link.
const emailPattern = /^[^\s@?&#,;:<>"()[\]\\/]+@[^\s@?&#,;:<>"()[\]\\/]+\.[^\s@?&#,;:<>"()[\]\\/.]{2,}$/;

/** Whether a typed contact is an email address the mail link can be addressed to. */
export function isEmailAddress(contact: string): boolean {
  return emailPattern.test(contact);
}

/**
 * A `mailto:` link with the subject and the body (RFC 6068: percent-encoded, lines ending in CRLF),
 * addressed to the contact when it is an email address, and whether it is longer than
 * `mailtoComfortLength`.
 */
export function mailtoLink(letter: Letter, contact: string): { href: string; long: boolean } {
  const address = cleanField(contact, 'contact');
  const to = isEmailAddress(address) ? address : '';
  // The body leaves out the date, address and subject lines: the mail program has its own.
  const body = letterText({
    ...letter,
    blocks: letter.blocks.filter((block) => !['date', 'to', 'subject'].includes(block.id)),
  });
  const href = `mailto:${to}?subject=${encodeURIComponent(letter.subject)}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`;
  return { href, long: href.length > mailtoComfortLength };
}

/** A file name for the letter as text: law, stage and date, in the letter's language. */
export function letterFileName(letter: Letter, date: IsoDate | null): string {
  const law = letter.locale === 'fr' ? (letter.law === 'gdpr' ? 'rgpd' : 'ccpa') : letter.law;
  const kind =
    letter.locale === 'fr'
      ? letter.stage === 'reminder'
        ? 'relance'
        : 'demande'
      : letter.stage === 'reminder'
        ? 'reminder'
        : 'request';
  return letter.locale === 'fr'
    ? `${kind}-${law}${date ? `-${date}` : ''}.txt`
    : `${law}-${kind}${date ? `-${date}` : ''}.txt`;
}
