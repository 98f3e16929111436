/**
 * The mock screens: what a step's screen shows under one set of choices, read from the
 * scenario's `screen` field and the outcome of `simulate`. A part of the screen is on
 * exactly when the outcome says its experience is gained, so the drawing can never tell a
 * different story from the lists and the summary.
 *
 * Pure: plain data in, plain data out; no DOM, no clock.
 */
import type { DrawnScreen, DrawnSlot, Outcome, Scenario, ScreenSlot, Step } from './types.ts';

/**
 * The screen of step `stepId` as `outcome` leaves it: every experience of the step becomes
 * one part, on or off. Parts declared in the scenario come first, in their order; an
 * experience without one is drawn as a plain line carrying its name.
 *
 * @throws when the step is not in the scenario, or the outcome is of another scenario.
 */
export function drawScreen(scenario: Scenario, outcome: Outcome, stepId: string): DrawnScreen {
  if (outcome.scenario !== scenario.id) {
    throw new Error(`drawScreen: the outcome is of "${outcome.scenario}", not of "${scenario.id}"`);
  }
  const step = scenario.steps.find((candidate) => candidate.id === stepId);
  if (!step) throw new Error(`drawScreen: scenario "${scenario.id}" has no step "${stepId}"`);
  const results = new Map(outcome.experiences.map((experience) => [experience.id, experience]));
  const slots = slotsOf(step).map((slot): DrawnSlot => {
    const result = results.get(slot.experience);
    const experience = step.experiences.find((candidate) => candidate.id === slot.experience);
    if (!result || !experience) {
      throw new Error(`drawScreen: no outcome for experience "${slot.experience}"; validate the scenario first`);
    }
    const on = result.status === 'gained';
    return {
      kind: 'slot',
      experience: slot.experience,
      name: experience.name,
      look: slot.look,
      state: on ? 'on' : 'off',
      content: on ? slot.gained : slot.lost,
      reasons: result.status === 'lost' ? result.reasons : [],
    };
  });
  return {
    kind: 'screen',
    step: step.id,
    place: step.place,
    site: step.screen?.site ?? null,
    heading: step.screen?.heading ?? step.title,
    detail: step.screen?.detail ?? null,
    slots,
  };
}

/**
 * Ids of the experiences drawn on in one screen and off in the other, in the first
 * screen's order: what "compare with…" marks. Both must be screens of the same step.
 *
 * @throws when the screens are of different steps.
 */
export function screenDifferences(a: DrawnScreen, b: DrawnScreen): string[] {
  if (a.step !== b.step) throw new Error(`screenDifferences: steps "${a.step}" and "${b.step}" differ`);
  const other = new Map(b.slots.map((slot) => [slot.experience, slot.state]));
  return a.slots.filter((slot) => other.get(slot.experience) !== slot.state).map((slot) => slot.experience);
}

/** The declared slots of a step, then a plain line for each experience without one. */
function slotsOf(step: Step): ScreenSlot[] {
  const declared = step.screen?.slots ?? [];
  const covered = new Set(declared.map((slot) => slot.experience));
  const plain = step.experiences
    .filter((experience) => !covered.has(experience.id))
    .map((experience): ScreenSlot => ({
      experience: experience.id,
      look: 'note',
      gained: { text: experience.name, items: [] },
      lost: { text: experience.name, items: [] },
    }));
  return [...declared, ...plain];
}
