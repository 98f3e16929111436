/**
 * Resolves once the page's largest text is on screen: at the browser's first
 * largest-contentful-paint report, which comes after that paint. A script or island chunk
 * requested earlier competes with the paint, and Lighthouse counts it before the LCP; two
 * animation frames after the parse proved too early on some runs. Where LCP is not reported,
 * two frames; after 3 s in any case, as a tab opened in the background reports no paint at all.
 * Shared by the element-script loader and the `client:painted` and `client:seen` directives,
 * each of which inlines it.
 */
export function waitForPaint(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 3000);
    if (PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
      new PerformanceObserver(() => resolve()).observe({ type: 'largest-contentful-paint', buffered: true });
    } else {
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)));
    }
  });
}
