/**
 * The banner decoder's data: every name it knows, as banners write it, with its plain
 * meaning in English and French and the categories of ours it belongs to.
 *
 * Where the category table (`~/engine/categories`) already says how a Consent Mode type
 * or a TCF purpose maps to our categories, the entry takes the mapping from there, so
 * the simulator, the `/choices/` pages and the decoder never disagree. Only the names the
 * table does not cover (one special purpose, the features, the special features, the
 * names consent tools use) carry a mapping of their own, and every one of those is
 * flagged as a judgement.
 *
 * Sources: Google Consent Mode types and the TCF v2.2 names as in
 * `shared/references/mission.md` §3.1-3.2 (English GVL v3 names; the French names are the
 * GVL's French translation); the usual names and OneTrust groups as in §2 and §3.4.
 */
import { categories } from '~/engine/categories';
import type { Category, Localised } from '~/engine/types';
import { usualNames } from './usual-names';

/** A vocabulary banners speak; the decoder groups its list by vocabulary, in this order. */
export type Vocabulary =
  'consent-mode' | 'tcf-purpose' | 'tcf-special-purpose' | 'tcf-feature' | 'tcf-special-feature' | 'usual' | 'onetrust';

/** The vocabularies, in the order the decoder lists them. */
export const vocabularies: readonly Vocabulary[] = [
  'consent-mode',
  'tcf-purpose',
  'tcf-special-purpose',
  'tcf-feature',
  'tcf-special-feature',
  'usual',
  'onetrust',
];

/** One name, or one family of names, a banner can show. */
export interface DecoderEntry {
  /** Anchor on `/decoder/` (`ad_storage`, `tcf-purpose-1`, `name-marketing`); stable, brands link to it. */
  id: string;
  vocabulary: Vocabulary;
  /** The number inside its vocabulary (TCF purpose 3), when it has one. */
  number: number | null;
  /** How banners write it, per locale; the first is the heading, the others are synonyms. */
  names: { en: readonly string[]; fr: readonly string[] };
  /** Whether the names are code (`ad_storage`, `C0004`) and should be shown as code. */
  code: boolean;
  /** What it means, in plain words. */
  meaning: Localised;
  /** Our categories it belongs to, in category order; never empty. */
  categories: readonly Category[];
  /** True when the match to our categories is our reading rather than the vocabulary's own definition. */
  judgement: boolean;
}

const same = (...names: string[]) => ({ en: names, fr: names });

// ---------------------------------------------------------------------------
// Google Consent Mode v2 (mission.md §3.1)
// ---------------------------------------------------------------------------

const consentModeMeanings: Record<string, Localised> = {
  ad_storage: {
    en: 'Lets the site store advertising cookies or similar, such as the identifier an ad network gives your browser.',
    fr: 'Autorise le site à déposer des cookies publicitaires ou équivalents, comme l’identifiant qu’une régie donne à votre navigateur.',
  },
  ad_user_data: {
    en: 'Lets the site send data about you to Google for advertising, for example that you bought something after clicking an ad.',
    fr: 'Autorise le site à envoyer à Google des données vous concernant pour la publicité, par exemple un achat fait après un clic sur une annonce.',
  },
  ad_personalization: {
    en: 'Lets Google use that data to personalise the ads you see, including ads that follow you to other sites.',
    fr: 'Autorise Google à utiliser ces données pour personnaliser les publicités que vous voyez, y compris celles qui vous suivent sur d’autres sites.',
  },
  analytics_storage: {
    en: 'Lets the site store cookies that measure visits, such as how long a visit lasts and which pages it saw.',
    fr: 'Autorise le site à déposer des cookies de mesure, par exemple la durée d’une visite et les pages vues.',
  },
  functionality_storage: {
    en: 'Lets the site store what keeps it working the way you set it, such as your language.',
    fr: 'Autorise le site à garder ce qui le fait fonctionner comme vous l’avez réglé, par exemple votre langue.',
  },
  personalization_storage: {
    en: 'Lets the site store what it needs to tailor what it shows you, such as recommendations.',
    fr: 'Autorise le site à garder ce qu’il lui faut pour adapter ce qu’il vous montre, comme des recommandations.',
  },
  security_storage: {
    en: 'Storage for security: keeping you logged in, stopping fraud, protecting accounts. Sites usually leave it on.',
    fr: 'Stockage lié à la sécurité : rester connecté, bloquer la fraude, protéger les comptes. Les sites le laissent en général activé.',
  },
};

