import { sectionFormsSchema, type ChapterForms } from '../quiz/schema';
import { resolveBookHref, type ChapterModel } from './chapter';
import type { Outline } from './outline';

/** What a chapter may refer to: the registry's component names, sandbox ids, and its figure files. */
export interface ContentContext {
  file: string;
  componentNames: readonly string[];
  sandboxIds: readonly string[];
  figureFiles: readonly string[];
  animationIds?: readonly string[];
  /** Ids <Term> may use: the glossary's. */
  termIds?: readonly string[];
  /** Ids <Cite> may use: the chapter's references (references/works.ts), in order of first citation. */
  referenceIds?: readonly string[];
  /** The chapter's quiz data, if it has any. */
  quiz?: ChapterForms;
}

/** A place in the text: its file (the item's own, in a chapter of several files) and line. */
const place = (context: ContentContext) => (item: { line: number; file?: string }) => `${item.file ?? context.file}:${item.line}`;

/** Problems a chapter would otherwise show a reader (or crash the build with an unclear message). */
export function checkChapter(outline: Outline, context: ContentContext): string[] {
  const problems: string[] = [];
  const at = place(context);

  for (const use of outline.components) {
    if (!context.componentNames.includes(use.name)) {
      problems.push(
        `${at(use)} uses <${use.name}>, which is not in the MDX registry (known: ${context.componentNames.join(', ')}).`,
      );
    }
    if (use.name === 'Sandbox' && (!use.id || !context.sandboxIds.includes(use.id))) {
      problems.push(
        `${at(use)} embeds sandbox "${use.id ?? '(no id)'}", which is not in sandboxes/catalog.ts (known: ${context.sandboxIds.join(', ')}).`,
      );
    }
    if (use.name === 'Term' && (!use.id || !(context.termIds ?? []).includes(use.id))) {
      problems.push(`${at(use)} marks term "${use.id ?? '(no id)'}", which is not in chapters/glossary.ts.`);
    }
    if (use.name === 'Cite' && (!use.id || !(context.referenceIds ?? []).includes(use.id))) {
      problems.push(`${at(use)} cites "${use.id ?? '(no id)'}", which is not in this chapter's list in references/works.ts.`);
    }
    if (use.name === 'Figure' && (!use.id || !context.figureFiles.includes(`${use.id}.mmd`))) {
      problems.push(`${at(use)} shows figure "${use.id ?? '(no id)'}", but there is no figures/${use.id ?? '?'}.mmd beside the chapter.`);
    }
  }

  const seen = new Map<string, string>();
  for (const heading of outline.headings) {
    if (/<[A-Z]/.test(heading.text)) problems.push(`${at(heading)} puts a component in a heading; headings are plain text (their ids make the links).`);
    const base = heading.id.replace(/-\d+$/, '');
    if (heading.id !== base && seen.has(base)) {
      problems.push(`${at(heading)} repeats the heading "${heading.text}" (${seen.get(base)}); headings need unique text for stable links.`);
    }
    seen.set(heading.id, at(heading));
  }

  for (const use of outline.components.filter((c) => c.name === 'Animation')) {
    if (!use.id || !(context.animationIds ?? []).includes(use.id)) {
      problems.push(`${at(use)} shows animation "${use.id ?? '(no id)'}", which is not in components/animation/ids.ts.`);
    }
  }
  problems.push(...checkQuizPlacement(outline, context));

  const figureSeen = new Set<string>();
  for (const id of outline.figureIds) {
    if (figureSeen.has(id)) problems.push(`${context.file} shows figure "${id}" twice; each figure appears once.`);
    figureSeen.add(id);
  }
  return problems;
}

