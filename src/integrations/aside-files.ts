/**
 * What the first-paint build steps that take things out of a page share (island-props.ts,
 * island-scripts.ts): the page as rewritten, the files set aside, and how such a file is named.
 */
import { createHash } from 'node:crypto';

export interface PageWithFilesAside {
  html: string;
  /** The files to write: path under `dist/` → their text. */
  files: Map<string, string>;
}

/**
 * Where a file set aside goes under `dist/`, which is also its URL path: named by its content,
 * so pages with the same text share one file, which hosts cache like any hashed asset.
 */
export function asidePath(folder: string, text: string, extension: string): string {
  return `${folder}/${createHash('sha256').update(text).digest('hex').slice(0, 16)}.${extension}`;
}
