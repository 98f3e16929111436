/**
 * The lessons and the glossary hold together: every lesson has objectives, sources and a
 * knowledge check, cites only sources it lists, and links only to glossary terms that exist.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { describe, expect, test } from 'vitest';

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));

interface LessonFile {
  file: string;
  data: {
    order: number;
    objectives: string[];
    keyTerms: string[];
    sources: unknown[];
    quiz: { choices: { correct?: boolean }[] }[];
  };
  body: string;
}

/** Splits a Markdown file into its YAML frontmatter and its body. */
function readMarkdown(path: string) {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${path} has no frontmatter`);
  return { data: YAML.parse(match[1]) as unknown, body: match[2] };
}

function lessons(locale: string): LessonFile[] {
  const dir = `${contentDir}lessons/${locale}/`;
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => ({ file, ...(readMarkdown(dir + file) as Omit<LessonFile, 'file'>) }));
}

function glossaryIds(locale: string): Set<string> {
  return new Set(
    readdirSync(`${contentDir}glossary/${locale}/`)
      .filter((file) => file.endsWith('.md'))
      .map((file) => file.replace(/\.md$/, '')),
  );
}

/** Words a reader reads: the body without imports, markup, SVG drawings and comments. */
export function proseWords(body: string): number {
  const prose = body
    .replace(/^import .*$/gm, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*|_`>-]+/g, ' ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

const english = lessons('en');
const terms = glossaryIds('en');

describe('lessons', () => {
  test('there are ten English lessons, numbered in order', () => {
    expect(english.map((lesson) => lesson.data.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const lesson of english) expect(lesson.file.startsWith(String(lesson.data.order).padStart(2, '0'))).toBe(true);
  });

  describe.each(english.map((lesson) => [lesson.file, lesson] as const))('%s', (_file, lesson) => {
    test('has objectives, sources and a knowledge check of at least three questions', () => {
      expect(lesson.data.objectives.length).toBeGreaterThanOrEqual(2);
      expect(lesson.data.sources.length).toBeGreaterThanOrEqual(1);
      expect(lesson.data.quiz.length).toBeGreaterThanOrEqual(3);
      for (const question of lesson.data.quiz) {
        expect(question.choices.filter((choice) => choice.correct).length).toBe(1);
      }
    });

    test('is 800 to 1,500 words long', () => {
      const words = proseWords(lesson.body);
      expect(words).toBeGreaterThanOrEqual(800);
      expect(words).toBeLessThanOrEqual(1500);
    });

    test('cites only sources it lists, and cites each of them', () => {
      const cited = new Set([...lesson.body.matchAll(/<Cite n=\{(\d+)\}/g)].map((m) => Number(m[1])));
      const listed = lesson.data.sources.map((_source, i) => i + 1);
      expect([...cited].sort((a, b) => a - b)).toEqual(listed);
    });

    test('links only to glossary terms that exist, and its key terms exist', () => {
      const linked = [...lesson.body.matchAll(/\]\(\/glossary\/#([a-z0-9-]+)\)/g)].map((m) => m[1]);
      expect(linked.length).toBeGreaterThan(0);
      expect(linked.filter((id) => !terms.has(id))).toEqual([]);
      expect(lesson.data.keyTerms.filter((id) => !terms.has(id))).toEqual([]);
    });
  });
});

describe('glossary', () => {
  test('has at least forty terms', () => {
    expect(terms.size).toBeGreaterThanOrEqual(40);
  });

  test('every related term exists', () => {
    const missing: string[] = [];
    for (const id of terms) {
      const { data } = readMarkdown(`${contentDir}glossary/en/${id}.md`) as { data: { related?: string[] } };
      for (const other of data.related ?? []) if (!terms.has(other)) missing.push(`${id} → ${other}`);
    }
    expect(missing).toEqual([]);
  });
});
