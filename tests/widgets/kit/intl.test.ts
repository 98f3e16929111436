/**
 * The one place that formats numbers, plurals, lists and dates (`src/widgets/kit/intl.ts`): every
 * widget of a page writes them alike, in British English and in the French of France.
 */
import { describe, expect, test } from 'vitest';
import { labelsFor } from '~/i18n';
import { countText, intlLocale, listOf, pluralOf } from '~/widgets/kit/intl';
import { dateOf, sourceDateOf } from '~/widgets/kit/intl-dates';
import { reasonText } from '~/widgets/cookie-jar/storage';

describe('kit/intl', () => {
  test('one regional variant per locale', () => {
    expect(intlLocale('en')).toBe('en-GB');
    expect(intlLocale('fr')).toBe('fr-FR');
  });

  test('lists: no comma before "and" in English, "et" in French', () => {
    expect(listOf('en', ['Preferences', 'Analytics', 'Advertising'])).toBe('Preferences, Analytics and Advertising');
    expect(listOf('fr', ['Préférences', 'Mesure', 'Publicité'])).toBe('Préférences, Mesure et Publicité');
    expect(listOf('en', ['Analytics'])).toBe('Analytics');
  });

  test('plurals: French puts 0 in the singular, English does not', () => {
    expect(pluralOf('en', 0)).toBe('other');
    expect(pluralOf('fr', 0)).toBe('one');
    expect(countText('en', '{n} item', '{n} items', 1)).toBe('1 item');
    expect(countText('fr', '{n} élément', '{n} éléments', 0)).toBe('0 élément');
  });

  test('dates', () => {
    expect(dateOf('en', new Date('2027-03-03T00:00:00Z'))).toBe('3 March 2027');
    expect(dateOf('fr', new Date('2027-03-03T00:00:00Z'))).toBe('3 mars 2027');
  });

  test('the cookie jar writes its lists as the simulator does', () => {
    const labels = labelsFor('en', 'cookieJar.', 'category.');
    const sentence = reasonText(
      { kind: 'consent', missing: ['analytics', 'personalization', 'advertising'] },
      labels,
      'en',
    );
    expect(sentence).toContain(
      listOf('en', [labels['category.analytics'], labels['category.personalization'], labels['category.advertising']]),
    );
    expect(sentence).not.toMatch(/, and /);
  });

  test('source dates to the precision given, in each language', () => {
    expect(sourceDateOf('en', '2022-06-14')).toBe('14 June 2022');
    expect(sourceDateOf('fr', '2022-06-14')).toBe('14 juin 2022');
    expect(sourceDateOf('fr', '2019-10-01')).toBe('1er octobre 2019');
    expect(sourceDateOf('en', '2011-04')).toBe('April 2011');
    expect(sourceDateOf('fr', '2011-04')).toBe('avril 2011');
    expect(sourceDateOf('fr', '2018')).toBe('2018');
  });
});
