/**
 * The draft a fair banner edits: the categories ticked so far, before "Save my choices". Kept apart
 * from the dark-pattern mocks (`consent-banner.svelte.ts`), so the shop simulator, which shows only
 * the fair banner, does not load them.
 *
 * Lifecycle: created when a banner mounts, dropped when it unmounts. Nothing is stored or sent; the
 * choices are the fictional shopper's, never the visitor's.
 */
import { normaliseConsent } from '~/engine/categories';
import type { OptionalCategory } from '~/engine/types';

/** What a banner's switches read and write. The fair banner keeps its own; a mock passes one that counts clicks. */
export interface ConsentDraft {
  /** The categories ticked so far, in category order. */
  readonly granted: readonly OptionalCategory[];
  /** Ticks or unticks one category. */
  set(category: OptionalCategory, on: boolean): void;
}

/** The fair banner's draft: it starts as given (nothing, the first time) and changes only by the visitor's hand. */
/** What the draft reads from the banner's props. */
export interface BannerDraftProps {
  /** The ticks the banner opens with; none when absent. */
  initial?: readonly OptionalCategory[];
}

export class BannerDraft implements ConsentDraft {
  granted = $state.raw<readonly OptionalCategory[]>([]);

  /** @param props the banner's props, read once: later changes must not undo the visitor's ticks. */
  constructor(props: () => BannerDraftProps) {
    this.granted = normaliseConsent(props().initial ?? []);
  }

  set(category: OptionalCategory, on: boolean) {
    this.granted = withCategory(this.granted, category, on);
  }
}

/** `granted` with `category` ticked (`on`) or unticked, in category order. */
export function withCategory(
  granted: readonly OptionalCategory[],
  category: OptionalCategory,
  on: boolean,
): OptionalCategory[] {
  return normaliseConsent(on ? [...granted, category] : granted.filter((id) => id !== category));
}
