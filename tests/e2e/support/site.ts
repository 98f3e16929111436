/** What the end-to-end tests need to know about the built site. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site: `dist/`, or DIST_DIR when a build was written elsewhere (parallel work). */
export const distDir = process.env.DIST_DIR
  ? `${process.env.DIST_DIR.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../../../dist/', import.meta.url));

/** Every built page as a URL path (`/learn/`), the 404 page excepted. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') {
        const rel = relative(distDir, dir).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(distDir);
  return pages.sort();
}

/** The lesson pages, in every locale. */
export function lessonPages(): string[] {
  return builtPages().filter((path) => /^(\/fr)?\/learn\/[^/]+\/$/.test(path));
}
