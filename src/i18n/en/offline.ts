/**
 * English UI strings of "make this site available offline on this device" (the switch on
 * `/workshop/` and `/privacy/`, and its footer link).
 * Translators: keep every `{placeholder}`; `../fr/offline.ts` has exactly the same keys.
 */
export const offline = {
  'offline.footerLink': 'Use this site offline',
  'offline.label': 'Make this site available offline on this device',
  'offline.help':
    'Saves a copy of every page of this site in this browser, so it opens without a connection. Nothing is sent anywhere. Turning it off deletes the copy.',
  'offline.needsJs': 'This option needs JavaScript, which is turned off in your browser.',
  'offline.unsupported':
    'This browser cannot keep a copy of the site: it does not support service workers. Everything else works; to present without wifi, serve the site from a laptop.',
  'offline.insecure':
    'A copy can only be kept when the site is opened over a secure connection (an https address, or localhost). Everything else works.',
  'offline.blocked':
    'Your browser does not let this site store anything, so no copy can be kept. Everything else works.',
  'offline.on': 'On. This site opens on this device without a connection.',
  'offline.starting': 'Saving the site on this device…',
  'offline.progress': 'Saving {done} of {total} files',
  'offline.progressLabel': 'Files saved',
  'offline.done': 'Done. This site now opens on this device without a connection ({total} files, {size}).',
  'offline.removed': 'Offline use is off. The copy of the site was deleted from this device.',
  'offline.failed': 'The site could not be saved ({reason}), so nothing was kept. Try again with a better connection.',
  'offline.failed.network': 'a file could not be downloaded',
  'offline.failed.changed': 'the site was updated while it was being saved',
  'offline.failed.storage': 'the browser refused to store the files',
  'offline.failed.unknown': 'an unexpected error',
  'offline.sizeKb': '{n} KB',
  'offline.sizeMb': '{n} MB',
} as const;
