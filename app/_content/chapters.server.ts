import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChapterModel, ChapterPage } from '@/lib/content/chapter';
import { readBook, readFigureSources } from '@/lib/content/load';
import { chapters } from '@/chapters/catalog';
import { outline, type Outline } from '@/lib/content/outline';
import { sandboxIds, type SandboxId } from '@/sandboxes/catalog';

/**
 * Read at build time only: every chapter's pages (lib/content/chapter.ts), read once per build
 * process. In development the files are read again on every request, so edits show.
 */
let cached: ChapterModel[] | null = null;

export function loadBook(): ChapterModel[] {
  if (process.env.NODE_ENV !== 'production') return readBook(chapters);
  return (cached ??= readBook(chapters));
}

export function loadChapter(slug: string): ChapterModel | undefined {
  return loadBook().find((model) => model.slug === slug);
}

/** Each chapter's anchor map, by slug, for resolving links written in the text. */
export function anchorsBySlug(): Record<string, Record<string, string>> {
  return Object.fromEntries(loadBook().map((model) => [model.slug, model.anchors]));
}

export type FigureSources = Record<string, { number: string; source: string }>;

/** The mermaid sources of the figures one page shows, numbered as in the whole chapter. */
export function pageFigures(model: ChapterModel, page: ChapterPage): FigureSources {
  return readFigureSources(join(process.cwd(), 'chapters', model.slug, 'figures'), model.figureNumbers, page.outline.figureIds);
}

/** The reading-kit page (components/kit/): an MDX page outside the chapters, with its own figures. */
export const kitDir = join(process.cwd(), 'components', 'kit');

export function loadKitContent(): { outline: Outline; figures: FigureSources } {
  const kitOutline = outline(readFileSync(join(kitDir, 'kit.mdx'), 'utf8'));
  const numbers = Object.fromEntries(kitOutline.figureIds.map((id, index) => [id, `K.${index + 1}`]));
  return { outline: kitOutline, figures: readFigureSources(join(kitDir, 'figures'), numbers, kitOutline.figureIds) };
}

/**
 * Built sandboxes that no chapter and no line of the kit page embeds yet (one just made with
 * `npm run new-sandbox`, say): the kit page shows them, so each built sandbox is on some page that
 * the reader, the assignment links and the e2e contract spec can open.
 */
export function unplacedSandboxIds(): SandboxId[] {
  const placed = new Set([...loadBook().flatMap((model) => model.outline.sandboxIds), ...loadKitContent().outline.sandboxIds]);
  return sandboxIds.filter((id) => !placed.has(id));
}
