import { describe, expect, test } from 'vitest';
import { worksheetSteps } from '~/features/handouts/worksheet';
import { loadScenario, scenarioIds } from '../../engine/helpers';

describe.each(scenarioIds)('worksheetSteps (%s)', (id) => {
  const scenario = loadScenario(id);
  const steps = worksheetSteps(scenario);

  test('numbers every step of the scenario from 1, in order, as the simulator does', () => {
    expect(steps.map((step) => step.number)).toEqual(scenario.steps.map((_, i) => i + 1));
    expect(steps.map((step) => step.id)).toEqual(scenario.steps.map((step) => step.id));
  });

  test('lists every experience once, at its own step', () => {
    expect(steps.flatMap((step) => step.offers.map((offer) => offer.id))).toEqual(
      scenario.steps.flatMap((step) => step.experiences.map((experience) => experience.id)),
    );
  });

  test('accept all gets whatever reject all gets; reject all gets only what needs nothing optional', () => {
    for (const offer of steps.flatMap((step) => step.offers)) {
      if (offer.rejectAll) expect(offer.acceptAll).toBe(true);
      expect(offer.rejectAll).toBe(offer.needs.every((need) => need === 'necessary'));
    }
  });
});

describe('worksheetSteps (shopping)', () => {
  test('keeps a step where nothing depends on the choice, with no offer', () => {
    const steps = worksheetSteps(loadScenario('shopping'));
    const browse = steps.find((step) => step.id === 'browse');
    expect(browse?.number).toBe(3);
    expect(browse?.offers).toEqual([]);
  });
});
