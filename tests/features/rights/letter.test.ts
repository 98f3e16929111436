import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Locale } from '~/i18n';
import {
  asksByLaw,
  buildLetter,
  ccpaAsks,
  cleanField,
  deadlinesFor,
  fieldLimits,
  gdprAsks,
  isEmailAddress,
  letterFileName,
  letterText,
  lineText,
  mailtoComfortLength,
  mailtoLink,
  type Ask,
  type FieldName,
  type Law,
  type Letter,
  type LetterRequest,
} from '~/features/rights/letter';
import { letterWords } from '~/features/rights/letter-words';

/** A request and the language to write it in. */
type Written = LetterRequest & { locale: Locale };

const base: Written = {
  locale: 'en',
  law: 'gdpr',
  asks: ['access'],
  stage: 'request',
  company: 'Threadline',
  contact: 'privacy@threadline.example',
  identity: 'Account email: maya@example.com',
  name: 'Maya',
  // A Monday; one month later is Thursday 1 April 2027.
  date: '2027-03-01',
  firstSent: null,
};

/** The blocks every letter opens with. */
const opening = ['date', 'to', 'subject', 'greeting', 'intro', 'identity'];

const letter = (change: Partial<Written> = {}) => {
  const { locale, ...request } = { ...base, ...change };
  return buildLetter(request, letterWords[locale]);
};
const ids = (result: Letter) => result.blocks.map((block) => block.id);
const blockText = (result: Letter, id: string) => {
  const block = result.blocks.find((candidate) => candidate.id === id);
  if (!block) throw new Error(`no block ${id} in ${ids(result).join(', ')}`);
  return [...block.lines.map(lineText), ...block.items.map(lineText)].join('\n');
};

describe('GDPR letters', () => {
  test('an access request cites Article 15 and lists what a complete answer contains', () => {
    const result = letter();
    expect(result.subject).toBe('Request about my personal data (GDPR): access');
    expect(ids(result)).toEqual([...opening, 'access', 'deadline', 'thanks', 'sign-off']);
    const access = blockText(result, 'access');
    expect(access).toContain('Access (Article 15 GDPR)');
    expect(access).toContain('send me a copy of it (Article 15(3))');
    // Article 15(1)(a)-(h) and 15(2): purposes, categories, recipients by name, storage, source,
    // automated decisions, rights; each a line of the list.
    for (const point of [
      'purposes',
      'kinds of personal data',
      'with each name',
      'how long',
      'where it came from',
      'automated decisions',
      'complain',
    ]) {
      expect(access).toContain(point);
    }
    expect(result.blocks.find((block) => block.id === 'access')?.items).toHaveLength(7);
  });

  test('the deadline is one month, extendable by two, with reasons within the first month (Article 12(3))', () => {
    const result = letter();
    expect(result.deadlines).toEqual([{ kind: 'gdpr-answer', due: '2027-04-01', extendedDue: '2027-06-01' }]);
    const deadline = blockText(result, 'deadline');
    expect(deadline).toContain('one month after you receive this letter: by 1 April 2027 (Article 12(3) GDPR)');
    expect(deadline).toContain('up to two more months');
    expect(deadline).toContain('within the first month, and say why');
    expect(deadline).toContain('(Article 12(4))');
    expect(deadline).toContain('(Article 12(5))');
  });

  test('a deadline that falls on a weekend moves to the Monday', () => {
    // 3 March 2027 is a Wednesday; 3 April 2027 is a Saturday.
    expect(letter({ date: '2027-03-03' }).deadlines[0]).toEqual({
      kind: 'gdpr-answer',
      due: '2027-04-05',
      extendedDue: '2027-06-03',
    });
    // 31 January: February has no 31st, so the month ends on its last day (Tuesday 29 February 2028).
    expect(letter({ date: '2028-01-31' }).deadlines[0].due).toBe('2028-02-29');
  });

  test('each request brings its own paragraph and article', () => {
    const all = letter({ asks: [...gdprAsks] });
    expect(ids(all)).toEqual([
      ...opening,
      'access',
      'access-before-erasure',
      'erasure',
      'objection',
      'withdrawal',
      'deadline',
      'thanks',
      'sign-off',
    ]);
    expect(blockText(all, 'erasure')).toMatch(/^Erasure \(Article 17 GDPR\)\..*\(Article 19\)/s);
    expect(blockText(all, 'objection')).toMatch(
      /^Objection to direct marketing \(Article 21 GDPR\)\..*profiling.*\(Article 21\(3\)\)/s,
    );
    expect(blockText(all, 'withdrawal')).toMatch(/^Withdrawal of consent \(Article 7\(3\) GDPR\)\./);
    expect(all.subject).toBe(
      'Request about my personal data (GDPR): access, erasure, objection to direct marketing, withdrawal of consent',
    );
  });

  test('for any choice of requests, exactly their paragraphs appear, in the same order', () => {
    fc.assert(
      fc.property(fc.subarray([...gdprAsks]), fc.shuffledSubarray([...ccpaAsks]), (chosen, foreign) => {
        const result = letter({ asks: [...foreign, ...chosen].reverse() });
        const askBlocks = ids(result).filter((id) => (gdprAsks as readonly string[]).includes(id));
        expect(askBlocks).toEqual(chosen);
        expect(result.asks).toEqual(chosen);
        expect(ids(result).includes('access-before-erasure')).toBe(
          chosen.includes('access') && chosen.includes('erasure'),
        );
        expect(ids(result).includes('no-ask')).toBe(chosen.length === 0);
        expect(ids(result).includes('deadline')).toBe(chosen.length > 0);
      }),
    );
  });
});

