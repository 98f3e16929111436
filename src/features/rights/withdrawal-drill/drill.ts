/**
 * The withdrawal drill, as a pure model: Maya accepted everything yesterday; today she wants her yes
 * back. Two mock shops, the same pages, two designs:
 *
 * - `fair`: a "Cookie settings" link in the header of every page opens the settings, with her
 *   choices of yesterday; "Reject all" takes everything back. Two steps from any page.
 * - `hidden`: no link in the header. The settings wait at the end of the privacy policy, which the
 *   footer's "Legal information" page leads to; there, each category must be switched off one by one
 *   and confirmed; and a last screen asks "Are you sure?", whose big button puts every switch back
 *   on and returns to the settings (the loop).
 *
 * Every action counts as one step, whether it helps or not, as a person clicking would count them.
 * No DOM, no clock: the widget keeps a `DrillState` and replaces it with `drillStep(state, action)`.
 */
import { optionalCategoryIds } from '~/engine/categories';
import type { OptionalCategory } from '~/engine/types';

/** The two shops of the drill. */
export const drillShops = ['fair', 'hidden'] as const;
export type DrillShop = (typeof drillShops)[number];

/** The shop's ordinary pages, each with the same header (and, in the hidden shop, the same footer). */
export const shopPages = ['home', 'product', 'cart'] as const;
export type ShopPage = (typeof shopPages)[number];

/** Pages reached from the hidden shop's footer. */
export const footerPages = ['help', 'legal'] as const;

/** Every screen a shop can show. */
export type Screen = ShopPage | 'help' | 'legal' | 'terms' | 'policy' | 'settings' | 'confirm' | 'done';

/** Where a link can lead. */
export type Destination = ShopPage | 'help' | 'legal' | 'terms' | 'policy';

/** What Maya can do on a screen. */
export type DrillAction =
  | { kind: 'go'; to: Destination }
  | { kind: 'open-settings' }
  | { kind: 'set'; category: OptionalCategory; on: boolean }
  | { kind: 'accept-all' }
  | { kind: 'reject-all' }
  | { kind: 'save' }
  | { kind: 'keep-offers' }
  | { kind: 'continue' };

/** One shop's drill at a moment. */
export interface DrillState {
  shop: DrillShop;
  screen: Screen;
  /** The categories switched on: yesterday's "Accept all" until she changes them. */
  granted: readonly OptionalCategory[];
  /** Steps taken so far. */
  steps: number;
  /** The categories left on once she answered the settings; null until then. */
  answer: readonly OptionalCategory[] | null;
}

/** Where each drill starts: on a product page, everything accepted yesterday, no step taken. */
export function startDrill(shop: DrillShop): DrillState {
  return { shop, screen: 'product', granted: [...optionalCategoryIds], steps: 0, answer: null };
}

/**
 * The fewest steps that take everything back, shown before the visitor tries so the page teaches
 * without JavaScript; the tests check each by searching every path through the model.
 */
export const fewestSteps: Readonly<Record<DrillShop, number>> = Object.freeze({
  // "Cookie settings", then "Reject all".
  fair: 2,
  // "Legal information", "Privacy policy", "manage my preferences", each category off, "Confirm", "Continue anyway".
  hidden: 3 + optionalCategoryIds.length + 2,
});

/**
 * What an answer of the fair banner means here: its "Reject all", its "Accept all", or "Save my
 * choices" with the switches as they are (a save that leaves everything on or off ends the same way).
 */
export function bannerAnswer(consent: readonly OptionalCategory[]): DrillAction {
  if (consent.length === 0) return { kind: 'reject-all' };
  if (consent.length === optionalCategoryIds.length) return { kind: 'accept-all' };
  return { kind: 'save' };
}

/** Whether the drill is over with nothing left on. */
export function tookEverythingBack(state: DrillState): boolean {
  return state.answer !== null && state.answer.length === 0;
}

/** The actions that make sense on the state's screen, in the order the screen shows them. */
export function availableActions(state: DrillState): DrillAction[] {
  const { shop, screen } = state;
  if (screen === 'done') return [];
  const pages: DrillAction[] = shopPages.map((to) => ({ kind: 'go', to }));
  const switches: DrillAction[] = optionalCategoryIds.map((category) => ({
    kind: 'set',
    category,
    on: !state.granted.includes(category),
  }));
  if (shop === 'fair') {
    if (screen === 'settings') return [{ kind: 'accept-all' }, { kind: 'reject-all' }, ...switches, { kind: 'save' }];
    return [...pages, { kind: 'open-settings' }];
  }
  const footer: DrillAction[] = footerPages.map((to) => ({ kind: 'go', to }));
  switch (screen) {
    case 'settings':
      return [...switches, { kind: 'accept-all' }, { kind: 'save' }];
    case 'confirm':
      return [{ kind: 'keep-offers' }, { kind: 'continue' }];
    case 'legal':
      return [...pages, { kind: 'go', to: 'terms' }, { kind: 'go', to: 'policy' }, ...footer];
    case 'policy':
      return [...pages, { kind: 'open-settings' }, ...footer];
    default:
      return [...pages, ...footer];
  }
}

function sameAction(a: DrillAction, b: DrillAction): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function withCategory(granted: readonly OptionalCategory[], category: OptionalCategory, on: boolean) {
  return optionalCategoryIds.filter((id) => (id === category ? on : granted.includes(id)));
}

/**
 * The state after one action: one more step, and the screen or switches the action leads to. An
 * action the screen does not offer (a late event after the drill ended, say) changes nothing.
 */
export function drillStep(state: DrillState, action: DrillAction): DrillState {
  if (!availableActions(state).some((offered) => sameAction(offered, action))) return state;
  const next = { ...state, steps: state.steps + 1 };
  switch (action.kind) {
    case 'go':
      return { ...next, screen: action.to };
    case 'open-settings':
      return { ...next, screen: 'settings' };
    case 'set':
      return { ...next, granted: withCategory(state.granted, action.category, action.on) };
    case 'accept-all':
      return { ...next, screen: 'done', granted: [...optionalCategoryIds], answer: [...optionalCategoryIds] };
    case 'reject-all':
      return { ...next, screen: 'done', granted: [], answer: [] };
    case 'save':
      // The hidden shop asks "Are you sure?" before letting anything go.
      if (state.shop === 'hidden' && state.granted.length < optionalCategoryIds.length) {
        return { ...next, screen: 'confirm' };
      }
      return { ...next, screen: 'done', answer: [...state.granted] };
    case 'keep-offers':
      // The loop: back to the settings, every switch on again.
      return { ...next, screen: 'settings', granted: [...optionalCategoryIds] };
    case 'continue':
      return { ...next, screen: 'done', answer: [...state.granted] };
  }
}
