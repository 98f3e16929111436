// @ts-check
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { fileURLToPath } from 'node:url';

const alias = { '~': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        // The pure engine, content files and scripts: plain Node, fast.
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'tests/engine/**/*.test.ts',
            'tests/content/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
            'tests/features/**/*.test.ts',
          ],
          // A feature's DOM tests (`*.dom.test.ts`) run in the jsdom project below.
          exclude: ['tests/features/**/*.dom.test.ts'],
        },
      },
      {
        // Svelte widgets rendered in jsdom.
        plugins: [svelte(), svelteTesting()],
        resolve: { alias },
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/widgets/**/*.test.ts', 'tests/features/**/*.dom.test.ts'],
          setupFiles: ['tests/widgets/setup.ts'],
        },
      },
      {
        // The built site (dist/) served locally and driven in Debian's Chromium.
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          // Tests marked concurrent (the every-page visits) run three at a time: on 2 cores,
          // most of a page visit is waiting for the network to settle.
          maxConcurrency: 3,
          hookTimeout: 120_000,
          // Two files at a time (a project does not take vitest's default of one per core): each
          // launches its own Chromium and shares only global-setup.ts's static server, which only reads.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
