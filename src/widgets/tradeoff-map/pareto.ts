/**
 * The Pareto front of a set of choices: the ones no other choice beats on both counts at
 * once. On the trade-off map a choice costs data shared with others (less is better) and
 * gains experiences (more is better); a choice is on the front when no other one gives at
 * least as many experiences for at most as much sharing, and strictly better on one count.
 *
 * This is the only "reasoned choice" the map draws, because it is computed, not asserted:
 * every profile off the front has another profile that trades strictly better. Which point
 * of the front suits a person is still their call.
 *
 * Pure: no DOM, no engine state; works on any items given the two measures.
 */

/**
 * The items not dominated by any other, ordered by cost (ascending), then gain (descending).
 * Items with the same cost and gain as a front item are on the front too.
 *
 * @param items what to rank, e.g. profiles or map points.
 * @param cost what an item costs, lower is better (data points shared with others).
 * @param gain what an item brings, higher is better (experiences gained).
 */
export function paretoFront<T>(items: readonly T[], cost: (item: T) => number, gain: (item: T) => number): T[] {
  const measured = items.map((item) => ({ item, cost: cost(item), gain: gain(item) }));
  const front = measured.filter(
    (a) => !measured.some((b) => b.cost <= a.cost && b.gain >= a.gain && (b.cost < a.cost || b.gain > a.gain)),
  );
  return front.sort((a, b) => a.cost - b.cost || b.gain - a.gain).map((m) => m.item);
}
