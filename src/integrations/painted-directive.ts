/**
 * `client:painted`: an island hydrates once the page's largest paint is on screen
 * (wait-for-paint.ts), so its chunks never compete with that paint.
 */
import type { ClientDirective } from 'astro';
import { waitForPaint } from './wait-for-paint';

const painted = waitForPaint();

const directive: ClientDirective = (load) => {
  void painted.then(async () => {
    const hydrate = await load();
    await hydrate();
  });
};

export default directive;