/** Google's order: the four consent types, then the three privacy types. */
const consentModeTypes = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

function consentModeEntries(): DecoderEntry[] {
  return consentModeTypes.map((type) => ({
    id: type,
    vocabulary: 'consent-mode',
    number: null,
    names: same(type),
    code: true,
    meaning: consentModeMeanings[type],
    categories: categories.filter((c) => c.consentMode.includes(type)).map((c) => c.id),
    // Google defines each type; the category table lines them up with ours one to one.
    judgement: false,
  }));
}

// ---------------------------------------------------------------------------
// IAB TCF v2.2 (mission.md §3.2)
// ---------------------------------------------------------------------------

interface TcfItem {
  names: { en: string; fr: string };
  meaning: Localised;
}

const tcfPurposes: TcfItem[] = [
  {
    names: {
      en: 'Store and/or access information on a device',
      fr: 'Stocker et/ou accéder à des informations sur un appareil',
    },
    meaning: {
      en: 'Putting cookies or similar on your device, or reading them. Nothing visible on its own: it is the door every other purpose goes through, so it sits under each of our categories that stores something.',
      fr: 'Déposer des cookies ou équivalents sur votre appareil, ou les lire. Rien de visible en soi : c’est la porte par laquelle passent toutes les autres finalités, d’où sa place dans chacune de nos catégories qui stocke quelque chose.',
    },
  },
  {
    names: {
      en: 'Use limited data to select advertising',
      fr: 'Utiliser des données limitées pour sélectionner la publicité',
    },
    meaning: {
      en: 'Choosing ads from a few facts that are not a profile: the site you are on, your rough location, your type of device.',
      fr: 'Choisir des publicités à partir de quelques éléments qui ne forment pas un profil : le site consulté, votre position approximative, votre type d’appareil.',
    },
  },
  {
    names: {
      en: 'Create profiles for personalised advertising',
      fr: 'Créer des profils pour la publicité personnalisée',
    },
    meaning: {
      en: 'Building a picture of your interests from what you do, to target ads at you later.',
      fr: 'Construire une image de vos centres d’intérêt à partir de ce que vous faites, pour vous cibler ensuite avec des publicités.',
    },
  },
  {
    names: {
      en: 'Use profiles to select personalised advertising',
      fr: 'Utiliser des profils pour sélectionner des publicités personnalisées',
    },
    meaning: {
      en: 'Choosing the ads you see with such a profile.',
      fr: 'Choisir les publicités que vous voyez à l’aide d’un tel profil.',
    },
  },
  {
    names: { en: 'Create profiles to personalise content', fr: 'Créer des profils de contenus personnalisés' },
    meaning: {
      en: 'Building a picture of your interests to decide which articles or products to put in front of you.',
      fr: 'Construire une image de vos centres d’intérêt pour décider quels articles ou produits mettre en avant pour vous.',
    },
  },
  {
    names: {
      en: 'Use profiles to select personalised content',
      fr: 'Utiliser des profils pour sélectionner des contenus personnalisés',
    },
    meaning: {
      en: 'Choosing what the site shows you with such a profile.',
      fr: 'Choisir ce que le site vous montre à l’aide d’un tel profil.',
    },
  },
  {
    names: { en: 'Measure advertising performance', fr: 'Mesurer la performance des publicités' },
    meaning: {
      en: 'Checking whether ads were seen and worked: views, clicks, purchases after an ad.',
      fr: 'Vérifier si les publicités ont été vues et ont marché : affichages, clics, achats après une annonce.',
    },
  },
  {
    names: { en: 'Measure content performance', fr: 'Mesurer la performance des contenus' },
    meaning: {
      en: 'Checking how pages, articles and videos are read or watched.',
      fr: 'Mesurer comment les pages, articles et vidéos sont lus ou regardés.',
    },
  },
  {
    names: {
      en: 'Understand audiences through statistics or combinations of data from different sources',
      fr: 'Comprendre les publics par le biais de statistiques ou de combinaisons de données provenant de différentes sources',
    },
    meaning: {
      en: 'Reports on who visits, sometimes mixing data from several sources. We file it under analytics; the mixing part is why that is a judgement.',
      fr: 'Des rapports sur qui visite le site, parfois en croisant plusieurs sources. Nous le rangeons dans la mesure d’audience ; le croisement de sources en fait un choix discutable.',
    },
  },
  {
    names: { en: 'Develop and improve services', fr: 'Développer et améliorer les services' },
    meaning: {
      en: 'Using data to fix, test and build products.',
      fr: 'Utiliser des données pour corriger, tester et créer des produits.',
    },
  },
  {
    names: {
      en: 'Use limited data to select content',
      fr: 'Utiliser des données limitées pour sélectionner le contenu',
    },
    meaning: {
      en: 'Choosing content from a few facts that are not a profile, such as the page you are on. New in version 2.2.',
      fr: 'Choisir des contenus à partir de quelques éléments qui ne forment pas un profil, comme la page consultée. Nouveau dans la version 2.2.',
    },
  },
];

