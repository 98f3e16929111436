import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import YAML from 'yaml';
import { shownChoices, shownOrder } from '~/features/lessons/quiz-order';

describe('shownOrder', () => {
  test('shows every answer once, whatever the seed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 5 }), fc.string(), (answers, seed) => {
        expect([...shownOrder(answers, seed)].sort()).toEqual([...answers].sort());
      }),
    );
  });

  test('is the same for the same seed, and leaves its input alone', () => {
    const answers = ['a', 'b', 'c', 'd'];
    expect(shownOrder(answers, 'what-is-a-cookie#2')).toEqual(shownOrder(answers, 'what-is-a-cookie#2'));
    expect(answers).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('the lessons’ knowledge checks', () => {
  // Authors mostly write the right answer first; what a learner sees must not give it away.
  const positions = readdirSync('content/lessons/en').flatMap((file) => {
    const front = YAML.parse(readFileSync(`content/lessons/en/${file}`, 'utf8').split(/^---$/m)[1]) as {
      quiz: { choices: { correct?: boolean }[] }[];
    };
    const slug = file.replace(/\.mdx$/, '').replace(/^\d+-/, '');
    return front.quiz.map((question, i) =>
      shownChoices(question.choices, slug, i + 1).findIndex((choice) => choice.correct),
    );
  });

  test('put the right answer in every position, none in more than half of the questions', () => {
    const counts = new Map<number, number>();
    for (const position of positions) counts.set(position, (counts.get(position) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([0, 1, 2, 3].slice(0, counts.size));
    expect(counts.size).toBeGreaterThanOrEqual(3);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(positions.length / 2);
  });
});
