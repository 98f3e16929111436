/**
 * English UI strings of the trainer kit: the `/workshop/` hub, each facilitator guide, and the
 * printable handouts under `/handouts/` (`handouts.*`, kept here because they belong to the kit).
 * Translators: keep every `{placeholder}`; `../fr/workshop.ts` has exactly the same keys.
 */
export const workshop = {
  'workshop.title': 'Workshop kit',
  'workshop.description':
    'Facilitator guides with timings and prompts, a presenter mode for the big screen, printable handouts, and a site that works without wifi.',
  'workshop.intro':
    'Everything you need to run a session on cookies and personal data: a guide with timings and questions to ask, slides for the big screen, sheets to print, and a way to keep working when the wifi gives up.',
  'workshop.guides': 'Facilitator guides',
  'workshop.audience': 'For',
  'workshop.duration': 'Length',
  'workshop.minutes': '{minutes} minutes',
  'workshop.groupSize': 'Group',
  'workshop.people': '{size} people',
  'workshop.guidePosition': 'Guide {n} of {total}',

  'workshop.kit': 'What the kit holds',
  'workshop.kit.presenter': 'Presenter mode',
  'workshop.kit.presenterText':
    'Every lesson as slides written for a projector: one idea per slide, the arrow keys or a clicker to move. A presenter view on your own screen shows your notes, the next slide and the time left in the block, and follows the slides. Each guide links to the slides it uses.',
  'workshop.kit.handouts': 'Handouts',
  'workshop.kit.handoutsText':
    'Cut-out cards of the six consent categories, a worksheet for the shopping trip, data cards to sort, five banner scripts for a role-play, the glossary on one sheet, and the answer keys apart. Lessons, guides and slides print cleanly too.',
  'workshop.kit.handoutsLink': 'All handouts',
  'workshop.kit.offline': 'Offline use',
  'workshop.kit.offlineText':
    'Bad wifi or none at all? Keep a copy of the whole site on the presenting laptop, or serve it to the room from that laptop. The next section explains both.',

  'workshop.noConnection': 'Preparing a room with no connection',
  'workshop.noConnection.intro':
    'Do this the day before, while you are still online. Once done, nothing in the session needs the internet.',
  'workshop.noConnection.deviceTitle': 'One device, a few clicks: keep a copy in the browser',
  'workshop.noConnection.device1': 'Open this page on the laptop (or tablet) you will present from.',
  'workshop.noConnection.device2':
    'Turn on "Make this site available offline on this device" below and wait until it says it is done.',
  'workshop.noConnection.device3':
    'Check it: turn the wifi off and open a lesson and its presenter mode. Use the same browser on the day.',
  'workshop.noConnection.deviceNote':
    'Participants who want the site on their own phones can do the same while they still have a connection. Scanning a QR code needs a connection unless the laptop serves the site (below).',
  'workshop.noConnection.laptopTitle': 'For the whole room: serve the site from a laptop',
  'workshop.noConnection.laptop1':
    'While online, get the source of the site and build it once (this needs Node.js 20 or newer and downloads the tools):',
  'workshop.noConnection.laptop2': 'In the room, with no internet, serve the built copy in the dist folder:',
  'workshop.noConnection.laptop2Note':
    'The site opens at http://localhost:4321/ on the laptop. To let phones on the same local network (a travel router or the laptop’s hotspot) open it too, add --host and give them the address it prints.',
  'workshop.noConnection.laptop3':
    'Any other static file server pointed at the dist folder works as well, for example:',
  'workshop.noConnection.laptopNote':
    'The QR codes on the guides point to the public address of the site. In a room without internet, write the laptop’s address on the board instead.',
  'workshop.offlineTitle': 'Offline use on this device',

  'workshop.goals': 'By the end, participants can',
  'workshop.agenda': 'Agenda',
  'workshop.agenda.caption':
    'The session block by block, with the clock running from the start ({minutes} minutes in all).',
  'workshop.agenda.clock': 'Clock',
  'workshop.agenda.minutes': '{minutes} min',
  'workshop.agenda.block': 'What happens',
  'workshop.agenda.device': 'Screen',
  'workshop.agenda.noDevice': 'No device needed',
  'workshop.agenda.needsDevice': 'Uses the screen',
  'workshop.agenda.end': 'End',
  'workshop.kind.talk': 'Talk',
  'workshop.kind.activity': 'Activity',
  'workshop.kind.discussion': 'Discussion',
  'workshop.kind.demo': 'Demo',
  'workshop.kind.break': 'Break',
  'workshop.prepare': 'What to prepare',
  'workshop.session': 'Running the session',
  'workshop.slides': 'Slides and lessons',
  'workshop.slides.intro':
    'Before people arrive, open each lesson’s slides on the big screen and its presenter view on your own screen (press P in either window to open the other). The presenter view shows your notes, the next slide and the time left in this guide’s block; moving in one window moves the other. Without a second screen, print the presenter view: it is every slide with its notes.',
  'workshop.slides.lesson': 'Lesson {n}',
  'workshop.slides.present': 'Present',
  'workshop.slides.read': 'Read',
  'workshop.slides.presentLabel': 'Present lesson {n}, {title}',
  'workshop.slides.readLabel': 'Read lesson {n}, {title}',
  'workshop.slides.presenter': 'Presenter view',
  'workshop.slides.presenterLabel': 'Presenter view of lesson {n}, {title}, timed for this guide',
  'workshop.presets': 'Simulator presets',
  'workshop.presets.intro':
    'Each link opens the simulator with the choices already made. Show it on the big screen, or let people scan the code with a phone.',
  'workshop.presets.qr': 'QR code for the preset: {label}',
  'workshop.presets.open': 'Open the preset',
  'workshop.printHint': 'To print this guide, use your browser’s print command (Ctrl+P, or Cmd+P on a Mac).',
  'workshop.back': 'All guides',

  'handouts.title': 'Handouts',
  'handouts.description':
    'Sheets to print for a workshop: category cards, a worksheet, data cards, banner scripts, the glossary on one page, and the answer keys.',
  'handouts.intro':
    'Sheets to print for a session. Each fits A4 and US Letter, in black and white, and needs no colour printer.',
  'handouts.others': 'Lessons and guides print too',
  'handouts.othersText':
    'Every lesson and every facilitator guide prints cleanly from its own page, without menus, with the address of each link written out.',
  'handouts.print': 'Print this page',
  'handouts.printHint': 'Print this page (Ctrl+P, or Cmd+P on a Mac).',
  'handouts.cutHere': 'Cut along the dashed lines.',
  'handouts.name': 'Name or group:',

  'handouts.categories.title': 'The six consent categories, as cards',
  'handouts.categories.summary':
    'Six cut-out cards: what each consent category of a banner enables, which kind of data it concerns, and the name Google Consent Mode gives it.',
  'handouts.categories.enables': 'What it enables',
  'handouts.categories.data': 'Kind of data',
  'handouts.categories.consentMode': 'Google Consent Mode',
  'handouts.categories.noConsentMode': 'No Consent Mode name: sharing with named partners',
  'handouts.categories.optional': 'You choose',
  'handouts.categories.data.necessary': 'First party, needed for the service',
  'handouts.categories.data.preferences': 'First party',
  'handouts.categories.data.analytics': 'First party, or a company measuring for the shop',
  'handouts.categories.data.personalization': 'First party',
  'handouts.categories.data.advertising': 'Third party',
  'handouts.categories.data.partners': 'Second party',

  'handouts.worksheet.title': 'Maya’s shopping trip, a worksheet',
  'handouts.worksheet.summary':
    'The steps of the shopping trip in the simulator, with a column to tick what Maya gets under reject all, your choice and accept all, and four questions.',
  'handouts.worksheet.intro':
    '{about} For each thing the shop can offer her, tick the columns where she gets it. Under "Your choice", first tick the switches you would turn on.',
  'handouts.worksheet.yourChoice': 'Your choice, the switches you turn on:',
  'handouts.worksheet.step': 'Step',
  'handouts.worksheet.stepTitle': '{n}. {title}',
  'handouts.worksheet.nothing': 'Nothing on screen depends on the choice at this step: nothing to tick.',
  'handouts.worksheet.offer': 'What Maya can get',
  'handouts.worksheet.needs': 'Needs',
  'handouts.worksheet.rejectAll': 'Reject all',
  'handouts.worksheet.choice': 'Your choice',
  'handouts.worksheet.acceptAll': 'Accept all',
  'handouts.worksheet.questions': 'Questions',
  'handouts.worksheet.q1': 'Which things does Maya keep even when she rejects all? Why can the shop still offer them?',
  'handouts.worksheet.q2': 'Which switches let Maya’s data leave the shop? What does she get in exchange?',
  'handouts.worksheet.q3': 'Compare your choice with accept all. What did you give up, and was it worth it to you?',
  'handouts.worksheet.q4': 'Open the simulator with your choice. Did anything surprise you?',

  'handouts.dataCards.title': 'Data cards: who holds Maya’s data?',
  'handouts.dataCards.summary':
    'Cards to cut out, one per piece of data from Maya’s shopping trip, with the party and switch labels to sort them under. The answers are on the answer key, not on the cards.',
  'handouts.dataCards.intro':
    'One set per group. Each card is a piece of data from Maya’s four days at Threadline. Groups put each card under the company that ends up holding it, then under the banner switch that lets it happen.',
  'handouts.dataCards.cards': 'The cards',
  'handouts.dataCards.cardNumber': 'Card {n}',
  'handouts.dataCards.labels': 'Labels to sort the cards under',
  'handouts.dataCards.label.first': '{shop} (first party)',
  'handouts.dataCards.label.second': 'A named partner (second party)',
  'handouts.dataCards.label.third': 'A company Maya never dealt with (third party)',
  'handouts.dataCards.card': 'Card',
  'handouts.dataCards.data': 'What the card says',
  'handouts.dataCards.holder': 'Who holds it',
  'handouts.dataCards.switch': 'Switch',

  'handouts.bannerWalk.title': 'The banner walk: five banner scripts',
  'handouts.bannerWalk.summary':
    'One script per page, in large type, for five volunteers to read aloud as cookie banners. Whether each is fair is on the answer key, not on the scripts.',
  'handouts.bannerWalk.intro':
    'Print one copy. Five volunteers each hold a page and read it aloud, as the banner. The room raises green for fair or red for a trick, and names the trick.',
  'handouts.bannerWalk.banner': 'Banner',
  'handouts.bannerWalk.bannerLetter': 'Banner {letter}',
  'handouts.bannerWalk.readAloud': 'Read this aloud, as the banner.',
  'handouts.bannerWalk.verdict': 'Fair or a trick?',
  'handouts.bannerWalk.fair': 'Fair',
  'handouts.bannerWalk.trick': 'A trick',
  'handouts.bannerWalk.why': 'Why',

  'handouts.answers.title': 'Answer keys, for the trainer',
  'handouts.answers.summary':
    'The answers to the worksheet, the data cards and the banner walk, each on its own sheet, apart from what participants receive.',
  'handouts.answers.intro':
    'For the trainer. The worksheet and card answers are computed from the simulator’s own scenario, so they match what the simulator and the slides show; the banner answers name their sources.',
  'handouts.answers.gets': 'Gets it',
  'handouts.answers.misses': 'Misses it',
  'handouts.answers.openSheet': 'Open the sheet',
  'handouts.answers.forWorksheet': 'The answer key of this worksheet, for the trainer',
  'handouts.answers.forCards': 'The answer key of the cards, for the trainer',
  'handouts.answers.forBanners': 'The answer key of the banner walk, for the trainer',

  'handouts.glossary.title': 'The glossary on one sheet',
  'handouts.glossary.summary': 'Every term of the lessons with its one-line meaning, in two columns of small type.',
  'handouts.glossary.intro': 'Every term the lessons use, in one line each. The full explanations are at {url}.',
} as const;
