/**
 * English UI strings of the link builder island (`src/widgets/link-builder/`).
 * Translators: keep every `{placeholder}` as it is. The `snippet.*` strings end up in
 * brands' banners, in the language the brand picks for its links.
 */
export const linkBuilder = {
  'linkBuilder.needsJs':
    'The builder runs in your browser and needs JavaScript, which is off or still loading. Without it, write your links by hand with the pattern below.',
  'linkBuilder.formLabel': 'Link builder',
  'linkBuilder.step.brand': '1. Your name',
  'linkBuilder.brandLabel': 'Your brand’s name, as your visitors know it',
  'linkBuilder.brandHelp':
    '{n} of {max} characters. The simulator shows it as plain text, to tell visitors where they came from. Leave it empty for no name.',
  'linkBuilder.brandTrimmed': 'The name is cut at {max} characters.',
  'linkBuilder.step.offered': '2. The categories your banner offers',
  'linkBuilder.offeredHelp': 'Strictly necessary is always on, so it is not in this list.',
  'linkBuilder.step.names': '3. Your names for them',
  'linkBuilder.namesHelp':
    'One row per name your banner shows. Pick a usual name from the list to get a suggested match, or type your own and choose the category yourself.',
  'linkBuilder.ownName': 'Your name for it',
  'linkBuilder.ourCategory': 'Our category',
  'linkBuilder.row': '(row {n})',
  'linkBuilder.choose': 'Choose…',
  'linkBuilder.suggested': 'Suggested: a judgement, check it',
  'linkBuilder.addRow': 'Add a name',
  'linkBuilder.removeRow': 'Remove row {n}',
  'linkBuilder.noRows': 'No names yet. Add one for each category your banner names.',
  'linkBuilder.step.language': '4. Language of the pages',
  'linkBuilder.language.en': 'English',
  'linkBuilder.language.fr': 'French',

  'linkBuilder.results': 'Your links',
  'linkBuilder.main': 'Main link: the simulator, starting like your banner',
  'linkBuilder.mainHelp':
    'It opens the simulator with nothing optional switched on, which is where your banner leaves a visitor who has not chosen yet, since saying nothing is saying no. Your name is shown at the top. From there the visitor switches on one category at a time and sees what each one trades.',
  'linkBuilder.allOffered': 'The same, with every category your banner offers switched on',
  'linkBuilder.allOfferedHelp':
    'Useful next to “Accept all”: it shows what accepting everything on your banner trades.',
  'linkBuilder.perCategory': 'One link per category, for the “learn more” slot next to each switch',
  'linkBuilder.yourNames': 'Your name: {names}',
  'linkBuilder.alwaysOn': 'always on',
  'linkBuilder.openMain': 'Open the main link',
  'linkBuilder.openAll': 'Open the link with everything on',
  'linkBuilder.copy': 'Copy',
  'linkBuilder.copyWhat': 'Copy: {what}',
  'linkBuilder.copied': 'Copied.',
  'linkBuilder.copiedWhat': 'Copied: {what}.',
  'linkBuilder.selected': 'Selected. Press Ctrl+C, or ⌘C on a Mac, to copy.',
  'linkBuilder.updated': 'Links updated: {n} categories, {language}.',
  'linkBuilder.updatedBrand': 'Links updated for {brand}.',
  'linkBuilder.updatedNoBrand': 'Links updated, with no name.',

  'linkBuilder.snippets': 'Ready to paste',
  'linkBuilder.snippetsHelp':
    'Each snippet holds only what to add; keep the rest of your settings. The brand name and your category names are escaped for each language, so they show as text. The links open in a new tab (target="_blank" rel="noopener"), so your visitors keep your page and its banner where they left them.',
  'linkBuilder.snippet.html': 'Plain HTML link',
  'linkBuilder.snippet.htmlHelp': 'For any banner, footer or privacy page.',
  'linkBuilder.snippet.klaro': 'Klaro',
  'linkBuilder.snippet.klaroHelp':
    'Adds a link to each purpose’s description. The keys under purposes are guessed from your names: use the purpose names your services list.',
  'linkBuilder.snippet.orestbida': 'CookieConsent v3 by Orest Bida',
  'linkBuilder.snippet.orestbidaHelp':
    'Adds a link to each section of the preferences window, and a last section with the main link. Each linkedCategory is guessed from your names: use your own category names.',
  'linkBuilder.snippet.embed': 'Embed a widget',
  'linkBuilder.snippet.embedHelp':
    'For your own privacy page: one of our widgets in a frame that grows to fit, preset like your main link. Our embed pages are the only ones that allow framing.',
  'linkBuilder.embedWidget': 'Widget to embed',
  'linkBuilder.embedWidget.shop-simulator': 'Shop simulator',
  'linkBuilder.embedWidget.tradeoff-map': 'Trade-off map',
  'linkBuilder.embedWidget.compare': 'Compare table',
  'linkBuilder.snippet.tarteaucitron': 'tarteaucitron.js',
  'linkBuilder.snippet.tarteaucitronHelp':
    'Points the “more info” link of every service to the simulator. tarteaucitron sets that link per service, not per category.',

  'linkBuilder.qr': 'QR code for print',
  'linkBuilder.qrHelp': 'It holds the main link. Test it with a phone before you print.',
  'linkBuilder.qrLabel': 'QR code for {url}',
  'linkBuilder.qrDownload': 'Download the QR code (SVG)',
  'linkBuilder.privacy': 'All of this runs in this page. Nothing you type is sent anywhere or kept.',

  'linkBuilder.snippet.linkText': 'What each cookie choice trades, explained by Data Deal',
  'linkBuilder.snippet.linkTextBrand': 'What each cookie choice on {brand} trades, explained by Data Deal',
  'linkBuilder.snippet.learnMore': 'What this choice trades, explained by Data Deal',
  'linkBuilder.snippet.moreTitle': 'What each choice trades',
} as const;
