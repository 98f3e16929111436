/**
 * Build step of the site search: once Astro has written `dist/`, Pagefind indexes the pages
 * that opt in (`data-pagefind-body`, set by BaseLayout's `searchSection`), one index per
 * `<html lang>`, and writes them to `dist/pagefind/`. Only the files the search page uses
 * are written: Pagefind's own ready-made search interfaces would add about 420 KB that
 * nothing loads, and that the offline copy would then download.
 *
 * A failed index fails the build: a site whose search silently finds nothing is broken.
 * In `astro dev`, `/pagefind/` is served from the last build, so search works there too.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

export const searchDirName = 'pagefind';

/** Pagefind's ready-made interfaces, which `<site-search>` replaces. */
export function isUnusedUiFile(path: string): boolean {
  return /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/.test(path);
}

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
};

export default function searchIndex(): AstroIntegration {
  let distDir = '';
  return {
    name: 'datadeal-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        distDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server }) => {
        const root = join(distDir, searchDirName);
        server.middlewares.use(`/${searchDirName}/`, (request, response, next) => {
          const path = normalize(join(root, decodeURIComponent((request.url ?? '').split('?')[0])));
          if (!path.startsWith(root + sep)) return next();
          readFile(path).then(
            (content) => {
              response.setHeader('Content-Type', contentTypes[extname(path)] ?? 'application/octet-stream');
              response.end(content);
            },
            () => next(),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Not the widgets' buttons and labels, nor the "Lesson 3 of 10" above a title.
        const { index, errors } = await createIndex({ excludeSelectors: ['astro-island', '.eyebrow'] });
        if (!index) fail('start', errors);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length > 0) fail('index the pages', added.errors);
        const { files, errors: fileErrors } = await index.getFiles();
        if (fileErrors.length > 0) fail('build the index', fileErrors);
        const kept = files.filter((file) => !isUnusedUiFile(file.path));
        for (const file of kept) {
          const target = join(outDir, searchDirName, file.path);
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, file.content);
        }
        await close();
        const bytes = kept.reduce((sum, file) => sum + file.content.byteLength, 0);
        logger.info(`${added.page_count} pages read; ${kept.length} files (${Math.round(bytes / 1024)} KB)`);
      },
    },
  };
}
