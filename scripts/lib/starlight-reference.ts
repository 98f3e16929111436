/**
 * The reference `npm run bench` measures our pages against: a default Starlight site (Astro's
 * documentation framework, the fastest docs setup we compare with), from pinned npm versions,
 * built once into a cache folder outside the repository and reused by later runs.
 *
 * Its one content page carries the text of our first lesson (imports, components and
 * citations removed; its figures, plain HTML, kept), so both sites are measured on the same words; everything else is
 * Starlight's default: theme, sidebar, search, no custom CSS.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** The versions measured; change them here, and the cache folder changes with them. */
export const starlightVersions = { starlight: '0.42.4', astro: '7.3.5', vite: '8.3.8' } as const;

/** The reference page: the lesson's text as a Starlight docs page. */
export const starlightLessonPath = '/guides/what-is-a-cookie/';

/** Where the reference is built: `$XDG_CACHE_HOME` or `~/.cache`, never inside the repository. */
export function starlightCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache');
  return join(base, 'datadeal-bench', `starlight-${starlightVersions.starlight}-astro-${starlightVersions.astro}`);
}

/** The lesson's body as plain Markdown: no frontmatter, imports, JSX blocks, citations or MDX comments. */
export function lessonAsMarkdown(mdx: string): { title: string; body: string } {
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx) ?? [];
  const title = /^title:\s*['"]?(.*?)['"]?\s*$/m.exec(frontmatter)?.[1] ?? 'Lesson';
  const markdown = body
    .replace(/^(import|export) .*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    // Blocks of JSX (a widget, a figure of components) from their opening tag to the closing one.
    .replace(/^<([A-Z][\w.]*)[^]*?(?:\/>|<\/\1>)\s*$/gm, '')
    .replace(/<[A-Z][\w.]*[^>]*\/>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { title, body: markdown };
}

const files = (lesson: { title: string; body: string }): Record<string, string> => ({
  'package.json': JSON.stringify(
    {
      name: 'datadeal-bench-starlight-reference',
      private: true,
      type: 'module',
      dependencies: {
        '@astrojs/starlight': starlightVersions.starlight,
        astro: starlightVersions.astro,
      },
      overrides: { vite: starlightVersions.vite },
    },
    null,
    2,
  ),
  'astro.config.mjs': [
    "import { defineConfig } from 'astro/config';",
    "import starlight from '@astrojs/starlight';",
    'export default defineConfig({',
    '  integrations: [',
    '    starlight({',
    "      title: 'Reference docs',",
    "      sidebar: [{ label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] }],",
    '    }),',
    '  ],',
    '});',
    '',
  ].join('\n'),
  'src/content.config.ts': [
    "import { defineCollection } from 'astro:content';",
    "import { docsLoader } from '@astrojs/starlight/loaders';",
    "import { docsSchema } from '@astrojs/starlight/schema';",
    'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
    '',
  ].join('\n'),
  'src/content/docs/index.md': '---\ntitle: Reference docs\n---\n\nThe reference site of `npm run bench`.\n',
  'src/content/docs/guides/what-is-a-cookie.md': `---\ntitle: ${JSON.stringify(lesson.title)}\n---\n\n${lesson.body}\n`,
});

/**
 * The built reference site's folder, building it first when the cache has none. `lessonFile`
 * is the MDX lesson whose text the reference page carries. Installs from the npm registry.
 */
export function ensureStarlightReference(lessonFile: string, log: (line: string) => void): string {
  const dir = starlightCacheDir();
  const dist = join(dir, 'dist');
  if (existsSync(join(dist, starlightLessonPath.slice(1), 'index.html'))) return dist;
  log(`building the Starlight reference in ${dir} (once; later runs reuse it)`);
  rmSync(dir, { recursive: true, force: true });
  const lesson = lessonAsMarkdown(readFileSync(lessonFile, 'utf8'));
  for (const [path, text] of Object.entries(files(lesson))) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { cwd: dir, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`the Starlight reference: "${command} ${args.join(' ')}" failed`);
  };
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  // On the Node that runs the bench (the project's Node 22, which Astro needs), whatever the PATH says.
  run(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build']);
  return dist;
}
