/**
 * The inline loader of a page's element scripts (first-paint.ts compiles it): once the largest
 * paint is on screen, import each URL of its own `data-after-paint` attribute.
 */
import { waitForPaint } from './wait-for-paint';

void waitForPaint().then(() => {
  const urls = document.querySelector<HTMLScriptElement>('script[data-after-paint]')?.dataset.afterPaint ?? '';
  for (const url of urls.split(' ').filter(Boolean)) void import(url);
});