describe('CCPA letters', () => {
  const ccpa = (asks: Ask[], change: Partial<Written> = {}) => letter({ law: 'ccpa', asks, ...change });

  test('the right to know cites § 1798.110 and § 1798.115, with 45 days to answer and 10 business days to confirm', () => {
    const result = ccpa(['know']);
    expect(ids(result)).toEqual([
      ...opening,
      'know',
      'know-sold',
      'deadline',
      'non-discrimination',
      'thanks',
      'sign-off',
    ]);
    expect(blockText(result, 'know')).toContain('§ 1798.110');
    expect(result.blocks.find((block) => block.id === 'know')?.items).toHaveLength(5);
    expect(blockText(result, 'know-sold')).toContain('§ 1798.115');
    expect(result.deadlines).toEqual([
      // 1 March 2027 + 45 days; + 90 with the one extension; + 10 business days.
      { kind: 'ccpa-answer', due: '2027-04-15', extendedDue: '2027-05-30', confirmBy: '2027-03-15' },
    ]);
    const deadline = blockText(result, 'deadline');
    expect(deadline).toContain('within 10 business days');
    expect(deadline).toContain('within 45 calendar days of receiving it: by 15 April 2027');
    expect(deadline).toContain('§ 1798.130');
    expect(deadline).toContain('§ 7021');
    expect(deadline).toContain('45 more days, once');
    expect(blockText(result, 'non-discrimination')).toContain('§ 1798.125');
  });

  test('deletion cites § 1798.105 and reaches service providers, contractors and third parties', () => {
    const text = blockText(ccpa(['delete']), 'delete');
    expect(text).toContain('§ 1798.105');
    for (const who of ['service providers', 'contractors', 'third party']) expect(text).toContain(who);
  });

  test('the opt-out cites § 1798.120, with 15 business days under § 7026', () => {
    const result = ccpa(['opt-out']);
    expect(ids(result)).toContain('opt-out');
    expect(ids(result)).not.toContain('deadline');
    expect(blockText(result, 'opt-out')).toContain('§ 1798.120');
    expect(result.deadlines).toEqual([{ kind: 'ccpa-opt-out', due: '2027-03-22' }]);
    expect(blockText(result, 'deadline-opt-out')).toContain(
      'at most 15 business days from the day you get this request: until 22 March 2027',
    );
    expect(blockText(result, 'deadline-opt-out')).toContain('§ 7026');
  });

  test('all three requests set both deadlines', () => {
    const result = ccpa([...ccpaAsks]);
    expect(result.deadlines.map((deadline) => deadline.kind)).toEqual(['ccpa-answer', 'ccpa-opt-out']);
    expect(ids(result).filter((id) => id.startsWith('deadline'))).toEqual(['deadline', 'deadline-opt-out']);
    expect(result.subject).toBe(
      'Consumer privacy request (CCPA): right to know, deletion, opt-out of sale and sharing',
    );
  });

  test('deadlinesFor follows the law of each request', () => {
    expect(deadlinesFor('ccpa', ['access'], '2027-03-01')).toEqual([]);
    expect(deadlinesFor('gdpr', [], '2027-03-01')).toEqual([]);
  });
});

