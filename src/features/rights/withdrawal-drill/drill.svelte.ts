/**
 * One shop of the withdrawal drill, as a widget holds it: the pure state of `drill.ts`, replaced whole
 * at each action. It is also the draft the fair banner's switches write to, so that every switch
 * flipped there counts as a step too.
 *
 * Lifecycle: created when the drill mounts, gone when it unmounts. Nothing is stored or sent; the
 * choices are the fictional shopper's, never the visitor's.
 */
import type { OptionalCategory } from '~/engine/types';
import type { ConsentDraft } from '~/widgets/consent-banner/consent-banner.svelte';
import { drillStep, startDrill, type DrillAction, type DrillShop, type DrillState } from './drill';

export class ShopDrill implements ConsentDraft {
  /** Where the drill stands. */
  state = $state.raw<DrillState>(startDrill('fair'));

  constructor(shop: DrillShop) {
    this.state = startDrill(shop);
  }

  get shop(): DrillShop {
    return this.state.shop;
  }

  get granted(): readonly OptionalCategory[] {
    return this.state.granted;
  }

  /** Takes one action; one more step if the screen offers it. */
  act(action: DrillAction) {
    this.state = drillStep(this.state, action);
  }

  /** A switch flipped in the settings. */
  set(category: OptionalCategory, on: boolean) {
    this.act({ kind: 'set', category, on });
  }

  /** Back to yesterday: everything accepted, no step taken. */
  reset() {
    this.state = startDrill(this.state.shop);
  }
}
