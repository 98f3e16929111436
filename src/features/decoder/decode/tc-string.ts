/**
 * Reads a TC string (IAB TCF v2) with the IAB Tech Lab's own library,
 * `@iabtechlabtcf/core`, and returns what it says as plain, serialisable data. The bit
 * parsing is the library's; this module checks the text first so that a broken paste
 * gets a sentence saying which part is wrong, and it never throws.
 *
 * The page loads this module (and with it the library) only when a TC string is pasted.
 */
import { PurposeRestriction, TCString, type TCModel } from '@iabtechlabtcf/core';
import { problem, quote, type Decoded } from './problem';
import type { PurposeAnswer } from './tcf-categories';

/** Longest text read as a TC string; real ones are a few hundred characters, a few thousand at most. */
export const TC_STRING_MAX_LENGTH = 20_000;

/** Number of TCF purposes and special features the decoder reports (TCF v2.2). */
export const PURPOSE_COUNT = 11;
export const SPECIAL_FEATURE_COUNT = 2;

/** A publisher restriction, summed over the vendors it names. */
export interface RestrictionSummary {
  purposeId: number;
  /** What the publisher requires of those vendors for that purpose. */
  type: 'not-allowed' | 'require-consent' | 'require-legitimate-interest';
  /** How many vendors the restriction names. */
  vendors: number;
}

/** What a TC string says, in plain data. */
export interface TcSummary {
  /** Version of the TC string format (2). */
  version: number;
  /** When the string was first made and last updated, as ISO dates (UTC). */
  created: string;
  lastUpdated: string;
  /** The consent tool that wrote it: IAB's CMP id and the tool's own version number. */
  cmpId: number;
  cmpVersion: number;
  /** The screen of the tool where consent was given. */
  consentScreen: number;
  /** Two-letter language of the banner, upper case (`EN`, `FR`). */
  consentLanguage: string;
  /** Two-letter country of the publisher (`DE`), as written. */
  publisherCountryCode: string;
  /** Version of the Global Vendor List and of the TCF policies it was made under. */
  vendorListVersion: number;
  policyVersion: number;
  /** Whether the string applies to one site or service only. */
  isServiceSpecific: boolean;
  /** Purposes 1 to 11, each with its consent and legitimate-interest answers. */
  purposes: PurposeAnswer[];
  /** Special features 1 and 2 (precise geolocation, device scanning): opted in or not. */
  specialFeatures: { id: number; optedIn: boolean }[];
  /** How many vendors got consent, may use legitimate interest, and were shown to the person. */
  vendorConsents: number;
  vendorLegitimateInterests: number;
  vendorsDisclosed: number;
  /** Publisher restrictions, by purpose then type. */
  restrictions: RestrictionSummary[];
  /** Whether the string carries the publisher's own answers (its optional publisher segment). */
  hasPublisherSegment: boolean;
  /** How many parts (dot-separated segments) the string has. */
  segments: number;
}

const restrictionTypes = [
  [0, 'not-allowed'],
  [1, 'require-consent'],
  [2, 'require-legitimate-interest'],
] as const;

/** Characters a TC string may contain: web-safe base64 and the dot between segments. */
const allowed = /^[A-Za-z0-9_\-.]$/;

/**
 * Pulls the TC string out of what a person may paste: the bare string, a cookie line
 * (`euconsent-v2=…`), or a URL carrying `gdpr_consent=…`.
 */
export function extractTcString(pasted: string): string {
  const named = /(?:^|[\s;?&])(?:euconsent-v2|gdpr_consent)=([^\s;&#]*)/i.exec(pasted);
  return (named ? named[1] : pasted).trim();
}

/** Decodes a pasted TC string. Never throws. */
export function decodeTcString(pasted: string): Decoded<TcSummary> {
  // Only the start of a huge paste is searched; its length is then the paste's, not the part read.
  const cut = pasted.length > TC_STRING_MAX_LENGTH * 2;
  const text = extractTcString(cut ? pasted.slice(0, TC_STRING_MAX_LENGTH * 2) : pasted);
  if (text === '') return problem('tc.empty');
  if (text.length > TC_STRING_MAX_LENGTH)
    return problem('tc.tooLong', { length: cut ? pasted.length : text.length, max: TC_STRING_MAX_LENGTH });
  const characters = Array.from(text);
  const bad = characters.findIndex((c) => !allowed.test(c));
  if (bad !== -1) return problem('tc.badCharacter', { position: bad + 1, found: quote(characters[bad] ?? '') });
  const segments = text.split('.');
  const emptySegment = segments.findIndex((segment) => segment === '');
  if (emptySegment !== -1) return problem('tc.emptySegment', { part: emptySegment + 1, parts: segments.length });
  // The first six bits are the format version: "C" is 2, "B" is 1.
  const first = text[0] ?? '';
  if (first === 'B') return problem('tc.version1');
  if (first !== 'C') return problem('tc.notVersion2', { found: quote(first) });

  let model: TCModel;
  try {
    model = TCString.decode(segments[0] ?? '');
  } catch {
    return problem('tc.coreBroken', { parts: segments.length });
  }
  for (let i = 1; i < segments.length; i++) {
    try {
      TCString.decode(`${segments[0]}.${segments[i]}`);
    } catch {
      return problem('tc.segmentBroken', { part: i + 1, parts: segments.length });
    }
  }
  try {
    model = TCString.decode(text);
    return { ok: true, value: summarise(model, segments.length) };
  } catch {
    return problem('tc.coreBroken', { parts: segments.length });
  }
}

function summarise(model: TCModel, segments: number): TcSummary {
  const created = isoDate(model.created);
  const lastUpdated = isoDate(model.lastUpdated);
  const restrictions: RestrictionSummary[] = [];
  for (const purposeId of model.publisherRestrictions.getPurposes().sort((a, b) => a - b)) {
    for (const [code, type] of restrictionTypes) {
      const vendors = model.publisherRestrictions.getVendors(new PurposeRestriction(purposeId, code)).length;
      if (vendors > 0) restrictions.push({ purposeId, type, vendors });
    }
  }
  const publisherSegment = model.publisherConsents.size + model.publisherLegitimateInterests.size > 0;
  return {
    version: Number(model.version),
    created,
    lastUpdated,
    cmpId: Number(model.cmpId),
    cmpVersion: Number(model.cmpVersion),
    consentScreen: Number(model.consentScreen),
    consentLanguage: String(model.consentLanguage ?? '').toUpperCase(),
    publisherCountryCode: String(model.publisherCountryCode ?? '').toUpperCase(),
    vendorListVersion: Number(model.vendorListVersion),
    policyVersion: Number(model.policyVersion),
    isServiceSpecific: Boolean(model.isServiceSpecific),
    purposes: Array.from({ length: PURPOSE_COUNT }, (_, i) => ({
      id: i + 1,
      consent: model.purposeConsents.has(i + 1),
      legitimateInterest: model.purposeLegitimateInterests.has(i + 1),
    })),
    specialFeatures: Array.from({ length: SPECIAL_FEATURE_COUNT }, (_, i) => ({
      id: i + 1,
      optedIn: model.specialFeatureOptins.has(i + 1),
    })),
    vendorConsents: model.vendorConsents.size,
    vendorLegitimateInterests: model.vendorLegitimateInterests.size,
    vendorsDisclosed: model.vendorsDisclosed.size,
    restrictions,
    hasPublisherSegment: publisherSegment,
    segments,
  };
}

/** A date as `YYYY-MM-DD`, or an empty string when the bits give no real date. */
function isoDate(date: Date | undefined): string {
  return date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : '';
}
