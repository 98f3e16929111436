import { describe, expect, test } from 'vitest';
import { profileFigures } from '~/features/slides/outcomes';
import { simulate } from '~/engine/simulate';
import { defaultSettings } from '~/engine/params';
import { loadScenario } from '../../engine/helpers';

const shopping = loadScenario('shopping');

describe('profileFigures', () => {
  test('reject all: the shop alone holds data', () => {
    const figures = profileFigures(shopping, 'consent=none');
    expect(figures.shared).toBe(0);
    expect(figures.others).toBe(0);
    expect(figures.gained).toBeLessThan(figures.total);
  });

  test('says what the simulator says for the same link', () => {
    const figures = profileFigures(shopping, 'consent=all&policy=minimal&gpc=on');
    const outcome = simulate(shopping, {
      ...defaultSettings,
      consent: ['preferences', 'analytics', 'personalization', 'advertising', 'partners'],
      policy: 'minimal',
      gpc: true,
    });
    expect(figures).toEqual({
      gained: outcome.summary.experiencesGained,
      total: outcome.experiences.length,
      dataPoints: outcome.summary.dataPoints,
      shared: outcome.summary.sharedDataPoints,
      others: outcome.summary.recipients,
    });
  });

  test('accept all gains every experience and shares more than reject all', () => {
    const all = profileFigures(shopping, 'consent=all');
    expect(all.gained).toBe(all.total);
    expect(all.shared).toBeGreaterThan(profileFigures(shopping, 'consent=none').shared);
  });

  test('refuses a link with a value the simulator would set aside, naming it', () => {
    expect(() => profileFigures(shopping, 'consent=cookies')).toThrow(/consent=cookies/);
    expect(() => profileFigures(shopping, 'policy=greedy')).toThrow(/policy=greedy/);
  });
});
