/**
 * English UI strings of the `/simulator/` page (`src/pages/[...locale]/simulator/index.astro`).
 */
export const simulatorPage = {
  'simulatorPage.title': 'Shop simulator',
  'simulatorPage.description':
    'Replay a four-day shopping trip under any cookie choice: see what each choice gains or loses, and which data ends up with whom.',
  'simulatorPage.intro':
    'Answer a cookie banner for someone made up, then follow their visits and see what changes. Nothing about you is used, sent or stored.',
  'simulatorPage.noscript':
    'JavaScript is off, so this page shows the trip with every optional category refused, as after “Reject all”. Trying other choices needs JavaScript.',
  'simulatorPage.howTo.title': 'How to read this',
  'simulatorPage.howTo.screen':
    'Each step is drawn as the screen Maya sees. A part your choice switches off is hatched and says what would fill it. Under the drawing, every experience is marked gained or lost, with the reason: a category you did not allow, a browser that blocks third-party cookies, or Global Privacy Control. “Compare this step with” draws the same step under another choice beside it.',
  'simulatorPage.howTo.data':
    '“Data so far” follows her data: the first party is the shop, a second party is a partner the shop names, a third party is an ad network or a data broker.',
  'simulatorPage.howTo.summary':
    'The summary adds up the whole trip, and tells you what each switch, turned on or off, would have changed.',
  'simulatorPage.howTo.lessons': 'The lessons behind it:',
  'simulatorPage.framing.title': 'What the simulation assumes',
  'simulatorPage.framing.intro':
    'The stories are made up; the rules around them are real. Here is where each story takes place legally, what it simplifies, and what it shows although the law would probably not allow it.',
  'simulatorPage.framing.sources': 'Sources:',
} as const;
