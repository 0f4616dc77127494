import type { Outline } from './outline';

/** What a chapter may refer to: the registry's component names, sandbox ids, and its figure files. */
export interface ContentContext {
  file: string;
  componentNames: readonly string[];
  sandboxIds: readonly string[];
  figureFiles: readonly string[];
}

/** Problems a chapter would otherwise show a reader (or crash the build with an unclear message). */
export function checkChapter(outline: Outline, context: ContentContext): string[] {
  const problems: string[] = [];
  const at = (line: number) => `${context.file}:${line}`;

  for (const use of outline.components) {
    if (!context.componentNames.includes(use.name)) {
      problems.push(
        `${at(use.line)} uses <${use.name}>, which is not in the MDX registry (known: ${context.componentNames.join(', ')}).`,
      );
    }
    if (use.name === 'Sandbox' && (!use.id || !context.sandboxIds.includes(use.id))) {
      problems.push(
        `${at(use.line)} embeds sandbox "${use.id ?? '(no id)'}", which is not in sandboxes/catalog.ts (known: ${context.sandboxIds.join(', ')}).`,
      );
    }
    if (use.name === 'Figure' && (!use.id || !context.figureFiles.includes(`${use.id}.mmd`))) {
      problems.push(`${at(use.line)} shows figure "${use.id ?? '(no id)'}", but there is no figures/${use.id ?? '?'}.mmd beside the chapter.`);
    }
  }

  const seen = new Map<string, number>();
  for (const heading of outline.headings) {
    const base = heading.id.replace(/-\d+$/, '');
    if (heading.id !== base && seen.has(base)) {
      problems.push(`${at(heading.line)} repeats the heading "${heading.text}" (line ${seen.get(base)}); headings need unique text for stable links.`);
    }
    seen.set(heading.id, heading.line);
  }

  const figureSeen = new Set<string>();
  for (const id of outline.figureIds) {
    if (figureSeen.has(id)) problems.push(`${context.file} shows figure "${id}" twice; each figure appears once.`);
    figureSeen.add(id);
  }
  return problems;
}
