/**
 * The primary texts the page for brands cites, in the order of its source list; a
 * `<Cite n={k} />` on the page points at the k-th. Titles are the documents' own, so
 * they stay in their language; the links open the French text on the French page where
 * one exists. The lessons on banners (07) and for brands (10) cite the same texts.
 */
import type { Locale } from '~/i18n';

/** A source as `SourceList.astro` renders it. */
export interface Source {
  title: string;
  /** The title's language when it may differ from the page's, so screen readers read it in that language. */
  lang?: 'en' | 'fr';
  publisher: string;
  url: string;
  date: string;
}

/** The EU's publishers of law and judgments, named in the page's language. */
export function euPublishers(locale: Locale): { union: string; court: string } {
  return locale === 'fr'
    ? { union: 'Union européenne (EUR-Lex)', court: 'Cour de justice de l’Union européenne (EUR-Lex)' }
    : { union: 'European Union (EUR-Lex)', court: 'Court of Justice of the European Union (EUR-Lex)' };
}

/** Ids of the sources, used by the checklist to cite them. */
export type SourceId = 'art5' | 'art7' | 'recital32' | 'planet49' | 'cnil' | 'edpb' | 'ccr7025';

/** Source ids in list order. */
export const sourceOrder: readonly SourceId[] = ['art5', 'art7', 'recital32', 'planet49', 'cnil', 'edpb', 'ccr7025'];

/** Position of a source in the list, from 1, for `<Cite n={...} />`. */
export function citeNumber(id: SourceId): number {
  return sourceOrder.indexOf(id) + 1;
}

const gdpr = (locale: Locale) =>
  `https://eur-lex.europa.eu/legal-content/${locale.toUpperCase()}/TXT/?uri=CELEX:32016R0679`;

/** The sources of the page for brands, in list order, with links in `locale`. */
export function brandSources(locale: Locale): Source[] {
  const fr = locale === 'fr';
  const { union: eu, court } = euPublishers(locale);
  const byId: Record<SourceId, Source> = {
    art5: {
      title: fr
        ? 'Règlement (UE) 2016/679 (RGPD), article 5, paragraphe 1, point c) : la minimisation des données'
        : 'Regulation (EU) 2016/679 (GDPR), Article 5(1)(c): data minimisation',
      publisher: eu,
      url: gdpr(locale),
      date: '2016-04-27',
    },
    art7: {
      title: fr
        ? 'Règlement (UE) 2016/679 (RGPD), article 7, paragraphe 3 : le retrait du consentement'
        : 'Regulation (EU) 2016/679 (GDPR), Article 7(3): withdrawing consent',
      publisher: eu,
      url: gdpr(locale),
      date: '2016-04-27',
    },
    recital32: {
      title: fr
        ? 'Règlement (UE) 2016/679 (RGPD), considérant 32 : les conditions du consentement'
        : 'Regulation (EU) 2016/679 (GDPR), Recital 32: conditions for consent',
      publisher: eu,
      url: gdpr(locale),
      date: '2016-04-27',
    },
    planet49: {
      title: fr
        ? 'Arrêt de la Cour (grande chambre), affaire C-673/17, Planet49'
        : 'Judgment in Case C-673/17, Planet49',
      publisher: court,
      url: `https://eur-lex.europa.eu/legal-content/${locale.toUpperCase()}/TXT/?uri=CELEX:62017CJ0673`,
      date: '2019-10-01',
    },
    cnil: {
      lang: 'fr',
      title:
        'Délibération n° 2020-092 du 17 septembre 2020 portant adoption d’une recommandation proposant des modalités pratiques de mise en conformité en cas de recours aux « cookies et autres traceurs »',
      publisher: 'CNIL (Légifrance)',
      url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000042388197',
      date: '2020-09-17',
    },
    edpb: {
      lang: 'en',
      title: 'Report of the work undertaken by the Cookie Banner Taskforce',
      publisher: 'European Data Protection Board',
      url: 'https://www.edpb.europa.eu/our-work-tools/our-documents/other/report-work-undertaken-cookie-banner-taskforce_en',
      date: '2023-01-18',
    },
    ccr7025: {
      lang: 'en',
      title: 'California Code of Regulations, title 11, § 7025: opt-out preference signals',
      publisher: 'Legal Information Institute, Cornell Law School',
      url: 'https://www.law.cornell.edu/regulations/california/11-CCR-7025',
      date: '2023',
    },
  };
  return sourceOrder.map((id) => byId[id]);
}
