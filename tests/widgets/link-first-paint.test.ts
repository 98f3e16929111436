/**
 * An embed's first-paint script (`features/embed/link-first-paint.ts`): it must read a link exactly as the
 * island's code will (`readLink`, `cleanBrand`), or the page would change once the code has read it.
 */
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { cleanBrand, consentParamNames } from '~/engine/params';
import { readLink } from '~/widgets/shop-simulator/link';
import { embedLinkScript, greetingId } from '~/features/embed/link-first-paint';

/** Runs the script as the page does, for the address `search`; returns what it drew. */
function firstPaint(search: string) {
  document.documentElement.className = '';
  document.body.innerHTML = `<p id="${greetingId}" hidden>«&nbsp;<span class="brand"></span>&nbsp;» shows you</p>`;
  runInNewContext(embedLinkScript, { location: { search }, document, URLSearchParams });
  const greeting = document.getElementById(greetingId)!;
  return {
    brand: greeting.hidden ? null : greeting.querySelector('.brand')!.textContent,
    answered: document.documentElement.classList.contains('link-answers'),
  };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the embed’s first paint reads a link as its code will', () => {
  test('a brand, cleaned and cut, as text', () => {
    expect(firstPaint('?brand=%20Acme%20%20Shoes%20')).toEqual({ brand: 'Acme Shoes', answered: false });
    expect(firstPaint('?brand=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E').brand).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    expect(firstPaint(`?brand=${'x'.repeat(80)}`).brand).toBe('x'.repeat(60));
    expect(firstPaint('?brand=%E2%80%AE%0A').brand).toBeNull();
  });

  test('any brand comes out as cleanBrand makes it', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-composite', maxLength: 90 }),
        fc.string({ maxLength: 5 }),
        (name, junk) => {
          const raw = `${junk}${name}\u202E\t${junk}`;
          expect(firstPaint(`?${new URLSearchParams({ brand: raw })}`).brand).toBe(cleanBrand(raw).brand);
        },
      ),
    );
  });

  test('it marks the banner answered exactly when readLink says the link answers it', () => {
    const value = fc.constantFrom('', ' ', 'all', 'none', 'granted', 'denied', 'x', '%20');
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...consentParamNames, 'brand', 'policy'), value), (params) => {
        const search = `?${new URLSearchParams(params)}`;
        expect(firstPaint(search).answered).toBe(readLink(new URLSearchParams(search), ['shopping']).answersBanner);
      }),
    );
  });
});