describe('reminders', () => {
  test('a reminder names the first letter and the deadline that passed, and warns of a complaint (Article 77)', () => {
    const result = letter({ stage: 'reminder', firstSent: '2027-03-01', date: '2027-04-12' });
    expect(result.subject).toBe('Reminder: my request about my personal data (GDPR)');
    expect(ids(result)).toContain('reminder');
    expect(ids(result)).not.toContain('deadline');
    expect(blockText(result, 'reminder')).toBe(
      'On 1 March 2027, I sent you a request about my personal data. The law gave you until 1 April 2027 to answer (Article 12(3) GDPR). I have not had a full answer. So I ask again below.',
    );
    expect(blockText(result, 'closing-reminder')).toContain('(Article 77 GDPR)');
    expect(result.early).toBe(false);
  });

  test('a reminder sent before the deadline is flagged early', () => {
    expect(letter({ stage: 'reminder', firstSent: '2027-03-01', date: '2027-03-20' }).early).toBe(true);
    expect(letter({ stage: 'reminder', firstSent: '2027-03-01', date: '2027-04-01' }).early).toBe(true);
    expect(letter({ stage: 'reminder', firstSent: '2027-03-01', date: '2027-04-02' }).early).toBe(false);
  });

  test('a reminder dated before the first letter is flagged as such, not as early', () => {
    const slip = letter({ stage: 'reminder', firstSent: '2027-03-01', date: '2027-02-20' });
    expect(slip.beforeFirst).toBe(true);
    expect(letter({ stage: 'reminder', firstSent: '2027-03-01', date: '2027-03-01' }).beforeFirst).toBe(false);
    expect(letter({ stage: 'request', firstSent: '2027-03-01', date: '2027-02-20' }).beforeFirst).toBe(false);
    expect(letter({ stage: 'reminder', firstSent: null, date: '2027-02-20' }).beforeFirst).toBe(false);
  });

  test('a CCPA reminder names the agency and the Attorney General', () => {
    const result = letter({ law: 'ccpa', asks: ['delete'], stage: 'reminder', firstSent: '2027-03-01' });
    expect(blockText(result, 'reminder')).toContain('until 15 April 2027');
    expect(blockText(result, 'closing-reminder')).toContain('California Privacy Protection Agency');
    expect(blockText(result, 'closing-reminder')).toContain('Attorney General');
  });
});

