/**
 * English UI strings of the banner decoder (`/decoder/`). The names and meanings of the
 * entries live with the data, in `src/features/decoder/vocabulary/entries.ts`.
 * Translators: keep every `{placeholder}` as it is.
 */
export const decoder = {
  'decoder.title': 'Banner decoder',
  'decoder.description':
    'The names consent banners use, from Google Consent Mode and the IAB TCF to “Marketing” and “C0004”, in plain words and matched to our six categories.',
  'decoder.intro':
    'Banners speak several vocabularies at once. Find a name you saw on a banner, or in a consent tool’s settings, and see what it means, which of our six categories it belongs to, and how it plays out in the simulator.',
  'decoder.legend':
    'Some matches are ours to make. An entry marked “our judgement” is matched by reading what the name usually covers; the vocabulary itself does not say it. If you run a banner, check it against what your category really holds.',
  'decoder.searchLabel': 'Find a name',
  'decoder.searchHelp':
    'For example ad_storage, “Measure content performance”, Marketing or C0002. Capitals and accents do not matter.',
  'decoder.count.none': 'No name matches.',
  'decoder.count.one': '1 name matches.',
  'decoder.count.other': '{n} names match.',
  'decoder.noMatch':
    'No name matches what you typed. Try part of the name, or browse the full list by clearing the box.',
  'decoder.jumpLabel': 'Vocabularies',
  'decoder.ourCategory': 'Our category',
  'decoder.ourCategories': 'Our categories',
  'decoder.judgement': 'our judgement',
  'decoder.alsoWritten': 'Also written:',
  'decoder.tryIt': 'Try it',
  'decoder.preset': 'Simulator preset: {categories}',
  'decoder.presetRejectAll': 'Simulator preset: reject all (only strictly necessary)',
  'decoder.sourceLabel': 'Source:',
  'decoder.forBrands': 'Linking your banner to Data Deal? The page for brands builds the links for you.',
  'decoder.forBrandsLink': 'Data Deal for brands',

  'decoder.vocab.consent-mode': 'Google Consent Mode v2',
  'decoder.vocab.consent-mode.intro':
    'Seven names a site passes to Google’s tags, each set to granted or denied. Google calls the first four consent types and the last three privacy types. The simulator reads the six optional ones in its address too, as in ?ad_storage=granted.',
  'decoder.vocab.consent-mode.source': 'Google, consent mode: consent types',
  'decoder.vocab.tcf-purpose': 'IAB TCF v2.2: purposes',
  'decoder.vocab.tcf-purpose.intro':
    'The Transparency & Consent Framework of IAB Europe, used by many ad-funded sites and their ad partners. These eleven purposes are what a TCF banner asks you to accept, under their official names.',
  'decoder.vocab.tcf-purpose.source': 'IAB Europe, TCF policies, appendix A',
  'decoder.vocab.tcf-special-purpose': 'IAB TCF v2.2: special purposes',
  'decoder.vocab.tcf-special-purpose.intro':
    'Three uses that a TCF banner lists but does not let you refuse inside the framework.',
  'decoder.vocab.tcf-feature': 'IAB TCF v2.2: features',
  'decoder.vocab.tcf-feature.intro':
    'Three methods companies may use while serving the purposes. A TCF banner discloses them; it does not ask.',
  'decoder.vocab.tcf-special-feature': 'IAB TCF v2.2: special features',
  'decoder.vocab.tcf-special-feature.intro': 'Two methods that a TCF banner may only use with your opt-in.',
  'decoder.vocab.usual': 'The usual category names',
  'decoder.vocab.usual.intro':
    'What consent tools and brands commonly call their categories. No standard defines these words, so every match here is our judgement.',
  'decoder.vocab.onetrust': 'OneTrust groups',
  'decoder.vocab.onetrust.intro':
    'The default group ids of OneTrust, a widely used consent tool. They show up in its settings and in the code of the sites that use it.',

  'decoder.entryLabel.consent-mode': 'Google Consent Mode v2',
  'decoder.entryLabel.tcf-purpose': 'IAB TCF v2.2, purpose {n}',
  'decoder.entryLabel.tcf-special-purpose': 'IAB TCF v2.2, special purpose {n}',
  'decoder.entryLabel.tcf-feature': 'IAB TCF v2.2, feature {n}',
  'decoder.entryLabel.tcf-special-feature': 'IAB TCF v2.2, special feature {n}',
  'decoder.entryLabel.usual': 'Usual banner name',
  'decoder.entryLabel.onetrust': 'OneTrust group',
} as const;
