import type { LetterWords } from './types';

/** Les mots français des courriers. */
export const fr: LetterWords = {
  locale: 'fr',
  date: 'Le {date}',
  to: 'À l’attention de : {company}',
  subjectLine: 'Objet : {subject}',
  subjectGdpr: 'Demande concernant mes données personnelles (RGPD) : {asks}',
  subjectCcpa: 'Demande au titre du CCPA : {asks}',
  subjectGdprReminder: 'Relance : ma demande concernant mes données personnelles (RGPD)',
  subjectCcpaReminder: 'Relance : ma demande au titre du CCPA',
  askAccess: 'accès',
  askErasure: 'effacement',
  askObjection: 'opposition à la prospection',
  askWithdrawal: 'retrait du consentement',
  askKnow: 'droit de savoir',
  askDelete: 'suppression',
  askOptOut: 'refus de la vente et du partage',
  greeting: 'Madame, Monsieur,',
  introGdpr:
    'Je vous écris pour exercer mes droits au titre du règlement général sur la protection des données (RGPD), le règlement (UE) 2016/679.',
  introCcpa:
    'Je réside en Californie. Je vous écris pour exercer mes droits au titre du California Consumer Privacy Act (CCPA).',
  reminderGdpr:
    'Le {firstSent}, je vous ai écrit au sujet de mes données personnelles. Vous aviez jusqu’au {due} pour répondre (article 12, paragraphe 3, du RGPD). Je n’ai pas reçu de réponse complète. Je renouvelle donc ma demande ci-dessous.',
  reminderCcpa:
    'Le {firstSent}, je vous ai écrit au sujet de mes données. Vous aviez jusqu’au {due} pour y donner suite. Je n’ai pas reçu de réponse complète. Je renouvelle donc ma demande ci-dessous.',
  identity: 'Pour retrouver mes données, vous pouvez utiliser ces informations : {identity}',
  noAsk: '[Cochez au moins une demande.]',
  access:
    'Accès (article 15 du RGPD). Merci de me dire si vous utilisez des données personnelles me concernant. Si c’est le cas, merci de m’en envoyer une copie (article 15, paragraphe 3) et de m’indiquer :',
  accessItems: [
    'pourquoi vous les utilisez (les finalités) ;',
    'quelles catégories de données vous détenez ;',
    'à qui vous les avez communiquées ou allez les communiquer, en nommant chaque destinataire, y compris hors de l’Union européenne, et comment elles y sont protégées ;',
    'combien de temps vous les garderez, ou comment vous fixez cette durée ;',
    'd’où elles viennent, si vous ne les tenez pas de moi ;',
    'si vous les utilisez pour prendre des décisions automatisées me concernant, y compris par profilage, et dans ce cas comment cela fonctionne et ce que cela implique pour moi ;',
    'mes droits de les faire corriger ou effacer, d’en limiter l’usage ou de m’y opposer, et de saisir une autorité de protection des données.',
  ],
  accessBeforeErasure: 'Merci de m’envoyer cette copie avant d’effacer quoi que ce soit.',
  erasure:
    'Effacement (article 17 du RGPD). Merci d’effacer dans les meilleurs délais les données personnelles que vous détenez sur moi. Si vous les avez communiquées à d’autres, merci de les prévenir de ma demande et de me dire qui ils sont (article 19). Si vous devez garder certaines données, par exemple parce qu’une autre loi l’impose, merci de me dire lesquelles et pourquoi.',
  objection:
    'Opposition à la prospection (article 21 du RGPD). Je m’oppose à l’utilisation de mes données personnelles à des fins de prospection commerciale, y compris au profilage qui y est lié. Dès lors, vous ne pouvez plus utiliser mes données à ces fins (article 21, paragraphe 3).',
  withdrawal:
    'Retrait du consentement (article 7, paragraphe 3, du RGPD). Je retire tous les consentements que je vous ai donnés, y compris pour les cookies et autres traceurs de vos sites et applications. Merci de cesser toute utilisation de mes données fondée sur ce consentement.',
  know: 'Droit de savoir (Code civil de Californie, § 1798.110). Merci de m’indiquer :',
  knowItems: [
    'les catégories de données que vous avez collectées sur moi ;',
    'les catégories de sources dont elles proviennent ;',
    'pourquoi vous les collectez, les vendez ou les partagez (la finalité commerciale) ;',
    'les catégories de tiers à qui vous les communiquez ;',
    'le détail des données que vous avez collectées sur moi.',
  ],
  knowSold:
    'Si vous vendez ou partagez mes données, dites-moi aussi quels types de données, et à quels types de tiers (§ 1798.115).',
  delete:
    'Droit à la suppression (Code civil de Californie, § 1798.105). Merci de supprimer les informations personnelles que vous avez collectées auprès de moi. Merci aussi de demander à vos prestataires de les supprimer. Faites de même auprès des tiers à qui vous les avez vendues ou transmises. Si la loi vous permet d’en garder une partie, merci de me dire laquelle et pourquoi.',
  optOut:
    'Droit de refuser la vente et le partage (Code civil de Californie, § 1798.120). Merci de ne pas vendre ni partager mes données, ni maintenant ni plus tard.',
  deadlineGdpr:
    'Merci de me répondre dans les meilleurs délais, et au plus tard un mois après la réception de ce courrier, soit le {due} (article 12, paragraphe 3, du RGPD). Si la demande est complexe ou si vous recevez de nombreuses demandes, ce délai peut être prolongé de deux mois. Vous devez alors me prévenir dans le premier mois, en m’en donnant les raisons. Si vous décidez de ne pas donner suite, merci de m’en dire les motifs dans ce même délai (article 12, paragraphe 4). En principe, la réponse est gratuite (article 12, paragraphe 5).',
  deadlineCcpa:
    'Merci de me dire sous 10 jours ouvrés que vous avez bien reçu cette demande. Merci ensuite d’y répondre dans les 45 jours calendaires suivant sa réception, soit le {due} au plus tard (Code civil de Californie, § 1798.130 ; Code des règlements de Californie, titre 11, § 7021). Ce délai peut être prolongé une seule fois de 45 jours. Vous devez alors me prévenir dans les 45 premiers jours, et me dire pourquoi.',
  deadlineCcpaOptOut:
    'Merci de cesser de vendre et de partager mes données dès que possible. La date limite tombe 15 jours ouvrés après la réception de cette demande : le {due} (Code des règlements de Californie, titre 11, § 7026).',
  nonDiscrimination: 'Merci de ne pas me traiter différemment parce que j’exerce ces droits (§ 1798.125).',
  closingReminderGdpr:
    'Merci de me répondre sans attendre. Sans réponse complète, je compte saisir une autorité de protection des données, comme la CNIL en France (article 77 du RGPD).',
  closingReminderCcpa:
    'Merci de me répondre sans attendre. Sans réponse complète, je compte saisir la California Privacy Protection Agency ou le procureur général de Californie.',
  thanks: 'Je vous remercie par avance.',
  signOff: 'Veuillez agréer, Madame, Monsieur, mes salutations distinguées.',
  blankDate: '[date]',
  blankCompany: '[nom de l’entreprise]',
  blankContact: '[contact pour les données personnelles : adresse e-mail ou postale]',
  blankIdentity:
    '[ce qui permet à l’entreprise de vous retrouver : par exemple l’adresse e-mail de votre compte, ou un numéro de client]',
  blankName: '[votre nom]',
  blankFirstSent: '[date de votre premier courrier]',
  blankDueGdpr: '[un mois après la réception de ce courrier]',
  blankDueCcpa: '[45 jours après la réception de cette demande]',
  blankDueCcpaOptOut: '[15 jours ouvrés après la réception de cette demande]',
};
