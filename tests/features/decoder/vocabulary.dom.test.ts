/**
 * The banner decoder: its entries (content/decoder/, resolved by src/features/decoder/vocabulary/entries.ts), its matching
 * (filter.ts), the usual-name suggestions (usual-names.ts) and the `<banner-decoder>`
 * element (banner-decoder.ts), in jsdom.
 */
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { entriesOf as entriesIn, vocabularies, type Vocabulary } from '~/features/decoder/vocabulary/entries';
import { matches, searchText } from '~/features/decoder/vocabulary/filter';
import { suggestCategory } from '~/features/decoder/vocabulary/usual-names';
import { ANNOUNCE_DELAY, BannerDecoder } from '~/features/decoder/vocabulary/banner-decoder';
import { loadDecoderEntries } from './decoder-content';

const decoderEntries = loadDecoderEntries();
const entriesOf = (vocabulary: Vocabulary) => entriesIn(decoderEntries, vocabulary);

describe('decoderEntries', () => {
  test('has every Consent Mode type and every TCF v2.2 purpose, special purpose, feature and special feature', () => {
    expect(entriesOf('consent-mode').map((e) => e.id)).toEqual([
      'ad_storage',
      'ad_user_data',
      'ad_personalization',
      'analytics_storage',
      'functionality_storage',
      'personalization_storage',
      'security_storage',
    ]);
    expect(entriesOf('tcf-purpose')).toHaveLength(11);
    expect(entriesOf('tcf-special-purpose')).toHaveLength(3);
    expect(entriesOf('tcf-feature')).toHaveLength(3);
    expect(entriesOf('tcf-special-feature')).toHaveLength(2);
    expect(entriesOf('tcf-purpose')[10]).toMatchObject({
      id: 'tcf-purpose-11',
      number: 11,
      names: {
        en: ['Use limited data to select content'],
        fr: ['Utiliser des données limitées pour sélectionner le contenu'],
      },
    });
    expect(entriesOf('tcf-special-feature')[1]?.names.en).toEqual([
      'Actively scan device characteristics for identification',
    ]);
  });

  test('has the usual names and the OneTrust groups C0001 to C0005', () => {
    const usual = entriesOf('usual').flatMap((e) => e.names.en);
    expect(usual).toEqual(
      expect.arrayContaining(['Necessary', 'Essential', 'Strictly necessary', 'Functional', 'Preferences']),
    );
    expect(usual).toEqual(expect.arrayContaining(['Statistics', 'Analytics', 'Performance', 'Marketing', 'Targeting']));
    expect(usual).toEqual(expect.arrayContaining(['Advertising', 'Social media', 'Personalisation', 'Experience']));
    expect(entriesOf('onetrust').map((e) => e.names.en[0])).toEqual(['C0001', 'C0002', 'C0003', 'C0004', 'C0005']);
  });

  test('anchors are unique and every entry is complete in both languages', () => {
    const ids = decoderEntries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of decoderEntries) {
      expect(entry.id).toMatch(/^[a-z0-9_-]+$/);
      expect(entry.names.en.length).toBeGreaterThan(0);
      expect(entry.names.fr.length).toBeGreaterThan(0);
      expect(entry.meaning.en.length).toBeGreaterThan(20);
      expect(entry.meaning.fr.length).toBeGreaterThan(20);
      expect(entry.categories.length).toBeGreaterThan(0);
    }
    expect(decoderEntries.map((e) => e.vocabulary)).toEqual(vocabularies.flatMap((v) => entriesOf(v).map(() => v)));
  });

  test('takes Consent Mode and TCF mappings from the category table', () => {
    const byId = new Map(decoderEntries.map((e) => [e.id, e]));
    expect(byId.get('ad_user_data')).toMatchObject({ categories: ['advertising'], judgement: false });
    expect(byId.get('functionality_storage')).toMatchObject({ categories: ['preferences'], judgement: false });
    expect(byId.get('security_storage')).toMatchObject({ categories: ['necessary'], judgement: false });
    expect(byId.get('tcf-purpose-1')).toMatchObject({
      categories: ['preferences', 'analytics', 'personalization', 'advertising'],
      judgement: true,
    });
    expect(byId.get('tcf-purpose-3')).toMatchObject({ categories: ['advertising'], judgement: false });
    expect(byId.get('tcf-purpose-9')).toMatchObject({ categories: ['analytics'], judgement: true });
    expect(byId.get('tcf-purpose-11')).toMatchObject({ categories: ['personalization'], judgement: false });
    expect(byId.get('tcf-special-purpose-1')).toMatchObject({ categories: ['necessary'], judgement: false });
    expect(byId.get('tcf-special-purpose-2')).toMatchObject({ categories: ['advertising'], judgement: true });
  });

  test('marks every name a consent tool or OneTrust uses as a judgement', () => {
    for (const entry of [...entriesOf('usual'), ...entriesOf('onetrust'), ...entriesOf('tcf-feature')]) {
      expect(entry.judgement, entry.id).toBe(true);
    }
  });
});