const tcfSpecialPurposes: TcfItem[] = [
  {
    names: {
      en: 'Ensure security, prevent and detect fraud, and fix errors',
      fr: 'Assurer la sécurité, prévenir et détecter la fraude et réparer les erreurs',
    },
    meaning: {
      en: 'Keeping the service safe and working: spotting bots and fraud, fixing bugs. The TCF gives you no way to refuse it.',
      fr: 'Garder le service sûr et en état de marche : repérer les robots et la fraude, corriger les bugs. Le TCF ne vous laisse pas la refuser.',
    },
  },
  {
    names: {
      en: 'Deliver and present advertising and content',
      fr: 'Fournir et présenter des publicités et du contenu',
    },
    meaning: {
      en: 'Sending ads and content to your screen and making them display. The TCF gives you no way to refuse it; we place it with advertising, because ads are not what you came for.',
      fr: 'Envoyer des publicités et des contenus jusqu’à votre écran et les afficher. Le TCF ne vous laisse pas la refuser ; nous la rangeons dans la publicité, car vous n’êtes pas venu pour les annonces.',
    },
  },
  {
    names: {
      en: 'Save and communicate privacy choices',
      fr: 'Enregistrer et communiquer les choix en matière de confidentialité',
    },
    meaning: {
      en: 'Remembering your answer to the banner and passing it on to the companies involved. The TCF gives you no way to refuse it.',
      fr: 'Retenir votre réponse au bandeau et la transmettre aux entreprises concernées. Le TCF ne vous laisse pas la refuser.',
    },
  },
];

const tcfFeatures: TcfItem[] = [
  {
    names: {
      en: 'Match and combine data from other data sources',
      fr: 'Mettre en correspondance et combiner des données à partir d’autres sources de données',
    },
    meaning: {
      en: 'Joining what is collected here with data from elsewhere, such as a list of customers. Disclosed, not asked: the banner tells you, it does not ask.',
      fr: 'Relier ce qui est collecté ici à des données venues d’ailleurs, comme un fichier clients. Annoncée, pas demandée : le bandeau vous en informe sans vous poser la question.',
    },
  },
  {
    names: { en: 'Link different devices', fr: 'Relier différents appareils' },
    meaning: {
      en: 'Working out that your phone and your laptop belong to the same person. Disclosed, not asked.',
      fr: 'Déduire que votre téléphone et votre ordinateur appartiennent à la même personne. Annoncée, pas demandée.',
    },
  },
  {
    names: {
      en: 'Identify devices based on information transmitted automatically',
      fr: 'Identifier les appareils en fonction des informations transmises automatiquement',
    },
    meaning: {
      en: 'Recognising your device from what it sends anyway, such as its IP address and browser type. Disclosed, not asked.',
      fr: 'Reconnaître votre appareil à partir de ce qu’il envoie de toute façon, comme son adresse IP et son type de navigateur. Annoncée, pas demandée.',
    },
  },
];

