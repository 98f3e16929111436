import { describe, expect, test } from 'vitest';
import { resolveCards } from '~/features/handouts/cards';
import { loadScenario } from '../../engine/helpers';

const shopping = loadScenario('shopping');

describe('resolveCards', () => {
  test('numbers the cards and reads each answer from the data point it names', () => {
    const cards = resolveCards(
      [
        { dataPoint: 'cart-contents', text: 'The jacket in her cart' },
        { dataPoint: 'contact-sillage', text: 'Sent to a shoe brand' },
        { dataPoint: 'email-datavista', text: 'Her email, scrambled' },
      ],
      shopping,
      'cards.yaml',
    );
    expect(
      cards.map(({ n, holder, category }) => ({ n, holder: holder.kind, name: holder.name.en, category })),
    ).toEqual([
      { n: 1, holder: 'first', name: 'Threadline', category: 'necessary' },
      { n: 2, holder: 'second', name: 'Sillage', category: 'partners' },
      { n: 3, holder: 'third', name: 'Datavista', category: 'advertising' },
    ]);
    expect(cards[1].text).toBe('Sent to a shoe brand');
  });

  test('a card that names no data point of the scenario fails, naming the file and the card', () => {
    expect(() =>
      resolveCards([{ dataPoint: 'shoe-size', text: 'x' }], shopping, 'content/handouts/en/data-cards.yaml'),
    ).toThrow(
      'content/handouts/en/data-cards.yaml: cards[0].dataPoint "shoe-size" is not a data point of the "shopping" scenario',
    );
  });
});
