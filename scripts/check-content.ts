/**
 * Fails the build, with the file and line, when a chapter uses a component the MDX registry does
 * not have, embeds an unknown sandbox, shows a figure with no source file, or repeats a heading.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chapters } from '../chapters/catalog';
import { glossaryIds } from '../chapters/glossary-index';
import { chapterQuizzes } from '../chapters/quizzes';
import { animationIds } from '../components/animation/ids';
import { mdxComponentNames } from '../components/mdx-names';
import { checkChapter } from '../lib/content/check';
import { outline } from '../lib/content/outline';
import { sandboxCatalog } from '../sandboxes/catalog';

const pages = [
  ...chapters.map((chapter) => ({
    file: join('chapters', chapter.slug, 'index.mdx'),
    figuresDir: join('chapters', chapter.slug, 'figures'),
    quiz: chapterQuizzes[chapter.slug],
  })),
  { file: join('components', 'kit', 'kit.mdx'), figuresDir: join('components', 'kit', 'figures'), quiz: undefined },
];

const problems: string[] = [];
for (const { file, figuresDir, quiz } of pages) {
  if (!existsSync(file)) {
    problems.push(`${file} is missing.`);
    continue;
  }
  problems.push(
    ...checkChapter(outline(readFileSync(file, 'utf8')), {
      file,
      componentNames: mdxComponentNames,
      sandboxIds: Object.keys(sandboxCatalog),
      figureFiles: existsSync(figuresDir) ? readdirSync(figuresDir) : [],
      animationIds,
      termIds: glossaryIds,
      ...(quiz ? { quiz } : {}),
    }),
  );
}

if (problems.length > 0) {
  console.error(`Content check failed (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`Content check passed: ${pages.length} MDX pages.`);
