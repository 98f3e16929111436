/**
 * The texts the rights page cites, in the order of its source list; `<Cite n={cite('gdpr')} />` on
 * the page points at the entry. Titles are the documents' own; the links open the French text on the
 * French page where the publisher has one. The complaint pages are cited where the page says what
 * they say, and linked again where the page tells the visitor to go.
 */
import type { Locale } from '~/i18n';
import { euPublishers, type Source } from '~/features/brands/sources';

/** Ids of the sources, in list order. */
export const rightsSourceOrder = [
  'gdpr',
  'timeLimits',
  'edpbAccess',
  'recipients',
  'ccpa',
  'ccr7021',
  'ccr7026',
  'cnilRecommendation',
  'cnilComplaint',
  'edpbMembers',
  'cppaComplaint',
  'agComplaint',
] as const;

export type RightsSourceId = (typeof rightsSourceOrder)[number];

/** Position of a source in the list, from 1, for `<Cite n={...} />`. */
export function cite(id: RightsSourceId): number {
  return rightsSourceOrder.indexOf(id) + 1;
}

/** The official complaint pages the page links to (each also in the source list). */
export function complaintPages(locale: Locale): Record<'cnil' | 'edpb' | 'cppa' | 'ag', string> {
  return {
    cnil: 'https://www.cnil.fr/fr/adresser-une-plainte',
    edpb: `https://www.edpb.europa.eu/about-edpb/about-edpb/members_${locale}`,
    cppa: 'https://privacy.ca.gov/submit-a-complaint',
    ag: 'https://oag.ca.gov/contact/consumer-complaint-against-business-or-company',
  };
}

/** The sources of the rights page, in list order, with links in `locale` where the publisher has them. */
export function rightsSources(locale: Locale): Source[] {
  const lang = locale.toUpperCase();
  const pages = complaintPages(locale);
  const fr = locale === 'fr';
  const { union: eu, court } = euPublishers(locale);
  const byId: Record<RightsSourceId, Source> = {
    gdpr: {
      title: fr
        ? 'Règlement (UE) 2016/679 (RGPD), article 7, paragraphe 3, et articles 12, 15, 17, 19, 21, 56 et 77'
        : 'Regulation (EU) 2016/679 (GDPR), Articles 7(3), 12, 15, 17, 19, 21, 56 and 77',
      publisher: eu,
      url: `https://eur-lex.europa.eu/legal-content/${lang}/TXT/?uri=CELEX:32016R0679`,
      date: '2016-04-27',
    },
    timeLimits: {
      title: fr
        ? 'Règlement (CEE, Euratom) n° 1182/71 portant détermination des règles applicables aux délais, aux dates et aux termes, article 3'
        : 'Regulation (EEC, Euratom) No 1182/71 determining the rules applicable to periods, dates and time limits, Article 3',
      publisher: eu,
      url: `https://eur-lex.europa.eu/legal-content/${lang}/TXT/?uri=CELEX:31971R1182`,
      date: '1971-06-03',
    },
    edpbAccess: {
      title: fr
        ? 'Lignes directrices 01/2022 sur les droits des personnes concernées – Droit d’accès, version 2.1'
        : 'Guidelines 01/2022 on data subject rights: right of access, version 2.1',
      publisher: fr ? 'Comité européen de la protection des données' : 'European Data Protection Board',
      url: `https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-012022-data-subject-rights-right-access_${locale}`,
      date: '2024-05-30',
    },
    recipients: {
      title: fr
        ? 'Arrêt de la Cour, affaire C-154/21, Österreichische Post (information sur les destinataires des données personnelles)'
        : 'Judgment in Case C-154/21, Österreichische Post (information about the recipients of personal data)',
      publisher: court,
      url: `https://eur-lex.europa.eu/legal-content/${lang}/TXT/?uri=CELEX:62021CJ0154`,
      date: '2023-01-12',
    },
    ccpa: {
      lang: 'en',
      title:
        'California Civil Code, Title 1.81.5, California Consumer Privacy Act of 2018 (§§ 1798.100 to 1798.199.100)',
      publisher: 'California Legislative Information',
      url: 'https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?division=3.&part=4.&lawCode=CIV&title=1.81.5',
      date: '2018',
    },
    ccr7021: {
      lang: 'en',
      title: 'California Code of Regulations, title 11, § 7021: timelines for responding to requests',
      publisher: 'Legal Information Institute, Cornell Law School',
      url: 'https://www.law.cornell.edu/regulations/california/11-CCR-7021',
      date: '2023',
    },
    ccr7026: {
      lang: 'en',
      title: 'California Code of Regulations, title 11, § 7026: requests to opt out of sale or sharing',
      publisher: 'Legal Information Institute, Cornell Law School',
      url: 'https://www.law.cornell.edu/regulations/california/11-CCR-7026',
      date: '2023',
    },
    cnilRecommendation: {
      lang: 'fr',
      title:
        'Délibération n° 2020-092 du 17 septembre 2020 portant adoption d’une recommandation proposant des modalités pratiques de mise en conformité en cas de recours aux « cookies et autres traceurs »',
      publisher: 'CNIL (Légifrance)',
      url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000042388197',
      date: '2020-09-17',
    },
    cnilComplaint: {
      lang: 'fr',
      title: 'Adresser une plainte à la CNIL',
      publisher: 'CNIL',
      url: pages.cnil,
      date: '2021-02-16',
    },
    edpbMembers: {
      title: fr
        ? 'Membres du Comité européen de la protection des données : les autorités nationales de protection des données'
        : 'Members of the European Data Protection Board: the national data protection authorities',
      publisher: fr ? 'Comité européen de la protection des données' : 'European Data Protection Board',
      url: pages.edpb,
      date: '2025',
    },
    cppaComplaint: {
      lang: 'en',
      title: 'Submit a CCPA complaint',
      publisher: 'California Privacy Protection Agency (CalPrivacy)',
      url: pages.cppa,
      date: '2025',
    },
    agComplaint: {
      lang: 'en',
      title: 'Consumer complaint against a business or company',
      publisher: 'State of California, Department of Justice, Office of the Attorney General',
      url: pages.ag,
      date: '2025',
    },
  };
  return rightsSourceOrder.map((id) => byId[id]);
}
