/**
 * The six consent categories as data: what the site calls them, what a brand's banner
 * calls them (Google Consent Mode v2, IAB TCF v2.2), and which kind of party they
 * concern. The simulator, the `/choices/<category>/` pages and the banner decoder all
 * read this one table, so a mapping is changed in one place.
 */
import type { Category, OptionalCategory, PartyKind } from './types.ts';

/** A Google Consent Mode v2 consent type (the exact parameter names Google documents). */
export type ConsentModeType =
  | 'security_storage'
  | 'functionality_storage'
  | 'analytics_storage'
  | 'personalization_storage'
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization';

/** How a category lines up with IAB TCF v2.2 (purpose numbers as in IAB Europe's TCF policies). */
export interface TcfMapping {
  /** TCF purposes (1-11) a CMP would ask consent for. */
  purposes: readonly number[];
  /** TCF special purposes (1-3), which a user cannot refuse under the TCF. */
  specialPurposes: readonly number[];
  /**
   * `direct` when the TCF names the same thing; `interpretive` when the match is our
   * judgement, which pages flag as such (docs/design.md, "Categories").
   */
  mapping: 'direct' | 'interpretive';
}

/** One row of the category table. */
export interface CategoryInfo {
  /** The category id, also the `/choices/<id>/` slug and the value in the `consent` URL parameter. */
  id: Category;
  /** Key of its display name in the UI dictionaries. */
  labelKey: `category.${Category}`;
  /** True only for `necessary`: no consent is asked and none can be refused. */
  alwaysOn: boolean;
  /** The Consent Mode v2 types a banner uses for it; empty when Consent Mode has none. */
  consentMode: readonly ConsentModeType[];
  /** Its TCF v2.2 counterpart. */
  tcf: TcfMapping;
  /** Which kind of party its data typically goes to (docs/design.md, "Categories"). */
  party: PartyKind;
}

/** Every category id, in the order banners and our pages list them. */
export const categoryIds: readonly Category[] = Object.freeze([
  'necessary',
  'preferences',
  'analytics',
  'personalization',
  'advertising',
  'partners',
] as const satisfies readonly Category[]);

/** The five categories a shopper can grant or refuse, in category order. */
export const optionalCategoryIds: readonly OptionalCategory[] = Object.freeze([
  'preferences',
  'analytics',
  'personalization',
  'advertising',
  'partners',
] as const satisfies readonly OptionalCategory[]);

/**
 * The category table.
 *
 * TCF purpose 1 ("Store and/or access information on a device") is the device-storage
 * consent of ePrivacy Art. 5(3); it sits under every optional category that stores
 * something on the device, which is all of them except `partners` (sharing with a named
 * partner is a transfer between companies, not storage in the browser).
 */
export const categories: readonly CategoryInfo[] = deepFreeze([
  {
    id: 'necessary',
    labelKey: 'category.necessary',
    alwaysOn: true,
    consentMode: ['security_storage'],
    // Special purposes 1 (security, fraud, errors) and 3 (save privacy choices) name what our
    // necessary storage does. Special purpose 2 (deliver ads and content) is left out: showing
    // ads is not necessary for the service the shopper asked for.
    tcf: { purposes: [], specialPurposes: [1, 3], mapping: 'direct' },
    party: 'first',
  },
  {
    id: 'preferences',
    labelKey: 'category.preferences',
    alwaysOn: false,
    consentMode: ['functionality_storage'],
    // The TCF has no purpose for remembering settings; only the storage consent applies.
    tcf: { purposes: [1], specialPurposes: [], mapping: 'interpretive' },
    party: 'first',
  },
  {
    id: 'analytics',
    labelKey: 'category.analytics',
    alwaysOn: false,
    consentMode: ['analytics_storage'],
    // 8 (content performance), 9 (audience statistics) and 10 (improve services). Purpose 7
    // measures advertising, so it goes with `advertising`; 9 also covers combining sources,
    // which is why the whole row is a judgement call.
    tcf: { purposes: [1, 8, 9, 10], specialPurposes: [], mapping: 'interpretive' },
    party: 'first',
  },
  {
    id: 'personalization',
    labelKey: 'category.personalization',
    alwaysOn: false,
    consentMode: ['personalization_storage'],
    // 5 and 6 (profiles for personalised content) and 11 (limited data to select content).
    tcf: { purposes: [1, 5, 6, 11], specialPurposes: [], mapping: 'direct' },
    party: 'first',
  },
  {
    id: 'advertising',
    labelKey: 'category.advertising',
    alwaysOn: false,
    consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
    // 2 (limited data to select ads), 3 and 4 (profiles for personalised ads), 7 (measure ads).
    tcf: { purposes: [1, 2, 3, 4, 7], specialPurposes: [], mapping: 'direct' },
    party: 'third',
  },
  {
    id: 'partners',
    labelKey: 'category.partners',
    alwaysOn: false,
    consentMode: [],
    // TCF vendors are third parties reached through the ad ecosystem; handing data to a named
    // partner for its own offers has no TCF purpose.
    tcf: { purposes: [], specialPurposes: [], mapping: 'interpretive' },
    party: 'second',
  },
] satisfies CategoryInfo[]);

/** Whether a string is one of our category ids (for untrusted input such as URL parameters). */
export function isCategory(value: string): value is Category {
  return (categoryIds as readonly string[]).includes(value);
}

/** Whether a string is one of the five optional category ids. */
export function isOptionalCategory(value: string): value is OptionalCategory {
  return (optionalCategoryIds as readonly string[]).includes(value);
}

/**
 * Deduplicates a list of optional categories and puts it in category order, dropping
 * anything that is not an optional category. Two lists that grant the same categories
 * normalise to the same array, which keeps outcomes and URLs canonical.
 */
export function normaliseConsent(consent: readonly string[]): OptionalCategory[] {
  return optionalCategoryIds.filter((id) => consent.includes(id));
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
