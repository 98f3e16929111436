/**
 * How the answers of a TC string line up with our six categories: a rule, kept here
 * and tested, so the page only shows its result.
 *
 * The category table (`~/engine/categories`, docs/design.md "Categories") says which TCF purposes each
 * category covers. A category counts as on when the TC string allows every one of its
 * purposes: by consent, or by legitimate interest where the TCF lets a vendor use it.
 * TCF v2.2 allows legitimate interest only for purposes 2 and 7 to 11; purposes 1 and 3
 * to 6 need consent (IAB Europe, TCF Policies v2.2, Appendix A), so a legitimate-interest
 * bit set for them counts for nothing. `necessary` is always on; `partners` has no TCF
 * purpose, so a TC string never turns it on.
 */
import { categories } from '~/engine/categories';
import type { Category, OptionalCategory } from '~/engine/types';

/** Purposes for which TCF v2.2 lets a vendor rely on legitimate interest. */
export const LEGITIMATE_INTEREST_PURPOSES: readonly number[] = [2, 7, 8, 9, 10, 11];

/** One purpose's answers, as a TC string gives them. */
export interface PurposeAnswer {
  /** TCF purpose number, 1 to 11. */
  id: number;
  /** Whether the person consented to it. */
  consent: boolean;
  /** Whether the legitimate-interest bit is set (the person did not object). */
  legitimateInterest: boolean;
}

/** How one purpose counts for a category. */
export type PurposeBasis = 'consent' | 'legitimate-interest' | 'none';

/** How one of our categories reads from a TC string. */
export interface CategoryReading {
  category: Category;
  /**
   * `always-on` for necessary; `no-tcf-purpose` when the category has no TCF purpose;
   * `on-by-consent` when every purpose has consent; `on-with-legitimate-interest` when
   * every purpose is allowed and at least one only by legitimate interest; `off` otherwise.
   */
  status: 'always-on' | 'no-tcf-purpose' | 'on-by-consent' | 'on-with-legitimate-interest' | 'off';
  /** The category's TCF purposes and the basis each is allowed on. */
  purposes: { id: number; basis: PurposeBasis }[];
}

/** The basis a purpose is allowed on, by the rule above. */
export function purposeBasis(answer: PurposeAnswer | undefined): PurposeBasis {
  if (!answer) return 'none';
  if (answer.consent) return 'consent';
  if (answer.legitimateInterest && LEGITIMATE_INTEREST_PURPOSES.includes(answer.id)) return 'legitimate-interest';
  return 'none';
}

/** Every category, in category order, read from the purposes' answers. */
export function readCategories(answers: readonly PurposeAnswer[]): CategoryReading[] {
  const byId = new Map(answers.map((answer) => [answer.id, answer]));
  return categories.map((info): CategoryReading => {
    if (info.alwaysOn) return { category: info.id, status: 'always-on', purposes: [] };
    const purposes = info.tcf.purposes.map((id) => ({ id, basis: purposeBasis(byId.get(id)) }));
    if (purposes.length === 0) return { category: info.id, status: 'no-tcf-purpose', purposes };
    const status = purposes.some((p) => p.basis === 'none')
      ? 'off'
      : purposes.every((p) => p.basis === 'consent')
        ? 'on-by-consent'
        : 'on-with-legitimate-interest';
    return { category: info.id, status, purposes };
  });
}

/** The optional categories a TC string turns on, in category order: what the simulator link grants. */
export function grantedCategories(readings: readonly CategoryReading[]): OptionalCategory[] {
  return readings
    .filter((r) => r.status === 'on-by-consent' || r.status === 'on-with-legitimate-interest')
    .map((r) => r.category as OptionalCategory);
}
