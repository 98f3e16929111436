import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { optionalCategoryIds } from '~/engine/categories';
import {
  availableActions,
  drillShops,
  drillStep,
  fewestSteps,
  startDrill,
  tookEverythingBack,
  type DrillAction,
  type DrillShop,
  type DrillState,
} from '~/features/rights/withdrawal-drill/drill';

/** The fewest steps from the start to a state that took everything back, found by breadth-first search. */
function shortestWithdrawal(shop: DrillShop): { steps: number; path: DrillAction[] } | null {
  const key = (state: DrillState) => `${state.screen}|${state.granted.join(',')}|${state.answer?.join(',') ?? '-'}`;
  const queue: { state: DrillState; path: DrillAction[] }[] = [{ state: startDrill(shop), path: [] }];
  const seen = new Set([key(queue[0].state)]);
  while (queue.length > 0) {
    const { state, path } = queue.shift()!;
    if (tookEverythingBack(state)) return { steps: state.steps, path };
    for (const action of availableActions(state)) {
      const next = drillStep(state, action);
      if (seen.has(key(next))) continue;
      seen.add(key(next));
      queue.push({ state: next, path: [...path, action] });
    }
  }
  return null;
}

describe('the withdrawal drill', () => {
  test('starts on a product page with everything accepted yesterday and no step taken', () => {
    expect(startDrill('hidden')).toEqual({
      shop: 'hidden',
      screen: 'product',
      granted: optionalCategoryIds,
      steps: 0,
      answer: null,
    });
  });

  test.each(drillShops)('%s: the announced fewest steps is the shortest path there is', (shop) => {
    expect(shortestWithdrawal(shop)?.steps).toBe(fewestSteps[shop]);
  });

  test('the fair shop takes two steps: settings, then reject all', () => {
    expect(shortestWithdrawal('fair')?.path).toEqual([{ kind: 'open-settings' }, { kind: 'reject-all' }]);
    expect(fewestSteps.fair).toBe(2);
  });

  test('the hidden shop takes ten: footer, policy, settings, five switches, confirm, and past "are you sure"', () => {
    const path = shortestWithdrawal('hidden')?.path ?? [];
    expect(path.slice(0, 3)).toEqual([
      { kind: 'go', to: 'legal' },
      { kind: 'go', to: 'policy' },
      { kind: 'open-settings' },
    ]);
    expect(path.filter((action) => action.kind === 'set')).toHaveLength(optionalCategoryIds.length);
    expect(path.slice(-2)).toEqual([{ kind: 'save' }, { kind: 'continue' }]);
    expect(fewestSteps.hidden).toBe(10);
  });

  test('the cookie settings are one click away from every page of the fair shop, and from none of the hidden one', () => {
    for (const screen of ['home', 'product', 'cart'] as const) {
      const fair = availableActions({ ...startDrill('fair'), screen });
      const hidden = availableActions({ ...startDrill('hidden'), screen });
      expect(fair).toContainEqual({ kind: 'open-settings' });
      expect(hidden).not.toContainEqual({ kind: 'open-settings' });
    }
  });

  test('"keep my offers" loops back to the settings with every switch on again', () => {
    let state: DrillState = { ...startDrill('hidden'), screen: 'settings' };
    state = drillStep(state, { kind: 'set', category: 'advertising', on: false });
    state = drillStep(state, { kind: 'save' });
    expect(state.screen).toBe('confirm');
    state = drillStep(state, { kind: 'keep-offers' });
    expect(state).toMatchObject({ screen: 'settings', granted: optionalCategoryIds, steps: 3 });
  });

  test('saving with switches left on ends the drill with those still on', () => {
    let state = drillStep(startDrill('fair'), { kind: 'open-settings' });
    state = drillStep(state, { kind: 'set', category: 'partners', on: false });
    state = drillStep(state, { kind: 'save' });
    expect(state.answer).toEqual(['preferences', 'analytics', 'personalization', 'advertising']);
    expect(tookEverythingBack(state)).toBe(false);
  });

  test('whatever Maya clicks, each action is one step, and a finished drill takes no more', () => {
    const actionIndexes = fc.array(fc.nat({ max: 20 }), { maxLength: 40 });
    fc.assert(
      fc.property(fc.constantFrom(...drillShops), actionIndexes, (shop, picks) => {
        let state = startDrill(shop);
        for (const pick of picks) {
          const offered = availableActions(state);
          if (offered.length === 0) {
            expect(drillStep(state, { kind: 'reject-all' })).toBe(state);
            break;
          }
          const next = drillStep(state, offered[pick % offered.length]);
          expect(next.steps).toBe(state.steps + 1);
          state = next;
        }
        if (tookEverythingBack(state)) expect(state.steps).toBeGreaterThanOrEqual(fewestSteps[shop]);
        // An action the screen does not offer changes nothing.
        const terms: DrillAction = { kind: 'go', to: 'terms' };
        const offersTerms = availableActions(state).some((action) => action.kind === 'go' && action.to === 'terms');
        if (!offersTerms) expect(drillStep(state, terms)).toBe(state);
        else expect(drillStep(state, terms).steps).toBe(state.steps + 1);
      }),
    );
  });
});