describe('matches', () => {
  const adStorage = searchText(['ad_storage', 'ad_storage', 'Google Consent Mode v2']);

  test('finds a name whatever the case, underscores or word order', () => {
    expect(matches('ad_storage', adStorage)).toBe(true);
    expect(matches('AD STORAGE', adStorage)).toBe(true);
    expect(matches('storage ad', adStorage)).toBe(true);
    expect(matches('', adStorage)).toBe(true);
    expect(matches('ad_user_data', adStorage)).toBe(false);
  });

  test('ignores accents and typographic apostrophes', () => {
    const french = searchText(['Mesure d’audience', 'Statistiques']);
    expect(matches("mesure d'audience", french)).toBe(true);
    expect(matches('STATISTIQUES', french)).toBe(true);
    expect(matches('statistiqués', french)).toBe(true);
  });
});

describe('suggestCategory', () => {
  test('suggests our closest category for the usual names, in English and French', () => {
    expect(suggestCategory('Marketing')).toBe('advertising');
    expect(suggestCategory('marketing cookies')).toBe('advertising');
    expect(suggestCategory('Cookies de mesure d’audience')).toBe('analytics');
    expect(suggestCategory('Strictly necessary')).toBe('necessary');
    expect(suggestCategory('Réseaux sociaux')).toBe('advertising');
    expect(suggestCategory('Functional')).toBe('preferences');
    expect(suggestCategory('Personalization')).toBe('personalization');
  });

  test('suggests nothing for a name it does not know', () => {
    expect(suggestCategory('Chocolate')).toBeNull();
    expect(suggestCategory('cookies')).toBeNull();
    expect(suggestCategory('')).toBeNull();
  });
});

describe('<banner-decoder>', () => {
  beforeAll(() => {
    if (!customElements.get('banner-decoder')) customElements.define('banner-decoder', BannerDecoder);
  });

  afterEach(() => {
    document.body.innerHTML = '';
    vi.useRealTimers();
  });

  function mount() {
    document.body.innerHTML = `
      <banner-decoder data-none="No name matches." data-one="1 name matches." data-other="{n} names match.">
        <div class="search" hidden><label for="q">Find a name</label><input id="q" type="search"><p class="count" role="status"></p></div>
        <nav class="jump"><ul><li data-group="a"><a href="#vocabulary-a">A</a></li><li data-group="b"><a href="#vocabulary-b">B</a></li></ul></nav>
        <p class="no-match" hidden>Nothing.</p>
        <section class="group" id="vocabulary-a"><ul>
          <li id="ad_storage" data-search="${searchText(['ad_storage'])}"></li>
          <li id="ad_user_data" data-search="${searchText(['ad_user_data'])}"></li>
        </ul></section>
        <section class="group" id="vocabulary-b"><ul>
          <li id="name-marketing" data-search="${searchText(['Marketing', 'Advertising'])}"></li>
        </ul></section>
      </banner-decoder>`;
    const element = document.querySelector<BannerDecoder>('banner-decoder')!;
    const input = document.querySelector('input')!;
    const type = (value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    return { element, input, type, status: document.querySelector('.count')! };
  }

  test('shows its search box only once it runs', () => {
    const { input } = mount();
    expect(input.closest<HTMLElement>('.search')!.hidden).toBe(false);
  });

  test('hides what does not match, hides empty groups, and announces the count after a pause', () => {
    vi.useFakeTimers();
    const { type, status } = mount();
    type('storage');
    expect(visibleIds()).toEqual(['ad_storage']);
    expect(document.getElementById('vocabulary-b')!.hidden).toBe(true);
    expect(document.querySelector<HTMLElement>('[data-group="b"]')!.hidden).toBe(true);
    expect(status.textContent).toBe('');
    vi.advanceTimersByTime(ANNOUNCE_DELAY);
    expect(status.textContent).toBe('1 name matches.');

    type('AD');
    vi.advanceTimersByTime(ANNOUNCE_DELAY);
    expect(visibleIds()).toEqual(['ad_storage', 'ad_user_data', 'name-marketing']);
    expect(status.textContent).toBe('3 names match.');

    type('advert');
    vi.advanceTimersByTime(ANNOUNCE_DELAY);
    expect(visibleIds()).toEqual(['name-marketing']);
    expect(document.getElementById('vocabulary-a')!.hidden).toBe(true);

    type('zzz');
    vi.advanceTimersByTime(ANNOUNCE_DELAY);
    expect(visibleIds()).toEqual([]);
    expect(document.querySelector<HTMLElement>('.no-match')!.hidden).toBe(false);
    expect(status.textContent).toBe('No name matches.');

    type('');
    vi.advanceTimersByTime(ANNOUNCE_DELAY);
    expect(visibleIds()).toEqual(['ad_storage', 'ad_user_data', 'name-marketing']);
    expect(status.textContent).toBe('3 names match.');
  });

  test('a deep link to a hidden entry clears the search and shows it', () => {
    const { type, input } = mount();
    Element.prototype.scrollIntoView = vi.fn();
    type('marketing');
    expect(document.getElementById('ad_storage')!.hidden).toBe(true);
    location.hash = '#ad_storage';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(input.value).toBe('');
    expect(document.getElementById('ad_storage')!.hidden).toBe(false);
    location.hash = '';
  });
});

function visibleIds(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[data-search]')].filter((e) => !e.hidden).map((e) => e.id);
}
