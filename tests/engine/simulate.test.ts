import { describe, expect, test } from 'vitest';
import { SCRIPT_STORAGE_CAP_DAYS, browserCapOf, keptDays, simulate } from '~/engine/simulate.ts';
import type { ExperienceOutcome, Outcome } from '~/engine/types.ts';
import { loadScenario, settings } from './helpers.ts';

const shopping = loadScenario('shopping');
const news = loadScenario('news');
const everything = ['preferences', 'analytics', 'personalization', 'advertising', 'partners'] as const;

function experience(outcome: Outcome, id: string): ExperienceOutcome {
  const found = outcome.experiences.find((e) => e.id === id);
  if (!found) throw new Error(`no experience "${id}" in the outcome`);
  return found;
}
const ledgerIds = (outcome: Outcome) => outcome.ledger.map((e) => e.id);
const storageNames = (outcome: Outcome) => outcome.storage.map((s) => s.name);

describe('simulate', () => {
  describe('with every optional category refused', () => {
    const outcome = simulate(shopping, settings([]));

    test('keeps the cart during the visit', () => {
      expect(experience(outcome, 'cart-this-visit').status).toBe('gained');
      expect(storageNames(outcome)).toContain('cart_id');
    });

    test('still remembers the refusal, so the banner does not ask again', () => {
      expect(experience(outcome, 'choice-remembered').status).toBe('gained');
      expect(storageNames(outcome)).toContain('consent_choice');
    });

    test('leaves data only with the shop, and only what the service needs', () => {
      expect(outcome.ledger.map((e) => [e.holder.id, e.category])).toEqual([
        ['threadline', 'necessary'],
        ['threadline', 'necessary'],
        ['threadline', 'necessary'],
        ['threadline', 'necessary'],
        ['threadline', 'necessary'],
        ['threadline', 'necessary'],
        ['threadline', 'necessary'],
      ]);
    });

    test('loses the cart on the return visit, and says which category would keep it', () => {
      expect(experience(outcome, 'restored-cart')).toEqual({
        kind: 'experience',
        status: 'lost',
        id: 'restored-cart',
        step: 'return',
        needs: ['preferences'],
        reasons: [{ kind: 'consent', missing: ['preferences'] }],
      });
    });

    test('sums up five experiences gained, twelve lost and nothing shared', () => {
      expect(outcome.summary).toEqual({
        experiencesGained: 5,
        experiencesLost: 12,
        dataPoints: 7,
        recipients: 0,
        thirdParties: 0,
        sharedDataPoints: 0,
        storageItems: 5,
        thirdPartyStorage: 0,
      });
    });
  });

  test('with preferences granted, the shop remembers the language on the return visit', () => {
    const outcome = simulate(shopping, settings(['preferences']));
    expect(experience(outcome, 'remembered-language').status).toBe('gained');
    expect(storageNames(outcome)).toEqual(expect.arrayContaining(['lang', 'currency']));
  });

  test('keeps the cart for the return visit when preferences are granted', () => {
    const outcome = simulate(shopping, settings(['preferences']));
    expect(experience(outcome, 'restored-cart').status).toBe('gained');
    expect(ledgerIds(outcome)).toContain('saved-cart');
    expect(storageNames(outcome)).toContain('cart_saved');
  });

  test('with advertising granted, the news site shows the jacket Maya left in her cart', () => {
    const outcome = simulate(shopping, settings(['advertising']));
    expect(experience(outcome, 'retargeted-ad').status).toBe('gained');
    expect(ledgerIds(outcome)).toContain('cart-adnexa');
  });

  describe('with advertising granted but third-party cookies blocked', () => {
    const outcome = simulate(shopping, settings(['advertising'], { browser: 'blocks-third-party-cookies' }));

    test('the news site shows a generic ad', () => {
      const retargeted = experience(outcome, 'retargeted-ad');
      expect(retargeted.status).toBe('lost');
      expect(retargeted.status === 'lost' && retargeted.reasons).toEqual([{ kind: 'browser' }]);
    });

    test('the ad network keeps no cookie and links nothing across sites', () => {
      expect(storageNames(outcome)).not.toContain('adx_uid');
      expect(outcome.ledger.filter((e) => e.holder.id === 'adnexa')).toEqual([]);
    });

    test('the social network still shows the jacket, through its pixel and a first-party cookie', () => {
      expect(experience(outcome, 'social-ad').status).toBe('gained');
      expect(storageNames(outcome)).toEqual(expect.arrayContaining(['_pl_p', 'plume.gif']));
    });

    test('the hashed email still reaches the data broker, server to server', () => {
      expect(ledgerIds(outcome)).toContain('email-datavista');
      expect(ledgerIds(outcome)).not.toContain('id-sync-datavista');
    });
  });

  describe('in a browser that blocks third-party cookies, like Safari', () => {
    const outcome = simulate(shopping, settings([...everything], { browser: 'blocks-third-party-cookies' }));
    const stored = (name: string) => {
      const found = outcome.storage.find((s) => s.name === name);
      if (!found) throw new Error(`no storage item "${name}" in the outcome`);
      return found;
    };

    test('keeps the statistics cookie a script wrote for 7 days after the last visit, not 13 months', () => {
      expect(stored('_stat_id').lifetime.days).toBe(395);
      expect(stored('_stat_id').browserCap).toEqual({ kind: 'script-written', days: 7 });
      expect(keptDays(stored('_stat_id'))).toBe(7);
    });

    test('caps the social network’s first-party cookie too, which its script writes on the shop', () => {
      expect(keptDays(stored('_pl_p'))).toBe(SCRIPT_STORAGE_CAP_DAYS);
    });

    test('deletes local storage 7 days after the last visit', () => {
      expect(stored('recently_viewed').browserCap).toEqual({ kind: 'script-written', days: 7 });
      expect(keptDays(stored('checkout_prefill'))).toBe(7);
    });

    test('leaves cookies the server sets as long as the site asks', () => {
      expect(stored('reco_id').browserCap).toBeNull();
      expect(keptDays(stored('reco_id'))).toBe(365);
      expect(stored('consent_choice').browserCap).toBeNull();
    });

    test('leaves alone what ends sooner anyway: a one-day cookie, a session cookie', () => {
      expect(stored('_stat_visit').browserCap).toBeNull();
      expect(keptDays(stored('_stat_visit'))).toBe(1);
      expect(keptDays(stored('cart_id'))).toBeNull();
    });

    test('changes no experience: Maya comes back within the week', () => {
      const allows = simulate(shopping, settings([...everything]));
      const sameExceptCrossSite = allows.experiences.map((e) =>
        e.id === 'retargeted-ad' ? { ...e, status: 'lost', reasons: [{ kind: 'browser' }] } : e,
      );
      expect(outcome.experiences).toEqual(sameExceptCrossSite);
    });
  });

  test('a browser that allows third-party cookies caps nothing', () => {
    const outcome = simulate(shopping, settings([...everything]));
    expect(outcome.storage.filter((s) => s.browserCap !== null)).toEqual([]);
    expect(outcome.storage.map(keptDays)).toEqual(outcome.storage.map((s) => s.lifetime.days));
  });

  test('browserCapOf ignores third-party items, which the blocking browser refuses anyway', () => {
    const adCookie = shopping.steps.flatMap((s) => s.storage).find((s) => s.id === 'adnexa-id');
    if (!adCookie) throw new Error('no adnexa-id in the shopping scenario');
    expect(browserCapOf({ ...adCookie, scriptWritten: true }, 'blocks-third-party-cookies')).toBeNull();
  });

  describe('with everything granted and Global Privacy Control on', () => {
    const outcome = simulate(shopping, settings([...everything], { gpc: true }));

    test('nothing is sold or shared', () => {
      expect(outcome.ledger.filter((e) => e.saleOrShare)).toEqual([]);
    });

    test('the partner discount is lost because of GPC, while the delivery firm, which buys nothing, still writes', () => {
      const discount = experience(outcome, 'partner-discount');
      expect(discount.status === 'lost' && discount.reasons).toEqual([{ kind: 'gpc' }]);
      expect(experience(outcome, 'delivery-offer').status).toBe('gained');
    });

    test('the ad network cookie is still set: GPC stops the sale, not the storage', () => {
      expect(storageNames(outcome)).toContain('adx_uid');
    });
  });

  test('lists every reason an experience is lost: consent first, then browser, then GPC', () => {
    const outcome = simulate(shopping, settings([], { browser: 'blocks-third-party-cookies', gpc: true }));
    const retargeted = experience(outcome, 'retargeted-ad');
    expect(retargeted.status === 'lost' && retargeted.reasons).toEqual([
      { kind: 'consent', missing: ['advertising'] },
      { kind: 'browser' },
      { kind: 'gpc' },
    ]);
  });

  describe('a minimal brand', () => {
    test('does not sell to the data broker, even with advertising granted', () => {
      const outcome = simulate(shopping, settings(['advertising'], { policy: 'minimal' }));
      expect(outcome.ledger.filter((e) => e.holder.id === 'datavista')).toEqual([]);
      expect(outcome.withheld.find((w) => w.id === 'email-datavista')?.reasons).toEqual([{ kind: 'policy' }]);
    });

    test('a maximal one does', () => {
      const outcome = simulate(shopping, settings(['advertising'], { policy: 'maximal' }));
      expect(ledgerIds(outcome)).toEqual(expect.arrayContaining(['id-sync-datavista', 'email-datavista']));
    });

    test('collects nothing for advertising when every advertising experience is lost', () => {
      const outcome = simulate(
        shopping,
        settings(['advertising'], { policy: 'minimal', browser: 'blocks-third-party-cookies', gpc: true }),
      );
      expect(outcome.ledger.filter((e) => e.category === 'advertising')).toEqual([]);
      expect(outcome.storage.filter((s) => s.category === 'advertising')).toEqual([]);
    });

    test('with analytics granted, still counts the visit, because that is what analytics is for', () => {
      const outcome = simulate(shopping, settings(['analytics'], { policy: 'minimal' }));
      expect(experience(outcome, 'improves-the-shop').status).toBe('gained');
      expect(ledgerIds(outcome)).toContain('pages-viewed');
      expect(storageNames(outcome)).toContain('_stat_id');
    });
  });

  test('normalises the consent list: duplicates dropped, category order', () => {
    const outcome = simulate(shopping, settings(['partners', 'preferences', 'partners']));
    expect(outcome.settings.consent).toEqual(['preferences', 'partners']);
    expect(outcome.granted).toEqual(['necessary', 'preferences', 'partners']);
  });

  test('groups results by step, in session order, so a widget can replay the session', () => {
    const outcome = simulate(shopping, settings(['preferences']));
    expect(outcome.steps.map((s) => s.id)).toEqual(shopping.steps.map((s) => s.id));
    expect(outcome.steps.find((s) => s.id === 'add-to-cart')).toEqual({
      kind: 'step',
      id: 'add-to-cart',
      experiences: ['cart-this-visit'],
      ledger: ['cart-contents', 'saved-cart'],
      storage: ['cart-cookie', 'saved-cart-cookie'],
    });
  });

  test('names each holder with its kind of party', () => {
    const outcome = simulate(shopping, settings(['partners']));
    const sillage = outcome.ledger.find((e) => e.id === 'contact-sillage');
    expect(sillage?.holder).toEqual({ id: 'sillage', name: { en: 'Sillage', fr: 'Sillage' }, kind: 'second' });
  });

  test('fails loudly on a hand-built scenario that names an unknown party', () => {
    const broken = structuredClone(shopping);
    const point = broken.steps[0]?.dataPoints[0];
    if (point) point.recipient = 'nobody';
    expect(() => simulate(broken, settings([]))).toThrow('unknown party "nobody"');
  });

  describe('on the news site', () => {
    test('with advertising refused, the cookie wall stays but the free-article counter still works', () => {
      const outcome = simulate(news, settings([]));
      expect(experience(outcome, 'free-reading').status).toBe('lost');
      expect(experience(outcome, 'article-meter').status).toBe('gained');
      expect(storageNames(outcome)).toContain('free_articles');
    });

    test('accepting advertising lifts the wall even in a browser that blocks third-party cookies', () => {
      const outcome = simulate(news, settings(['advertising'], { browser: 'blocks-third-party-cookies' }));
      expect(experience(outcome, 'free-reading').status).toBe('gained');
      expect(experience(outcome, 'targeted-ads').status).toBe('lost');
    });

    test('the ads follow the reader only when advertising is granted and the browser lets them', () => {
      const outcome = simulate(news, settings(['advertising']));
      expect(experience(outcome, 'targeted-ads').status).toBe('gained');
      expect(ledgerIds(outcome)).toEqual(expect.arrayContaining(['reading-adnexa', 'bid-request-datavista']));
    });
  });
});
