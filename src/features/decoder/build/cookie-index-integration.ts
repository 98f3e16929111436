/**
 * Builds the decoder's cookie index at build time and hands it to the page as a module,
 * `virtual:decoder-cookie-index`, that the page imports only when someone reads a cookie
 * list (so it ships as a lazy chunk, never with the page).
 *
 * The data is the Open Cookie Database (github.com/jkwakman/Open-Cookie-Database,
 * Apache-2.0), vendored unchanged in `data/open-cookie-database/` with its `LICENSE`, a
 * README and a `source.json` naming the commit and date of the copy (a newer copy can be
 * tried by naming its folder in `OPEN_COOKIE_DATABASE`). Without a CSV the site still
 * builds: the index is empty, and the page says that every name shows as unknown.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildCookieIndex, emptyIndex, type CookieIndex, type IndexSource } from '../decode/cookie-index';

/** The module id pages import. */
export const COOKIE_INDEX_MODULE = 'virtual:decoder-cookie-index';
const resolvedId = `\0${COOKIE_INDEX_MODULE}`;

/** The folder holding the database, for a repository at `root`. */
export function cookieDatabaseDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.OPEN_COOKIE_DATABASE ? resolve(env.OPEN_COOKIE_DATABASE) : resolve(root, 'data/open-cookie-database');
}

/** The index of the database in `dir`, or the empty index when the folder has no CSV. */
export function loadCookieIndex(dir: string): CookieIndex {
  const csvFile = join(dir, 'open-cookie-database.csv');
  if (!existsSync(csvFile)) return emptyIndex;
  const sourceFile = join(dir, 'source.json');
  const source: IndexSource = existsSync(sourceFile)
    ? (JSON.parse(readFileSync(sourceFile, 'utf8')) as IndexSource)
    : { name: 'Open Cookie Database', licence: 'Apache-2.0', commit: '', date: '' };
  return buildCookieIndex(readFileSync(csvFile, 'utf8'), source);
}

/** The Astro integration that serves the index module to the build. */
export default function cookieIndex(): AstroIntegration {
  return {
    name: 'decoder-cookie-index',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        const dir = cookieDatabaseDir(fileURLToPath(config.root));
        let index: CookieIndex | undefined;
        const load = () => {
          if (index) return index;
          index = loadCookieIndex(dir);
          if (index.entries.length === 0)
            logger.warn(`No Open Cookie Database in ${dir}: cookie names will show as unknown.`);
          else logger.info(`Cookie index: ${index.entries.length} entries from ${dir}.`);
          return index;
        };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'decoder-cookie-index',
                resolveId: (id: string) => (id === COOKIE_INDEX_MODULE ? resolvedId : undefined),
                load: (id: string) => (id === resolvedId ? `export default ${JSON.stringify(load())};` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
