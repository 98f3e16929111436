/**
 * What a widget read from its link says back: the greeting to the linking brand and a
 * sentence for each value set aside (`src/engine/params.ts`). Shared by the simulator and
 * every embed, since they all take the same URL parameters.
 */
export const linkParams = {
  'linkParams.brandGreeting': 'You came from {brand}: here is what the choices on their banner mean.',
  'linkParams.brandEmbedded': '{brand} shows you what the choices on its banner change, on a made-up shopper.',
  'linkParams.notices.title': 'Part of the link was set aside',
  'linkParams.notice.unknown-category': '“{value}” is not a consent category, so it was ignored.',
  'linkParams.notice.bad-consent-mode-value':
    '{param} should be “granted” or “denied”, not “{value}”, so it was ignored.',
  'linkParams.notice.mixed-ad-consent':
    'The link granted some advertising signals and denied others ({param}), so advertising counts as refused.',
  'linkParams.notice.unknown-policy':
    '“{value}” is not a brand policy (minimal or maximal), so the usual, maximal brand is shown.',
  'linkParams.notice.unknown-browser':
    '“{value}” is not a browser setting (allows or blocks), so a browser that allows third-party cookies is shown.',
  'linkParams.notice.unknown-gpc': '“{value}” is not a Global Privacy Control setting (on or off), so it stays off.',
  'linkParams.notice.unknown-scenario': 'There is no session called “{value}”, so “{shown}” is shown.',
  'linkParams.notice.brand-truncated': 'The brand name was longer than 60 characters, so it was shortened.',
  'linkParams.notice.brand-unprintable': 'The brand name held nothing printable, so it is left out.',
} as const;
