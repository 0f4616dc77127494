import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chapters, type ChapterInfo } from '@/chapters/catalog';
import { outline, type Outline } from '@/lib/content/outline';
import { readySandboxIds, type ReadySandboxId } from '@/sandboxes/catalog';

/** Read at build time only: the chapter's outline and its figures' mermaid sources, numbered. */
export interface ChapterContent {
  chapter: ChapterInfo;
  outline: Outline;
  figures: Record<string, { number: string; source: string }>;
}

const chaptersDir = join(process.cwd(), 'chapters');

export function loadChapterContent(chapter: ChapterInfo): ChapterContent {
  const dir = join(chaptersDir, chapter.slug);
  const chapterOutline = outline(readFileSync(join(dir, 'index.mdx'), 'utf8'));
  return { chapter, outline: chapterOutline, figures: readFigures(join(dir, 'figures'), chapterOutline.figureIds, String(chapter.number)) };
}

/** Figure k of a page is numbered prefix.k, in order of appearance; its source is figures/<id>.mmd. */
function readFigures(dir: string, ids: readonly string[], prefix: string): ChapterContent['figures'] {
  return Object.fromEntries(
    ids.map((id, index) => {
      const file = join(dir, `${id}.mmd`);
      return [id, { number: `${prefix}.${index + 1}`, source: existsSync(file) ? readFileSync(file, 'utf8') : '' }];
    }),
  );
}

export function loadAllOutlines(): Array<{ chapter: ChapterInfo; outline: Outline }> {
  return chapters.map((chapter) => ({ chapter, outline: loadChapterContent(chapter).outline }));
}

/** The reading-kit page (components/kit/): an MDX page outside the chapters, with its own figures. */
export const kitDir = join(process.cwd(), 'components', 'kit');

export function loadKitContent(): { outline: Outline; figures: ChapterContent['figures'] } {
  const kitOutline = outline(readFileSync(join(kitDir, 'kit.mdx'), 'utf8'));
  return { outline: kitOutline, figures: readFigures(join(kitDir, 'figures'), kitOutline.figureIds, 'K') };
}

/**
 * Built sandboxes that no chapter and no line of the kit page embeds yet (one just made with
 * `npm run new-sandbox`, say): the kit page shows them, so each built sandbox is on some page that
 * the reader, the assignment links and the e2e contract spec can open.
 */
export function unplacedSandboxIds(): ReadySandboxId[] {
  const placed = new Set([...loadAllOutlines().flatMap(({ outline: o }) => o.sandboxIds), ...loadKitContent().outline.sandboxIds]);
  return readySandboxIds.filter((id) => !placed.has(id));
}
