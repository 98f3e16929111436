import type { LetterWords } from './types';

/** The English words of the letters. */
export const en: LetterWords = {
  locale: 'en',
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
