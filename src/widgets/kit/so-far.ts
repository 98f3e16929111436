/**
 * "So far" filters shared by the cookie jar and the data flow panels: a panel inside the shop
 * simulator shows only what the session produced up to the current step.
 */

/** The position of each step in the session, by step id, for "so far" filters. */
export function stepIndexes(steps: readonly { id: string }[]): ReadonlyMap<string, number> {
  return new Map(steps.map((step, i) => [step.id, i]));
}

/**
 * Whether something produced at `step` has happened by `upToStep` (an index into the
 * scenario's steps; everything has happened when it is absent).
 */
export function happenedBy(indexes: ReadonlyMap<string, number>, step: string, upToStep: number | undefined): boolean {
  if (upToStep === undefined) return true;
  const index = indexes.get(step);
  return index !== undefined && index <= upToStep;
}
