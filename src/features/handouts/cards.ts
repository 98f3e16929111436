/**
 * The data cards resolved against their scenario: each card's answers (who holds the data, of
 * which kind, and the switch that lets it happen) are read from the data point it names, never
 * written by hand. Pure; throws on a card that names no data point of the scenario.
 */
import type { Category, Localised, PartyKind, Scenario } from '~/engine/types';

/** A card as the sheet and the answer key print it. */
export interface ResolvedCard {
  /** The card's number, from 1, in the order of the file. */
  n: number;
  /** What the card says. */
  text: string;
  /** The data point's id. */
  dataPoint: string;
  /** The company that holds the data, and its kind of party. */
  holder: { name: Localised; kind: PartyKind };
  /** The consent category (the banner's switch) the data point is collected under. */
  category: Category;
}

/** Resolves `cards` against `scenario`; `file` names the content file in the error. */
export function resolveCards(
  cards: readonly { dataPoint: string; text: string }[],
  scenario: Scenario,
  file: string,
): ResolvedCard[] {
  const points = new Map(scenario.steps.flatMap((step) => step.dataPoints.map((point) => [point.id, point])));
  const parties = new Map(scenario.parties.map((party) => [party.id, party]));
  return cards.map((card, i) => {
    const point = points.get(card.dataPoint);
    if (!point) {
      throw new Error(
        `${file}: cards[${i}].dataPoint "${card.dataPoint}" is not a data point of the "${scenario.id}" scenario`,
      );
    }
    const party = parties.get(point.recipient);
    if (!party) throw new Error(`${file}: cards[${i}]: the scenario names no party "${point.recipient}"`);
    return {
      n: i + 1,
      text: card.text,
      dataPoint: point.id,
      holder: { name: party.name, kind: party.kind },
      category: point.category,
    };
  });
}