/** Every quiz section is placed once before reading and once after, and points at real headings. */
function checkQuizPlacement(outline: Outline, context: ContentContext): string[] {
  const problems: string[] = [];
  const uses = outline.components.filter((c) => c.name === 'Quiz' || c.name === 'ChapterProgress');
  const quiz = context.quiz;
  if (uses.length === 0) {
    return quiz ? [`${context.file} has quiz data (quiz.ts) but places no <Quiz>; put each section's pre and post quiz in the text.`] : problems;
  }
  if (!quiz) return [`${context.file} places quizzes but the chapter has no quiz.ts registered in chapters/quizzes.ts.`];
  const headingIds = new Set(outline.headings.map((h) => h.id));
  for (const section of quiz) {
    const placed = uses.filter((u) => u.name === 'Quiz' && u.attributes.section === section.section);
    const pre = placed.filter((u) => u.attributes.phase === 'pre');
    const post = placed.filter((u) => u.attributes.phase === 'post');
    if (pre.length !== 1 || post.length !== 1) {
      problems.push(`${context.file}: quiz section "${section.section}" needs exactly one pre and one post <Quiz> (found ${pre.length} and ${post.length}).`);
    } else if (uses.indexOf(pre[0]!) > uses.indexOf(post[0]!)) {
      problems.push(`${place(context)(pre[0]!)} puts the pre-reading quiz of "${section.section}" after its post-reading quiz.`);
    }
    for (const id of new Set([section.heading, ...section.pre.map((q) => q.reread), ...section.post.map((q) => q.reread)])) {
      if (!headingIds.has(id)) problems.push(`${context.file}: quiz section "${section.section}" links to #${id}, which is no heading of this chapter.`);
    }
    problems.push(...checkForms(section, context.file));
  }
  if (!uses.some((u) => u.name === 'ChapterProgress')) problems.push(`${context.file} has quizzes but no <ChapterProgress /> to show the reader their gain.`);
  for (const use of uses.filter((u) => u.name === 'Quiz')) {
    if (!quiz.some((s) => s.section === use.attributes.section)) {
      problems.push(`${place(context)(use)} places quiz section "${use.attributes.section}", which the chapter's quiz.ts does not have.`);
    }
    if (use.attributes.phase !== 'pre' && use.attributes.phase !== 'post') {
      problems.push(`${place(context)(use)} gives a quiz phase "${use.attributes.phase}"; it must be "pre" or "post".`);
    }
  }
  return problems;
}

/**
 * A section's two forms (issue #22): both there with at least 4 questions each (the schema), every
 * question testing one of the section's objectives, and every objective tested in both forms.
 */
export function checkForms(section: ChapterForms[number], file: string): string[] {
  const problems: string[] = [];
  const where = `${file}: quiz section "${section.section}"`;
  const parsed = sectionFormsSchema.safeParse(section);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      const form = issue.path[0];
      problems.push(
        (form === 'pre' || form === 'post') && issue.path.length === 1
          ? `${where} needs a ${form} form of at least 4 questions (it has ${section[form].length}).`
          : `${where}: ${path || 'its data'}: ${issue.message}`,
      );
    }
  }
  const objectiveIds = new Set(section.objectives.map((o) => o.id));
  for (const phase of ['pre', 'post'] as const) {
    for (const q of section[phase]) {
      if (!objectiveIds.has(q.objective)) problems.push(`${where}: ${phase} question "${q.id}" tests objective "${q.objective}", which is not one of the section's.`);
    }
  }
  for (const objective of section.objectives) {
    const missing = (['pre', 'post'] as const).filter((phase) => !section[phase].some((q) => q.objective === objective.id));
    if (missing.length > 0) problems.push(`${where}: objective "${objective.id}" is tested by no question in the ${missing.join(' or the ')} form.`);
  }
  return problems;
}

/**
 * A chapter of several files: what is wrong with its files as pages, everything checkChapter finds
 * over the whole chapter (headings unique across its files, each quiz placed once before and once
 * after, in reading order), each quiz section named by the heading that opens its section's page, and
 * every link in the text landing on an anchor that exists.
 */
export function checkChapterModel(
  model: ChapterModel,
  context: Omit<ContentContext, 'file'>,
  anchorsBySlug: Readonly<Record<string, Record<string, string>>>,
): string[] {
  const file = `chapters/${model.slug}`;
  const problems = [...model.problems, ...checkChapter(model.outline, { ...context, file })];
  const sectionIds = new Set(model.pages.filter((p) => p.kind === 'section').map((p) => p.id));
  for (const section of context.quiz ?? []) {
    if (!sectionIds.has(section.heading)) {
      problems.push(`${file}: quiz section "${section.section}" belongs to #${section.heading}, which opens no section page (a ## heading with a file of its own).`);
    }
  }
  const cited = [...new Set(model.outline.components.filter((c) => c.name === 'Cite' && c.id).map((c) => c.id!))];
  const listed = context.referenceIds ?? [];
  const uncited = listed.filter((id) => !cited.includes(id));
  if (uncited.length > 0) problems.push(`${file}: references/works.ts lists ${uncited.join(', ')}, which the chapter never cites.`);
  else if (listed.length > 0 && cited.join() !== listed.join()) problems.push(`${file}: list the chapter's references in order of first citation: ${cited.join(', ')}.`);
  for (const page of model.pages) {
    for (const link of page.outline.links) {
      if (resolveBookHref(link.href, { slug: model.slug, path: page.path }, anchorsBySlug) === null) {
        problems.push(`${link.file ?? file}:${link.line} links to ${link.href}, which is no heading, figure or sandbox of that chapter.`);
      }
    }
  }
  return problems;
}
