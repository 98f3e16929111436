/**
 * Reads Google Consent Mode's `gcs` and `gcd` values from what a person pastes: a URL or
 * request line from the browser's network tab, or a bare value.
 *
 * Google documents the consent types and what each allows (Consent mode reference,
 * support.google.com/tagmanager/answer/13802165) and lists `gcs` and `gcd` among the
 * internal parameters of its tags, which "are subject to change" (server-side tagging,
 * developers.google.com/tag-platform/tag-manager/server-side/immutable-parameters). It
 * does not publish how their values are written. The reading here is the one published
 * by Markus Baersch on Simo Ahava's blog (Consent Mode V2 for Google Tags, 2024), which
 * debugging tools widely share; the page says so. A value outside that reading is
 * reported as undocumented, never guessed.
 */
import { problem, quote, type Decoded } from './problem';

/** The consent types `gcs` and `gcd` carry, in the order `gcd` writes them. */
export const CONSENT_MODE_SIGNALS = ['ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization'] as const;
export type ConsentModeSignal = (typeof CONSENT_MODE_SIGNALS)[number];

/** A signal's state: what the tag was told, or that nothing was said. */
export type SignalState = 'granted' | 'denied' | 'not-set';

/** How a signal got its state: the page's default, its update after the banner, both, or neither. */
export interface SignalHistory {
  state: SignalState;
  /** The default the page set before the banner answered, if any. */
  byDefault: 'granted' | 'denied' | null;
  /** The update the banner sent, if any. */
  byUpdate: 'granted' | 'denied' | null;
}

/** The `gcd` letters of the reading, each a default and an update. */
export const GCD_LETTERS: Readonly<Record<string, SignalHistory>> = Object.freeze({
  l: { state: 'not-set', byDefault: null, byUpdate: null },
  p: { state: 'denied', byDefault: 'denied', byUpdate: null },
  q: { state: 'denied', byDefault: 'denied', byUpdate: 'denied' },
  t: { state: 'granted', byDefault: 'granted', byUpdate: null },
  r: { state: 'granted', byDefault: 'denied', byUpdate: 'granted' },
  m: { state: 'denied', byDefault: null, byUpdate: 'denied' },
  n: { state: 'granted', byDefault: null, byUpdate: 'granted' },
  u: { state: 'denied', byDefault: 'granted', byUpdate: 'denied' },
  v: { state: 'granted', byDefault: 'granted', byUpdate: 'granted' },
});

/** One signal as read from `gcs` or `gcd`. */
export type SignalReading =
  | ({ signal: ConsentModeSignal; documented: true; from: 'gcs' | 'gcd' } & SignalHistory)
  | { signal: ConsentModeSignal; documented: false; from: 'gcd'; letter: string };

/** What a paste of Consent Mode values says. */
export interface ConsentModeReading {
  /** The raw values found (cleaned and cut), or null when absent. */
  gcs: string | null;
  gcd: string | null;
  /** Whether `gcs` fits the reading (`G1` and two digits 0 or 1); null when absent. */
  gcsDocumented: boolean | null;
  /** Each signal found, in `CONSENT_MODE_SIGNALS` order; `gcd` wins over `gcs` where both say something. */
  signals: SignalReading[];
  /** Signals on which `gcs` and `gcd` (both read) say different things: one request should not. */
  disagreements: { signal: ConsentModeSignal; gcs: SignalState; gcd: SignalState }[];
}

/** Longest paste searched for `gcs=` and `gcd=`; a request line is far shorter. */
export const CONSENT_MODE_MAX_SEARCH = 1_000_000;

/** The value of parameter `name` in a URL, request line or query string, decoded; null when absent. */
function parameter(text: string, name: 'gcs' | 'gcd'): string | null {
  const match = new RegExp(`(?:^|[?&;\\s"'])${name}=([^&\\s#;"']*)`, 'i').exec(text);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1] ?? '');
  } catch {
    return match[1] ?? '';
  }
}

/** Reads `gcs` and `gcd` from a paste. Never throws. */
export function readConsentMode(pasted: string): Decoded<ConsentModeReading> {
  const text = (pasted.length > CONSENT_MODE_MAX_SEARCH ? pasted.slice(0, CONSENT_MODE_MAX_SEARCH) : pasted).trim();
  if (text === '') return problem('gcm.empty');
  let gcs = parameter(text, 'gcs');
  let gcd = parameter(text, 'gcd');
  if (gcs === null && gcd === null) {
    // A bare value: `G101`, or `11t1t1t1t5`.
    if (/^G[^\s]{0,15}$/i.test(text)) gcs = text;
    else if (/^\d\d[A-Za-z]/.test(text) && text.length <= 30 && !/\s/.test(text)) gcd = text;
    else return problem('gcm.notFound', { found: quote(text) });
  }
  const signals = new Map<ConsentModeSignal, SignalReading>();
  const disagreements: ConsentModeReading['disagreements'] = [];
  let gcsDocumented: boolean | null = null;
  if (gcs !== null) {
    const match = /^G1([01])([01])$/.exec(gcs);
    gcsDocumented = match !== null;
    if (match) {
      (['ad_storage', 'analytics_storage'] as const).forEach((signal, i) => {
        const state = match[i + 1] === '1' ? 'granted' : 'denied';
        signals.set(signal, { signal, documented: true, from: 'gcs', state, byDefault: null, byUpdate: null });
      });
    }
  }
  if (gcd !== null) {
    const match = /^\d\d([A-Za-z])\d([A-Za-z])\d([A-Za-z])\d([A-Za-z])\d$/.exec(gcd);
    if (!match) {
      if (gcs === null || !gcsDocumented) return problem('gcm.gcdShape', { found: quote(gcd) });
    } else {
      CONSENT_MODE_SIGNALS.forEach((signal, i) => {
        const letter = match[i + 1] ?? '';
        const history = Object.hasOwn(GCD_LETTERS, letter) ? GCD_LETTERS[letter] : undefined;
        const fromGcs = signals.get(signal);
        // A gcd letter for "not set" does not contradict gcs; a granted against a denied does.
        if (history && history.state !== 'not-set' && fromGcs?.documented && fromGcs.state !== history.state) {
          disagreements.push({ signal, gcs: fromGcs.state, gcd: history.state });
        }
        signals.set(
          signal,
          history
            ? { signal, documented: true, from: 'gcd', ...history }
            : { signal, documented: false, from: 'gcd', letter: quote(letter) },
        );
      });
    }
  }
  return {
    ok: true,
    value: {
      gcs: gcs === null ? null : quote(gcs),
      gcd: gcd === null ? null : quote(gcd),
      gcsDocumented,
      signals: CONSENT_MODE_SIGNALS.flatMap((signal) => signals.get(signal) ?? []),
      disagreements,
    },
  };
}

/**
 * The simulator's Consent Mode parameters for a reading (`ad_storage=granted`...): only
 * the signals read as granted or denied. The simulator's own URL rules then decide the
 * categories (the three advertising types grant `advertising` only together: docs/design.md, "Query parameters of the simulator and the embeds").
 */
export function simulatorAliases(reading: ConsentModeReading): URLSearchParams {
  const params = new URLSearchParams();
  for (const signal of reading.signals) {
    if (signal.documented && signal.state !== 'not-set') params.set(signal.signal, signal.state);
  }
  return params;
}
