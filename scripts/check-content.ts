/**
 * Fails the build, with the file and line, when a chapter uses a component the MDX registry does
 * not have, embeds an unknown sandbox, shows a figure with no source file, repeats a heading (across
 * all of a chapter's files), cites a work references/works.ts does not list (or lists one never cited), places a quiz out of order, links to an anchor that does not exist, or
 * has a file that is not one page (lib/content/chapter.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glossaryIds } from '../chapters/glossary-index';
import { chapterQuizzes } from '../chapters/quizzes';
import { chapterReferences } from '../references/works';
import { animationIds } from '../components/animation/ids';
import { mdxComponentNames } from '../components/mdx-names';
import { checkChapter, checkChapterModel } from '../lib/content/check';
import { readBook } from '../lib/content/load';
import { chapters } from '../chapters/catalog';
import { outline } from '../lib/content/outline';
import { sandboxCatalog } from '../sandboxes/catalog';
import { checkSqlBlocks } from '../lib/sql-cells/mdx';

const shared = { componentNames: mdxComponentNames, sandboxIds: Object.keys(sandboxCatalog), animationIds, termIds: glossaryIds };
const figureFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

const book = readBook(chapters);
const anchors = Object.fromEntries(book.map((model) => [model.slug, model.anchors]));
const problems: string[] = [];
for (const model of book) {
  const quiz = chapterQuizzes[model.slug];
  problems.push(...checkChapterModel(model, { ...shared, figureFiles: figureFiles(join('chapters', model.slug, 'figures')), referenceIds: (chapterReferences[model.slug] ?? []).map((r) => r.id), ...(quiz ? { quiz } : {}) }, anchors));
}
// Every ```sql block is a runnable <SqlCell> on a dataset the book has, or has a <SqlNote> saying why not.
for (const model of book) {
  const dir = join('chapters', model.slug);
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) problems.push(...checkSqlBlocks(readFileSync(join(dir, name), 'utf8'), join(dir, name)));
}
const kit = join('components', 'kit', 'kit.mdx');
problems.push(...checkChapter(outline(readFileSync(kit, 'utf8')), { ...shared, file: kit, figureFiles: figureFiles(join('components', 'kit', 'figures')) }));

if (problems.length > 0) {
  console.error(`Content check failed (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
const pages = book.reduce((sum, model) => sum + model.pages.length, 0);
console.log(`Content check passed: ${book.length} chapters in ${pages} pages, and the kit page.`);
