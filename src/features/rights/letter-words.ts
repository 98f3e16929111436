/**
 * The words of the rights letters, in English and in French. They live with the letter rather than
 * in the UI dictionaries (`src/i18n`) because a letter's language is the visitor's choice, not the
 * page's: an English page can write a French letter, so the island carries both.
 *
 * Writers: plain words, short sentences, one request per paragraph; each legal point names its
 * article or section, so the company can look it up. `{placeholders}` are filled by `letter.ts`;
 * `[brackets]` are the blanks a visitor fills by hand. Both languages have exactly the same keys
 * (the `LetterWords` type holds them to it), and the tests check the article numbers in each.
 */
import type { Locale } from '~/i18n';

/** Every sentence a letter can hold; `{name}` marks where a date, a list or a visitor's field goes. */
export interface LetterWords {
  /** The date line at the top. */
  date: string;
  /** The addressee line. */
  to: string;
  /** The subject line as printed in the letter. */
  subjectLine: string;
  /** Subjects, by law and stage; `{asks}` lists the requests. */
  subjectGdpr: string;
  subjectCcpa: string;
  subjectGdprReminder: string;
  subjectCcpaReminder: string;
  /** Short names of the requests, for the subject. */
  askAccess: string;
  askErasure: string;
  askObjection: string;
  askWithdrawal: string;
  askKnow: string;
  askDelete: string;
  askOptOut: string;
  greeting: string;
  introGdpr: string;
  introCcpa: string;
  /** Reminder opening: `{firstSent}` the first letter's date, `{due}` the deadline that passed. */
  reminderGdpr: string;
  reminderCcpa: string;
  identity: string;
  noAsk: string;
  access: string;
  accessItems: readonly string[];
  accessBeforeErasure: string;
  erasure: string;
  objection: string;
  withdrawal: string;
  know: string;
  knowItems: readonly string[];
  knowSold: string;
  delete: string;
  optOut: string;
  /** Deadlines: `{due}` the date. */
  deadlineGdpr: string;
  deadlineCcpa: string;
  deadlineCcpaOptOut: string;
  nonDiscrimination: string;
  /** The closing line of a reminder, instead of the deadline. */
  closingReminderGdpr: string;
  closingReminderCcpa: string;
  thanks: string;
  signOff: string;
  /** Blanks, shown in square brackets when a field or a date is empty. */
  blankDate: string;
  blankCompany: string;
  blankContact: string;
  blankIdentity: string;
  blankName: string;
  blankFirstSent: string;
  blankDueGdpr: string;
  blankDueCcpa: string;
  blankDueCcpaOptOut: string;
}

