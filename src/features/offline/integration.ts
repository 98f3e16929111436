/**
 * Build step of "make this site available offline on this device". Once Astro has written
 * `dist/`, this lists every file of the build with its SHA-256 in `dist/offline-manifest.json`,
 * derives a build id from that list, and writes `dist/sw.js` from
 * `src/features/offline/service-worker.ts` with the id inside.
 *
 * The id is a hash of the contents, not a date: two builds of the same site get the same id,
 * so a redeploy that changes nothing makes no visitor download anything again, and any change
 * to any file changes `/sw.js`, which is how browsers notice a new version.
 *
 * Keep this integration last in `astro.config.mjs`: files another integration writes in its
 * own `astro:build:done` after this one (a search index, say) would be missing offline.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** One file of the build, as the service worker downloads and checks it. */
export interface ManifestFile {
  /** The URL path the site uses for it: `/learn/` for `learn/index.html`, `/_astro/x.js` for itself. */
  url: string;
  /** SHA-256 of its bytes, hex. */
  sha256: string;
  /** Its size in bytes. */
  bytes: number;
}

/** `dist/offline-manifest.json`. */
export interface OfflineManifest {
  version: 1;
  /** 16 hex digits naming this build; the cache is `datadeal-<buildId>`. */
  buildId: string;
  /** Total size of `files`, for the "done" message. */
  bytes: number;
  files: ManifestFile[];
}

export const manifestFileName = 'offline-manifest.json';
export const workerFileName = 'sw.js';
const buildIdPlaceholder = '__OFFLINE_BUILD_ID__';

/**
 * Files that are not part of the site a visitor opens: the worker and the manifest themselves
 * (the browser fetches those around the cache), host configuration, source maps, and the
 * Brotli copies a host serves in place of the files (precompress.ts).
 */
export function isExcluded(path: string): boolean {
  return (
    path === workerFileName ||
    path === manifestFileName ||
    path === '_headers' ||
    path === '_redirects' ||
    path.endsWith('.map') ||
    path.endsWith('.br') ||
    path.split('/').some((part) => part.startsWith('.'))
  );
}

/** The URL path of a file of `dist/` (forward slashes): a page's `index.html` is its folder. */
export function urlOf(path: string): string {
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

/** The manifest of a build, from each file's path in `dist/` and its bytes. */
export function buildManifest(files: readonly { path: string; content: Uint8Array }[]): OfflineManifest {
  const entries = files
    .filter((file) => !isExcluded(file.path))
    .map((file) => ({
      url: urlOf(file.path),
      sha256: createHash('sha256').update(file.content).digest('hex'),
      bytes: file.content.byteLength,
    }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const buildId = createHash('sha256')
    .update(entries.map((entry) => `${entry.url} ${entry.sha256}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  return { version: 1, buildId, bytes: entries.reduce((sum, entry) => sum + entry.bytes, 0), files: entries };
}

/**
 * The service worker as the browser runs it: types stripped, the build id written in, and
 * the `export {}` that only tells TypeScript the file is a module removed (a classic worker
 * script cannot contain `export`).
 */
export function serviceWorkerScript(source: string, buildId: string): string {
  if (!source.includes(buildIdPlaceholder)) throw new Error(`service-worker.ts has no ${buildIdPlaceholder}`);
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: false },
  });
  return outputText.replace(/^export \{\};\s*$/m, '').replaceAll(buildIdPlaceholder, buildId);
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The Astro integration: writes `offline-manifest.json` and `sw.js` at the end of a build. */
export default function offline(): AstroIntegration {
  let root = new URL('file:///');
  return {
    name: 'datadeal-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const paths = await listFiles(distDir);
        const files = await Promise.all(
          paths.map(async (path) => ({ path, content: new Uint8Array(await readFile(join(distDir, path))) })),
        );
        const manifest = buildManifest(files);
        const source = await readFile(new URL('src/features/offline/service-worker.ts', root), 'utf8');
        await writeFile(join(distDir, manifestFileName), `${JSON.stringify(manifest)}\n`);
        await writeFile(join(distDir, workerFileName), serviceWorkerScript(source, manifest.buildId));
        logger.info(
          `build ${manifest.buildId}: ${manifest.files.length} files (${Math.round(manifest.bytes / 1024)} KB) listed for offline use`,
        );
      },
    },
  };
}
