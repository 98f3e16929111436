/**
 * The engine's public surface and its boundaries: what the barrel exports, that the files
 * shipped to the browser never reach zod, and that the engine stays pure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as engine from '~/engine/index.ts';

const engineDir = fileURLToPath(new URL('../../src/engine/', import.meta.url));
const browserFiles = ['simulate.ts', 'compare.ts', 'params.ts', 'categories.ts', 'types.ts'];

/**
 * Every module specifier a file imports or re-exports for its values. An `import type` or
 * `export type` is erased from the bundle, so it brings nothing to the browser and is left out.
 */
function importsOf(file: string): string[] {
  const source = fs.readFileSync(path.join(engineDir, file), 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] ?? '',
  );
}

/** Every module a file imports or re-exports for its types alone. */
function typeImportsOf(file: string): string[] {
  const source = fs.readFileSync(path.join(engineDir, file), 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)\s+type\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
}

/** Every module a file reaches, following relative imports. */
function reach(file: string, seen = new Set<string>()): Set<string> {
  for (const specifier of importsOf(file)) {
    const target = specifier.startsWith('./') ? specifier.slice(2) : specifier;
    if (seen.has(target)) continue;
    seen.add(target);
    if (specifier.startsWith('./')) reach(target, seen);
  }
  return seen;
}

describe('the engine index', () => {
  test('exports the public API', () => {
    for (const name of [
      'categories',
      'categoryIds',
      'optionalCategoryIds',
      'parseScenario',
      'simulate',
      'marginalValue',
      'compareProfiles',
      'parseSimulatorParams',
      'toSimulatorParams',
    ]) {
      expect(engine).toHaveProperty(name);
    }
  });

  test.each(browserFiles)('%s reaches neither zod nor anything outside the engine', (file) => {
    const reached = [...reach(file)];
    expect(reached.filter((m) => !m.endsWith('.ts'))).toEqual([]);
    expect(reached).not.toContain('scenario.ts');
    expect(reached).not.toContain('index.ts');
  });

  test('types.ts takes the scenario types from the schema, for its types alone', () => {
    expect(typeImportsOf('types.ts')).toContain('./scenario.ts');
    expect(importsOf('types.ts')).not.toContain('./scenario.ts');
  });

  test('only scenario.ts imports a package, and that package is zod', () => {
    const packages = fs.readdirSync(engineDir).flatMap((file) =>
      importsOf(file)
        .filter((m) => !m.startsWith('./'))
        .map((m) => `${file}: ${m}`),
    );
    expect(packages).toEqual(['scenario.ts: zod']);
  });

  test.each(fs.readdirSync(engineDir))('%s uses no clock, no randomness and no browser globals', (file) => {
    const source = fs.readFileSync(path.join(engineDir, file), 'utf8');
    expect(source).not.toMatch(
      /Math\.random|Date\.now|new Date\(|performance\.now|\bdocument\.|\bwindow\.|localStorage/,
    );
  });

  test.each(fs.readdirSync(engineDir))('%s keeps no module-level mutable variable', (file) => {
    const source = fs.readFileSync(path.join(engineDir, file), 'utf8');
    expect(source).not.toMatch(/^(export\s+)?(let|var)\s/m);
  });
});