const en: LetterWords = {
  date: '{date}',
  to: 'To: {company}',
  subjectLine: 'Subject: {subject}',
  subjectGdpr: 'Request about my personal data (GDPR): {asks}',
  subjectCcpa: 'Consumer privacy request (CCPA): {asks}',
  subjectGdprReminder: 'Reminder: my request about my personal data (GDPR)',
  subjectCcpaReminder: 'Reminder: my consumer privacy request (CCPA)',
  askAccess: 'access',
  askErasure: 'erasure',
  askObjection: 'objection to direct marketing',
  askWithdrawal: 'withdrawal of consent',
  askKnow: 'right to know',
  askDelete: 'deletion',
  askOptOut: 'opt-out of sale and sharing',
  greeting: 'Hello,',
  introGdpr: 'I am writing to use my rights under the GDPR, the EU law on personal data (Regulation (EU) 2016/679).',
  introCcpa: 'I live in California. I am writing to use my rights under the California Consumer Privacy Act (CCPA).',
  reminderGdpr:
    'On {firstSent}, I sent you a request about my personal data. The law gave you until {due} to answer (Article 12(3) GDPR). I have not had a full answer. So I ask again below.',
  reminderCcpa:
    'On {firstSent}, I sent you a request about my data. The law gave you until {due} to act on it. I have not had a full answer. So I ask again below.',
  identity: 'To find my data, you can use these details: {identity}',
  noAsk: '[Tick at least one request.]',
  access:
    'Access (Article 15 GDPR). Please tell me whether you use personal data about me. If you do, please send me a copy of it (Article 15(3)) and tell me:',
  accessItems: [
    'why you use it (the purposes);',
    'which kinds of personal data you hold;',
    'who has received it or will receive it, with each name, including anyone outside the European Union, and how my data is protected there;',
    'how long you will keep it, or how you decide this;',
    'where it came from, if you did not get it from me;',
    'whether you use it to make automated decisions about me, including profiling, and if so, how this works and what it means for me;',
    'my rights to have it corrected or deleted, to limit its use or to object, and to complain to a data protection authority.',
  ],
  accessBeforeErasure: 'Please send me this copy before you delete anything.',
  erasure:
    'Erasure (Article 17 GDPR). Please delete the personal data you hold about me, without undue delay. If you have shared it with others, please tell them about my request, and tell me who they are (Article 19). If you must keep some data, for example because another law says so, please tell me which data and why.',
  objection:
    'Objection to direct marketing (Article 21 GDPR). I object to the use of my data to market things to me. This includes any profiling linked to that marketing. Once I object, you must stop using my data for it (Article 21(3)).',
  withdrawal:
    'Withdrawal of consent (Article 7(3) GDPR). I take back every consent I have given you. This includes my consent to cookies and similar tools on your websites and apps. Please stop every use of my data that rests on it.',
  know: 'Right to know (Civil Code § 1798.110). Please tell me:',
  knowItems: [
    'the categories of personal information you have collected about me;',
    'the categories of sources you collected it from;',
    'why you collect, sell or share it (the business purpose);',
    'the categories of third parties you disclose it to;',
    'the specific pieces of personal information you have collected about me.',
  ],
  knowSold:
    'If you sell or share my data, please also tell me which kinds of data you sold or shared, and to which kinds of third parties (§ 1798.115).',
  delete:
    'Right to delete (Civil Code § 1798.105). Please delete the personal information you have collected from me. Please ask your service providers and contractors to delete it too. Ask the same of any third party you sold or shared it with. If the law lets you keep some of it, please tell me which part and why.',
  optOut:
    'Right to opt out of sale and sharing (Civil Code § 1798.120). Please do not sell or share my data, now or later.',
  deadlineGdpr:
    'Please answer without undue delay, and at the latest one month after you receive this letter: by {due} (Article 12(3) GDPR). If the request is complex, or you have many requests, you may take up to two more months. You must then tell me so within the first month, and say why. If you decide not to act on my request, please tell me why within the same month (Article 12(4)). As a rule, the answer is free (Article 12(5)).',
  deadlineCcpa:
    'Please tell me within 10 business days that you got this request. Then please answer within 45 calendar days of receiving it: by {due} (Civil Code § 1798.130; California Code of Regulations, title 11, § 7021). If you need more time, you may take 45 more days, once. You must then tell me so within the first 45 days, and say why.',
  deadlineCcpaOptOut:
    'Please stop selling and sharing my data as soon as you can. You have at most 15 business days from the day you get this request: until {due} (California Code of Regulations, title 11, § 7026).',
  nonDiscrimination: 'Please do not treat me any worse because I use these rights (§ 1798.125).',
  closingReminderGdpr:
    'Please answer now. If I do not get a full answer, I plan to complain to a data protection authority (Article 77 GDPR).',
  closingReminderCcpa:
    'Please answer now. If I do not get a full answer, I plan to complain to the California Privacy Protection Agency or to the Attorney General of California.',
  thanks: 'Thank you.',
  signOff: 'Kind regards,',
  blankDate: '[date]',
  blankCompany: '[company name]',
  blankContact: '[privacy contact: email or postal address]',
  blankIdentity:
    '[what identifies you to the company: for example the email address of your account, or a customer number]',
  blankName: '[your name]',
  blankFirstSent: '[date of your first letter]',
  blankDueGdpr: '[one month after the company receives this letter]',
  blankDueCcpa: '[45 days after the company receives this request]',
  blankDueCcpaOptOut: '[15 business days after the company receives this request]',
};