const tcfSpecialFeatures: TcfItem[] = [
  {
    names: { en: 'Use precise geolocation data', fr: 'Utiliser des données de géolocalisation précises' },
    meaning: {
      en: 'Knowing where you are to within about 500 metres. Needs your opt-in.',
      fr: 'Savoir où vous êtes à environ 500 mètres près. Demande votre accord explicite.',
    },
  },
  {
    names: {
      en: 'Actively scan device characteristics for identification',
      fr: 'Analyser activement les caractéristiques de l’appareil pour l’identification',
    },
    meaning: {
      en: 'Asking your device for details, such as its fonts or screen, to recognise it without a cookie: fingerprinting. Needs your opt-in.',
      fr: 'Interroger votre appareil sur ses détails, comme ses polices ou son écran, pour le reconnaître sans cookie : c’est l’empreinte numérique. Demande votre accord explicite.',
    },
  },
];

/**
 * Where the category table says nothing, our reading. Special purpose 2 and the
 * (special) features serve advertising above all; combining sources also feeds partners.
 */
const tcfJudgements: Partial<Record<Vocabulary, Record<number, Category[]>>> = {
  'tcf-special-purpose': { 2: ['advertising'] },
  'tcf-feature': { 1: ['advertising', 'partners'], 2: ['advertising'], 3: ['advertising'] },
  'tcf-special-feature': { 1: ['advertising'], 2: ['advertising'] },
};

function tcfEntries(vocabulary: Vocabulary, items: TcfItem[]): DecoderEntry[] {
  return items.map((item, index) => {
    const number = index + 1;
    const mapped =
      vocabulary === 'tcf-purpose'
        ? categories.filter((c) => c.tcf.purposes.includes(number))
        : vocabulary === 'tcf-special-purpose'
          ? categories.filter((c) => c.tcf.specialPurposes.includes(number))
          : [];
    const own = tcfJudgements[vocabulary]?.[number];
    return {
      // The vocabulary doubles as the anchor prefix: `tcf-purpose-1`, `tcf-special-feature-2`.
      id: `${vocabulary}-${number}`,
      vocabulary,
      number,
      names: { en: [item.names.en], fr: [item.names.fr] },
      code: false,
      meaning: item.meaning,
      categories: mapped.length > 0 ? mapped.map((c) => c.id) : (own ?? []),
      judgement: mapped.length > 0 ? mapped.some((c) => c.tcf.mapping === 'interpretive') : true,
    };
  });
}

// ---------------------------------------------------------------------------
// The usual names, and OneTrust's default groups (mission.md §2.1-2.6, §3.4)
// ---------------------------------------------------------------------------

const usualMeanings: Record<string, Localised> = {
  necessary: {
    en: 'What the site needs to work at all: the cart, the login, security, your answer to the banner. Always on, so check it holds only that.',
    fr: 'Ce dont le site a besoin pour fonctionner : le panier, la connexion, la sécurité, votre réponse au bandeau. Toujours actif : vérifiez qu’il ne contient que cela.',
  },
  functional: {
    en: 'Usually remembered settings and extras such as a chat window or an embedded map. Some tools use the word for what the service needs to work (Klaro’s default list does), so read what the banner puts under it.',
    fr: 'En général des réglages mémorisés et des extras comme une fenêtre de discussion ou une carte intégrée. Certains outils emploient le mot pour ce dont le service a besoin (la liste par défaut de Klaro, par exemple) : lisez ce que le bandeau range dessous.',
  },
  preferences: {
    en: 'Remembering choices you made, such as language, currency or region.',
    fr: 'Retenir les choix que vous avez faits, comme la langue, la devise ou la région.',
  },
  statistics: {
    en: 'Counting visits and clicks to learn how the site is used.',
    fr: 'Compter les visites et les clics pour savoir comment le site est utilisé.',
  },
  performance: {
    en: 'Mostly measurement, like analytics: OneTrust’s “Performance” group counts visits. Klaro’s default “Performance” is about making the service run better, so check which one a banner means.',
    fr: 'Surtout de la mesure, comme l’analyse d’audience : le groupe « Performance » de OneTrust compte les visites. Le « Performance » par défaut de Klaro sert à faire mieux tourner le service : vérifiez lequel un bandeau veut dire.',
  },
  personalisation: {
    en: 'Shaping what the site shows you from what you did there.',
    fr: 'Adapter ce que le site vous montre à partir de ce que vous y avez fait.',
  },
  marketing: {
    en: 'Advertising, usually with ad networks that recognise you on other sites. Sometimes it also covers the brand’s own emails and offers.',
    fr: 'La publicité, le plus souvent avec des régies qui vous reconnaissent sur d’autres sites. Parfois aussi les e-mails et offres de la marque elle-même.',
  },
  'social-media': {
    en: 'Share buttons and embedded posts from social networks, which can tell the network you visited. Our closest category is advertising, because the data goes to a third party.',
    fr: 'Boutons de partage et publications intégrées des réseaux sociaux, qui peuvent signaler votre visite au réseau. Notre catégorie la plus proche est la publicité, car les données partent chez un tiers.',
  },
  partners: {
    en: 'Handing your data to companies the brand names, for their own offers.',
    fr: 'Transmettre vos données à des entreprises que la marque nomme, pour leurs propres offres.',
  },
};

