import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildChapter, type ChapterModel } from './chapter';

/** What load.ts needs of a chapter from chapters/catalog.ts (lib/ does not import the book's content). */
type ChapterInfo = Parameters<typeof buildChapter>[0];

/**
 * Reads a chapter's folder into its pages (chapter.ts). Node only, at build time and in tests; the
 * app reaches it through app/_content/chapters.server.ts.
 */
export function readChapter(chapter: ChapterInfo, root: string = process.cwd()): ChapterModel {
  const dir = join(root, 'chapters', chapter.slug);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ name, source: readFileSync(join(dir, name), 'utf8') }));
  return buildChapter(chapter, files);
}

export function readBook(chapters: readonly ChapterInfo[], root: string = process.cwd()): ChapterModel[] {
  return chapters.map((chapter) => readChapter(chapter, root));
}

/** Figure id → number and mermaid source (figures/<id>.mmd; '' when the file is missing). */
export function readFigureSources(dir: string, numbers: Readonly<Record<string, string>>, ids: readonly string[]): Record<string, { number: string; source: string }> {
  return Object.fromEntries(
    ids.map((id) => {
      const file = join(dir, `${id}.mmd`);
      return [id, { number: numbers[id] ?? '?', source: existsSync(file) ? readFileSync(file, 'utf8') : '' }];
    }),
  );
}
