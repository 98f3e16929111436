import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { blocksShowing, type GuideTimingInput } from '~/features/slides/timing';

const guide: GuideTimingInput = {
  slug: 'cookies-in-45-minutes',
  title: 'Cookies in 45 minutes',
  agenda: [
    { minutes: 5, title: 'The banner question', slides: [] },
    { minutes: 8, title: 'What a cookie is', slides: ['what-is-a-cookie'] },
    { minutes: 15, title: 'Data cards', slides: [] },
    { minutes: 10, title: 'Three choices', slides: ['the-six-choices', 'the-trade-off'] },
  ],
};

describe('blocksShowing', () => {
  test('places the block that shows a lesson on the session clock', () => {
    expect(blocksShowing([guide], 'what-is-a-cookie')).toEqual([
      {
        guide: 'cookies-in-45-minutes',
        guideTitle: 'Cookies in 45 minutes',
        block: 2,
        title: 'What a cookie is',
        minutes: 8,
        start: 5,
        end: 13,
        sharedWith: [],
      },
    ]);
  });

  test('names the other lessons a block shares its time with', () => {
    const [block] = blocksShowing([guide], 'the-trade-off');
    expect(block).toMatchObject({ block: 4, start: 28, end: 38, sharedWith: ['the-six-choices'] });
  });

  test('finds every guide that uses the lesson, in guide order, and none for an unused lesson', () => {
    const other = { ...guide, slug: 'deep-dive', title: 'Deep dive' };
    expect(blocksShowing([guide, other], 'what-is-a-cookie').map((b) => b.guide)).toEqual([
      'cookies-in-45-minutes',
      'deep-dive',
    ]);
    expect(blocksShowing([guide], 'your-rights')).toEqual([]);
  });

  test('a block ends where the next one starts, and the last one at the sum of the agenda', () => {
    const agenda = fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(agenda, (minutes) => {
        const every: GuideTimingInput = {
          slug: 'g',
          title: 'G',
          agenda: minutes.map((m, i) => ({ minutes: m, title: `Block ${i + 1}`, slides: ['lesson'] })),
        };
        const blocks = blocksShowing([every], 'lesson');
        expect(blocks.map((b) => b.block)).toEqual(minutes.map((_, i) => i + 1));
        blocks.slice(1).forEach((block, i) => expect(block.start).toBe(blocks[i].end));
        expect(blocks.at(-1)?.end).toBe(minutes.reduce((sum, m) => sum + m, 0));
        for (const block of blocks) expect(block.end - block.start).toBe(block.minutes);
      }),
    );
  });
});