function usualEntries(): DecoderEntry[] {
  return usualNames.map((usual) => ({
    id: `name-${usual.id}`,
    vocabulary: 'usual',
    number: null,
    names: usual.names,
    code: false,
    meaning: usualMeanings[usual.id],
    categories: [usual.category],
    judgement: true,
  }));
}

const oneTrustGroups: { id: string; name: string; category: Category; meaning: Localised }[] = [
  {
    id: 'C0001',
    name: 'Strictly Necessary',
    category: 'necessary',
    meaning: {
      en: 'OneTrust’s group for what the site cannot work without. Always on.',
      fr: 'Le groupe de OneTrust pour ce sans quoi le site ne fonctionne pas. Toujours actif.',
    },
  },
  {
    id: 'C0002',
    name: 'Performance',
    category: 'analytics',
    meaning: {
      en: 'OneTrust’s group for counting visits and measuring how the site performs.',
      fr: 'Le groupe de OneTrust pour compter les visites et mesurer le fonctionnement du site.',
    },
  },
  {
    id: 'C0003',
    name: 'Functional',
    category: 'preferences',
    meaning: {
      en: 'OneTrust’s group for remembered settings and extra features. Some sites also put personalisation here.',
      fr: 'Le groupe de OneTrust pour les réglages mémorisés et les fonctions en plus. Certains sites y mettent aussi la personnalisation.',
    },
  },
  {
    id: 'C0004',
    name: 'Targeting',
    category: 'advertising',
    meaning: {
      en: 'OneTrust’s group for advertising that follows you across sites.',
      fr: 'Le groupe de OneTrust pour la publicité qui vous suit d’un site à l’autre.',
    },
  },
  {
    id: 'C0005',
    name: 'Social Media',
    category: 'advertising',
    meaning: {
      en: 'OneTrust’s group for social network buttons and embeds, which report your visit to the network.',
      fr: 'Le groupe de OneTrust pour les boutons et contenus des réseaux sociaux, qui signalent votre visite au réseau.',
    },
  },
];

function oneTrustEntries(): DecoderEntry[] {
  return oneTrustGroups.map((group) => ({
    id: `onetrust-${group.id.toLowerCase()}`,
    vocabulary: 'onetrust',
    number: null,
    names: same(group.id, group.name),
    code: true,
    meaning: group.meaning,
    categories: [group.category],
    judgement: true,
  }));
}

/** Every entry of the decoder, grouped by vocabulary in `vocabularies` order. */
export const decoderEntries: readonly DecoderEntry[] = [
  ...consentModeEntries(),
  ...tcfEntries('tcf-purpose', tcfPurposes),
  ...tcfEntries('tcf-special-purpose', tcfSpecialPurposes),
  ...tcfEntries('tcf-feature', tcfFeatures),
  ...tcfEntries('tcf-special-feature', tcfSpecialFeatures),
  ...usualEntries(),
  ...oneTrustEntries(),
];

/** The entries of one vocabulary, in their order. */
export function entriesOf(vocabulary: Vocabulary): DecoderEntry[] {
  return decoderEntries.filter((entry) => entry.vocabulary === vocabulary);
}
