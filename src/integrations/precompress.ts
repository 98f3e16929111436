/**
 * Build step that writes a Brotli copy of each text file of `dist/` beside it (`page.html` →
 * `page.html.br`), compressed once at the highest quality, for hosts that serve such copies
 * (docs/nginx.conf: `brotli_static on`). A page's HTML is then 15% smaller than gzip at nginx's
 * level 6 (lesson 1: 15.8 → 13.3 KB), which is what lets a lesson arrive within the 14.6 KB of
 * the first round trip; compressing at that quality on each request would cost the server more
 * time than it saves. Hosts that compress on their own (Netlify, Cloudflare...) ignore the copies.
 *
 * Keep it last in `astro.config.mjs`, after every step that writes or rewrites files.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';

const compress = promisify(brotliCompress);

/** The text files a host compresses (docs/nginx.conf's `gzip_types`, plus HTML). */
export const compressible = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest)$/;

/** Below nginx's `gzip_min_length`, compression saves less than its headers cost. */
export const minimumBytes = 256;

/** The Brotli copy of a file's bytes, at quality 11 (the smallest, and the slowest to make). */
export function brotliCopy(content: Uint8Array): Promise<Buffer> {
  return compress(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.byteLength,
    },
  });
}

export default function precompress(): AstroIntegration {
  return {
    name: 'datadeal-precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { recursive: true, withFileTypes: true });
        const files = entries
          .filter((entry) => entry.isFile() && compressible.test(entry.name))
          .map((entry) => join(entry.parentPath, entry.name));
        let copies = 0;
        let before = 0;
        let after = 0;
        // zlib compresses on libuv's thread pool, so these run in parallel.
        await Promise.all(
          files.map(async (file) => {
            const content = await readFile(file);
            if (content.byteLength < minimumBytes) return;
            const copy = await brotliCopy(content);
            copies += 1;
            before += content.byteLength;
            after += copy.byteLength;
            await writeFile(`${file}.br`, copy);
          }),
        );
        logger.info(
          `Brotli copies of ${copies} text files: ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB`,
        );
      },
    },
  };
}
