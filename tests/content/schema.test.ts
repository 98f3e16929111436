/**
 * A content file that breaks its schema must fail the build with a message naming the
 * file and the field. Runs `astro build` on a tiny project made of the real content
 * config and a fixture: a lesson whose source URL is malformed, then a slide deck with a
 * statement too long for the screen.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const project = `${root}tests/.tmp/broken-content/`;

afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Builds a project of the real content config and one fixture folder; resolves with the failure's output. */
async function buildWith(fixture: string): Promise<string | null> {
  rmSync(project, { recursive: true, force: true });
  mkdirSync(`${project}src`, { recursive: true });
  cpSync(`${root}src/content.config.ts`, `${project}src/content.config.ts`);
  cpSync(`${root}src/engine`, `${project}src/engine`, { recursive: true });
  cpSync(`${root}src/features`, `${project}src/features`, { recursive: true });
  cpSync(`${root}tests/fixtures/${fixture}`, `${project}content`, { recursive: true });
  writeFileSync(
    `${project}astro.config.mjs`,
    "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n",
  );
  writeFileSync(`${project}package.json`, '{ "type": "module" }\n');
  return run('npx', ['astro', 'build'], { cwd: project }).then(
    () => null,
    (error: { stdout: string; stderr: string }) => `${error.stdout}\n${error.stderr}`,
  );
}

describe('content schema', () => {
  test('a lesson with a malformed source URL fails with the file and the field', async () => {
    const failure = await buildWith('content');
    expect(failure).not.toBeNull();
    expect(failure).toContain('01-broken.mdx');
    expect(failure).toMatch(/sources\.0\.url/);
  }, 60_000);

  test('a slide deck with a statement too long for the screen fails with the file and the field', async () => {
    const failure = await buildWith('content-slides');
    expect(failure).not.toBeNull();
    expect(failure).toContain('01-broken.yaml');
    expect(failure).toMatch(/slides\.1\.text/);
  }, 60_000);
});
