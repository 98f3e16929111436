/**
 * The sources the decoder's paste box cites, in the order of its `<Cite n>` marks.
 * Dates are those of the versions read when the decoder was written.
 */
import type { Locale } from '~/i18n';
import { euPublishers, type Source } from '~/features/brands/sources';

/** Position (from 1) of each source, so the component's `<Cite>` marks stay in step with the list. */
export const cite = {
  tcSpec: 1,
  tcfPolicies: 2,
  cmpList: 3,
  consentTypes: 4,
  googleInternal: 5,
  gcdReading: 6,
  gpcSpec: 7,
  california: 8,
  gdpr: 9,
  cookieDatabase: 10,
} as const;

/** The sources, in citation order: English documents, but for the GDPR, which has a French text. */
export function decoderSources(locale: Locale): Source[] {
  const fr = locale === 'fr';
  return [
    {
      lang: 'en',
      title: 'Consent string and vendor list formats v2 (TCF v2 technical specification)',
      publisher: 'IAB Tech Lab',
      url: 'https://github.com/InteractiveAdvertisingBureau/GDPR-Transparency-and-Consent-Framework/blob/master/TCFv2/IAB%20Tech%20Lab%20-%20Consent%20string%20and%20vendor%20list%20formats%20v2.md',
      date: '2025-11-21',
    },
    {
      lang: 'en',
      title: 'Transparency & Consent Framework policies (v2.2), Appendix A: purposes and features',
      publisher: 'IAB Europe',
      url: 'https://iabeurope.eu/iab-europe-transparency-consent-framework-policies/',
      date: '2023',
    },
    {
      lang: 'en',
      title: 'CMP list (registered consent management platforms)',
      publisher: 'IAB Europe',
      url: 'https://iabeurope.eu/cmp-list/',
      date: '2025-03-20',
    },
    {
      lang: 'en',
      title: 'Consent mode reference: consent types',
      publisher: 'Google (Tag Manager Help)',
      url: 'https://support.google.com/tagmanager/answer/13802165',
      date: '2025',
    },
    {
      lang: 'en',
      title: 'Server-side tagging: immutable event parameters (x-ga-gcs, x-ga-gcd)',
      publisher: 'Google for Developers',
      url: 'https://developers.google.com/tag-platform/tag-manager/server-side/immutable-parameters',
      date: '2025',
    },
    {
      lang: 'en',
      title: 'Consent Mode V2 for Google Tags (guest post by Markus Baersch)',
      publisher: 'Simo Ahava’s blog',
      url: 'https://www.simoahava.com/analytics/consent-mode-v2-google-tags/',
      date: '2024-03-07',
    },
    {
      lang: 'en',
      title: 'Global Privacy Control (GPC)',
      publisher: 'W3C Privacy Working Group',
      url: 'https://w3c.github.io/gpc/',
      date: '2024-12-03',
    },
    {
      lang: 'en',
      title: 'California Code of Regulations, title 11, § 7025: opt-out preference signals',
      publisher: 'Legal Information Institute, Cornell Law School',
      url: 'https://www.law.cornell.edu/regulations/california/11-CCR-7025',
      date: '2023',
    },
    {
      title: fr
        ? 'Règlement (UE) 2016/679 (RGPD), article 21, paragraphe 5'
        : 'Regulation (EU) 2016/679 (GDPR), Article 21(5)',
      publisher: euPublishers(locale).union,
      url: `https://eur-lex.europa.eu/legal-content/${locale.toUpperCase()}/TXT/?uri=CELEX:32016R0679`,
      date: '2016-04-27',
    },
    {
      lang: 'en',
      title: 'Open Cookie Database',
      publisher: 'Jack Kwakman and contributors (Apache-2.0)',
      url: 'https://github.com/jkwakman/Open-Cookie-Database',
      date: '2026-01-21',
    },
  ];
}
