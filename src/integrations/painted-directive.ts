/**
 * `client:painted`: an island hydrates once the page's largest paint is on screen
 * (wait-for-paint.ts), so its chunks never compete with that paint. Its set-aside props
 * (island-props.ts) are fetched while its code loads.
 */
import type { ClientDirective } from 'astro';
import { restoreProps } from './restore-props';
import { waitForPaint } from './wait-for-paint';

const painted = waitForPaint();

const directive: ClientDirective = (load, _options, island) => {
  void painted.then(() => Promise.all([load(), restoreProps(island)])).then(([hydrate]) => hydrate());
};

export default directive;
