/**
 * The letters read as plainly as the lesson they come from (lesson 8, "Your rights"): their reading
 * ease, measured the same way on the body of each letter, is at most a few points below the lesson's,
 * in each language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Locale } from '~/i18n';
import { asksByLaw, buildLetter, letterText, type Law } from '~/features/rights/letter';
import { letterWords } from '~/features/rights/letter-words';
import { lessonProse, readingEase } from './reading-ease';

/** How far below the lesson a letter may score: the articles and section numbers it must cite cost a little. */
const margin = 5;

const lessonEase = (locale: Locale) =>
  readingEase(
    lessonProse(
      readFileSync(new URL(`../../../content/lessons/${locale}/08-your-rights.mdx`, import.meta.url), 'utf8'),
    ),
    locale,
  );

describe.each(['en', 'fr'] as const)('letters in %s', (locale) => {
  const floor = lessonEase(locale) - margin;

  test('the lesson itself reads as plain prose', () => {
    expect(lessonEase(locale)).toBeGreaterThan(60);
  });

  test.each(
    (Object.keys(asksByLaw) as Law[]).flatMap((law) =>
      (['request', 'reminder'] as const).flatMap((stage) => [
        [law, stage, asksByLaw[law]] as const,
        ...asksByLaw[law].map((ask) => [law, stage, [ask]] as const),
      ]),
    ),
  )('%s %s asking %j reads at the lesson level', (law, stage, asks) => {
    const letter = buildLetter(
      {
        law,
        stage,
        asks,
        company: 'Threadline',
        contact: 'privacy@threadline.example',
        identity: 'maya@example.com',
        name: 'Maya',
        date: '2027-04-12',
        firstSent: '2027-03-01',
      },
      letterWords[locale],
    );
    // The body, as a reader reads it: the date, address and subject lines are not sentences.
    const body = letter.blocks.filter((block) => !['date', 'to', 'subject'].includes(block.id));
    expect(readingEase(letterText({ ...letter, blocks: body }), locale)).toBeGreaterThanOrEqual(floor);
  });
});
