/** The build's Brotli copies: beside each text file big enough to gain, the same bytes once decoded. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import { afterEach, describe, expect, test, vi } from 'vitest';
import precompress, { brotliCopy, minimumBytes } from '../../src/integrations/precompress';

let folder = '';

afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Runs the integration's build step on a folder holding `files`; returns what it logged. */
async function build(files: Record<string, string | Buffer>): Promise<string[]> {
  folder = mkdtempSync(join(tmpdir(), 'datadeal-precompress-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  const logged: string[] = [];
  const hook = precompress().hooks['astro:build:done'] as (options: unknown) => Promise<void>;
  await hook({ dir: pathToFileURL(`${folder}/`), logger: { info: vi.fn((line: string) => logged.push(line)) } });
  return logged;
}

const page = `<!doctype html><title>A lesson</title>${'<p>Cookies are small notes a site keeps. </p>'.repeat(40)}`;

describe('precompress', () => {
  test('writes a Brotli copy beside each text file, smaller, decoding to the same bytes', async () => {
    const logged = await build({
      'learn/index.html': page,
      '_astro/app.js': `export const words = ${JSON.stringify(page)};`,
      'offline-manifest.json': JSON.stringify({ files: [page, page] }),
    });
    for (const path of ['learn/index.html', '_astro/app.js', 'offline-manifest.json']) {
      const original = readFileSync(join(folder, path));
      const copy = readFileSync(join(folder, `${path}.br`));
      expect(copy.length, path).toBeLessThan(original.length / 4);
      expect(brotliDecompressSync(copy).equals(original), path).toBe(true);
    }
    expect(logged).toEqual([expect.stringMatching(/^Brotli copies of 3 text files: \d+ KB → \d+ KB$/)]);
  });

  test('leaves small files, images and other binary files alone', async () => {
    await build({
      'small.js': 'x'.repeat(minimumBytes - 1),
      'photo.png': Buffer.alloc(4096, 7),
      'pagefind/index.pf_meta': Buffer.alloc(4096, 7),
    });
    for (const path of ['small.js', 'photo.png', 'pagefind/index.pf_meta']) {
      expect(existsSync(join(folder, `${path}.br`)), path).toBe(false);
    }
  });

  test('brotliCopy is what a browser decodes', async () => {
    const bytes = Buffer.from(page);
    expect(brotliDecompressSync(await brotliCopy(bytes)).equals(bytes)).toBe(true);
  });
});