describe('blanks', () => {
  test('an empty form gives the template to fill by hand, with no date computed', () => {
    const result = letter({ company: '', contact: ' ', identity: '', name: '', date: null });
    expect(result.deadlines).toEqual([]);
    const text = letterText(result);
    for (const blank of ['[date]', '[company name]', '[privacy contact: email or postal address]', '[your name]']) {
      expect(text).toContain(blank);
    }
    expect(text).toContain('by [one month after the company receives this letter]');
    const fields = result.blocks
      .flatMap((block) => [...block.lines, ...block.items].flat())
      .filter((s) => s.kind === 'field');
    expect(fields.every((segment) => segment.kind === 'field' && segment.blank)).toBe(true);
  });

  test('with no request ticked, the letter says to tick one', () => {
    expect(letterText(letter({ asks: [] }))).toContain('[Tick at least one request.]');
    expect(letter({ asks: [] }).subject).toBe('Request about my personal data (GDPR): …');
  });
});

describe('French letters', () => {
  test('cite the same articles, written the French way', () => {
    const result = letter({ locale: 'fr', asks: [...gdprAsks] });
    expect(result.subject).toBe(
      'Demande concernant mes données personnelles (RGPD)\u00a0: accès, effacement, opposition à la prospection, retrait du consentement',
    );
    expect(blockText(result, 'date')).toBe('Le 1er mars 2027');
    expect(blockText(result, 'access')).toContain('(article 15 du RGPD)');
    expect(blockText(result, 'access')).toContain('(article 15, paragraphe 3)');
    expect(blockText(result, 'deadline')).toContain('soit le 1er avril 2027 (article 12, paragraphe 3, du RGPD)');
    expect(blockText(result, 'withdrawal')).toContain('(article 7, paragraphe 3, du RGPD)');
  });

  /** The numbers of a block (articles, paragraphs, sections, days), in order, dates left blank. */
  const numbers = (result: Letter) =>
    result.blocks.map((block) => [block.id, letterText({ ...result, blocks: [block] }).match(/\d+(\.\d+)?/g) ?? []]);

  test.each(
    (Object.keys(asksByLaw) as Law[]).flatMap((law) =>
      (['request', 'reminder'] as const).map((stage) => [law, stage] as const),
    ),
  )('%s %s: every block holds the same numbers in English and in French', (law, stage) => {
    const request = { law, stage, asks: [...asksByLaw[law]], date: null, firstSent: null } as const;
    expect(numbers(letter({ ...request, locale: 'fr' }))).toEqual(numbers(letter({ ...request, locale: 'en' })));
  });
});

describe('what visitors type', () => {
  const fields: FieldName[] = ['company', 'contact', 'identity', 'name'];
  // Control characters (a tab and a line break excepted) and the bidirectional controls that reorder text.
  // eslint-disable-next-line no-control-regex
  const forbidden = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  const hostile = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '\u202eevil\u202c',
      '\u2067رائد\u2069 \u200f',
      'a\u0000b\u0007c\u001bd\u009be',
      'line one\r\nline two\n\n\n\nline three',
      '{company} {due} [date]',
    ),
    fc.nat({ max: 3000 }).map((n) => 'x'.repeat(n)),
  );

  test('cleanField removes controls and overrides, caps the length, and is stable', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fields), hostile, (field, raw) => {
        const clean = cleanField(raw, field);
        expect(clean).not.toMatch(forbidden);
        expect(Array.from(clean).length).toBeLessThanOrEqual(fieldLimits[field]);
        expect(cleanField(clean, field)).toBe(clean);
        if (field !== 'identity') expect(clean).not.toContain('\n');
      }),
    );
  });

  test('keeps markup, right-to-left names and marks as plain text', () => {
    expect(cleanField('<b>Acme</b>', 'company')).toBe('<b>Acme</b>');
    expect(cleanField('\u200fرائد\u200f', 'name')).toBe('\u200fرائد\u200f');
    expect(cleanField('\u202eevil\u202c', 'company')).toBe('evil');
    expect(cleanField('one\r\ntwo', 'identity')).toBe('one\ntwo');
    expect(cleanField('one\r\ntwo', 'company')).toBe('one two');
  });

  // A field that looks like a placeholder ('{due}') stays as typed: the letter is filled once, not twice.
  test('whatever is typed lands in the letter as one field segment, as cleaned, never as the letter’s own words', () => {
    fc.assert(
      fc.property(
        hostile,
        hostile,
        hostile,
        hostile,
        fc.constantFrom<Locale>('en', 'fr'),
        (company, contact, identity, name, locale) => {
          const result = letter({ company, contact, identity, name, locale });
          const segments = result.blocks.flatMap((block) => [...block.lines, ...block.items].flat());
          for (const [field, raw] of Object.entries({ company, contact, identity, name }) as [FieldName, string][]) {
            const typed = segments.filter((segment) => segment.kind === 'field' && segment.field === field);
            expect(typed).toHaveLength(1);
            const clean = cleanField(raw, field);
            if (clean) expect(typed[0]).toEqual({ kind: 'field', field, text: clean, blank: false });
            else expect(typed[0]).toMatchObject({ blank: true });
          }
          expect(letterText(result)).not.toMatch(forbidden);
        },
      ),
    );
  });
});

