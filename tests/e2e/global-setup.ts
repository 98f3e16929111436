/**
 * Serves the built site for the end-to-end project. The test command builds `dist/`
 * first; running this project alone on a stale or missing build fails with a message.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from './support/server';
import { findChromium } from './support/browser';
import { distDir } from './support/site';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = distDir;
  if (!existsSync(`${dist}index.html`)) {
    throw new Error(`${dist} has no index.html: run "npm run build" before the end-to-end tests.`);
  }
  findChromium();
  const { origin, server } = await serveDist(dist.replace(/\/$/, ''));
  project.provide('baseURL', origin);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