const fr: LetterWords = {
  date: 'Le {date}',
  to: 'À l’attention de : {company}',
  subjectLine: 'Objet : {subject}',
  subjectGdpr: 'Demande concernant mes données personnelles (RGPD) : {asks}',
  subjectCcpa: 'Demande au titre du CCPA : {asks}',
  subjectGdprReminder: 'Relance : ma demande concernant mes données personnelles (RGPD)',
  subjectCcpaReminder: 'Relance : ma demande au titre du CCPA',
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
  identity: 'Pour retrouver mes données, vous pouvez utiliser ces informations : {identity}',
  noAsk: '[Cochez au moins une demande.]',
  access:
    'Accès (article 15 du RGPD). Merci de me dire si vous utilisez des données personnelles me concernant. Si c’est le cas, merci de m’en envoyer une copie (article 15, paragraphe 3) et de m’indiquer :',
  accessItems: [
    'pourquoi vous les utilisez (les finalités) ;',
    'quelles catégories de données vous détenez ;',
    'à qui vous les avez communiquées ou allez les communiquer, en nommant chaque destinataire, y compris hors de l’Union européenne, et comment elles y sont protégées ;',
    'combien de temps vous les garderez, ou comment vous fixez cette durée ;',
    'd’où elles viennent, si vous ne les tenez pas de moi ;',
    'si vous les utilisez pour prendre des décisions automatisées me concernant, y compris par profilage, et dans ce cas comment cela fonctionne et ce que cela implique pour moi ;',
    'mes droits de les faire corriger ou effacer, d’en limiter l’usage ou de m’y opposer, et de saisir une autorité de protection des données.',
  ],
  accessBeforeErasure: 'Merci de m’envoyer cette copie avant d’effacer quoi que ce soit.',
  erasure:
    'Effacement (article 17 du RGPD). Merci d’effacer dans les meilleurs délais les données personnelles que vous détenez sur moi. Si vous les avez communiquées à d’autres, merci de les prévenir de ma demande et de me dire qui ils sont (article 19). Si vous devez garder certaines données, par exemple parce qu’une autre loi l’impose, merci de me dire lesquelles et pourquoi.',
  objection:
    'Opposition à la prospection (article 21 du RGPD). Je m’oppose à l’utilisation de mes données personnelles à des fins de prospection commerciale, y compris au profilage qui y est lié. Dès lors, vous ne pouvez plus utiliser mes données à ces fins (article 21, paragraphe 3).',
  withdrawal:
    'Retrait du consentement (article 7, paragraphe 3, du RGPD). Je retire tous les consentements que je vous ai donnés, y compris pour les cookies et autres traceurs de vos sites et applications. Merci de cesser toute utilisation de mes données fondée sur ce consentement.',
  know: 'Droit de savoir (Code civil de Californie, § 1798.110). Merci de m’indiquer :',
  knowItems: [
    'les catégories de données que vous avez collectées sur moi ;',
    'les catégories de sources dont elles proviennent ;',
    'pourquoi vous les collectez, les vendez ou les partagez (la finalité commerciale) ;',
    'les catégories de tiers à qui vous les communiquez ;',
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
    'Merci de me dire sous 10 jours ouvrés que vous avez bien reçu cette demande. Merci ensuite d’y répondre dans les 45 jours calendaires suivant sa réception, soit le {due} au plus tard (Code civil de Californie, § 1798.130 ; Code des règlements de Californie, titre 11, § 7021). Ce délai peut être prolongé une seule fois de 45 jours. Vous devez alors me prévenir dans les 45 premiers jours, et me dire pourquoi.',
  deadlineCcpaOptOut:
    'Merci de cesser de vendre et de partager mes données dès que possible. La date limite tombe 15 jours ouvrés après la réception de cette demande : le {due} (Code des règlements de Californie, titre 11, § 7026).',
  nonDiscrimination: 'Merci de ne pas me traiter différemment parce que j’exerce ces droits (§ 1798.125).',
  closingReminderGdpr:
    'Merci de me répondre sans attendre. Sans réponse complète, je compte saisir une autorité de protection des données, comme la CNIL en France (article 77 du RGPD).',
  closingReminderCcpa:
    'Merci de me répondre sans attendre. Sans réponse complète, je compte saisir la California Privacy Protection Agency ou le procureur général de Californie.',
  thanks: 'Je vous remercie par avance.',
  signOff: 'Veuillez agréer, Madame, Monsieur, mes salutations distinguées.',
  blankDate: '[date]',
  blankCompany: '[nom de l’entreprise]',
  blankContact: '[contact pour les données personnelles : adresse e-mail ou postale]',
  blankIdentity:
    '[ce qui permet à l’entreprise de vous retrouver : par exemple l’adresse e-mail de votre compte, ou un numéro de client]',
  blankName: '[votre nom]',
  blankFirstSent: '[date de votre premier courrier]',
  blankDueGdpr: '[un mois après la réception de ce courrier]',
  blankDueCcpa: '[45 jours après la réception de cette demande]',
  blankDueCcpaOptOut: '[15 jours ouvrés après la réception de cette demande]',
};

/** The words of a letter in each language it can be written in. */
export const letterWords: Readonly<Record<Locale, LetterWords>> = { en, fr };