describe('mailtoLink', () => {
  test('addresses the mail to the contact, with the subject and the body encoded, lines in CRLF', () => {
    const result = letter();
    const { href, long } = mailtoLink(result, base.contact);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('privacy@threadline.example');
    const query = new URLSearchParams(href.slice(href.indexOf('?')));
    expect(query.get('subject')).toBe(result.subject);
    const body = decodeURIComponent(/body=([^&]*)/.exec(href)![1]);
    expect(body.startsWith('Hello,\r\n\r\nI am writing')).toBe(true);
    expect(body).not.toContain('Subject:');
    expect(body).not.toMatch(/[^\r]\n/);
    expect(long).toBe(href.length > mailtoComfortLength);
  });

  test('leaves the address empty when the contact is not one email address', () => {
    for (const contact of [
      'Threadline, 1 rue du Parc, Lyon',
      'a@b.example?bcc=c@d.example',
      'a@b.example, c@d.example',
      '',
    ]) {
      expect([contact, mailtoLink(letter(), contact).href.startsWith('mailto:?subject=')]).toEqual([contact, true]);
    }
    expect(isEmailAddress('dpo@threadline.example')).toBe(true);
    expect(isEmailAddress('dpo@threadline')).toBe(false);
  });

  test('says when a letter is long for some mail programs', () => {
    expect(mailtoLink(letter({ asks: ['objection'] }), '').long).toBe(false);
    expect(mailtoLink(letter({ asks: [...gdprAsks] }), '').long).toBe(true);
  });

  test('any typed text survives the trip through the link', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 100 }),
        fc.string({ maxLength: 100 }),
        (company, contact) => {
          const result = letter({ company, contact });
          const { href } = mailtoLink(result, contact);
          expect(href).not.toMatch(/[\s<>"]/);
          const body = decodeURIComponent(/body=([^&]*)/.exec(href)![1]);
          expect(body).toContain(
            lineText(result.blocks.find((block) => block.id === 'identity')!.lines[0]).replace(/\n/g, '\r\n'),
          );
        },
      ),
    );
  });
});

describe('letterFileName', () => {
  test('names the file after the law, the stage and the date, in the letter’s language', () => {
    expect(letterFileName(letter(), '2027-03-01')).toBe('gdpr-request-2027-03-01.txt');
    expect(letterFileName(letter({ locale: 'fr', law: 'ccpa', stage: 'reminder' }), null)).toBe('relance-ccpa.txt');
  });
});

describe('letter words', () => {
  test('each language loads on demand, the same words the server uses', async () => {
    const { loadLetterWords } = await import('~/features/rights/letter-words/load');
    for (const locale of ['en', 'fr'] as const) {
      const words = await loadLetterWords(locale);
      expect(words).toBe(letterWords[locale]);
      expect(words.locale).toBe(locale);
      expect(Object.keys(words).sort()).toEqual(Object.keys(letterWords.en).sort());
    }
  });
});
