import 'server-only';
import { chapterQuizzes } from '@/chapters/quizzes';
import { itemKey, type Assignable, type ExerciseListing } from '@/lib/assignments/assignable';
import { loadAllDefinitions, sandboxCatalog, isSandboxId } from '@/sandboxes/catalog';
import { pagePath } from '@/lib/content/paths';
import { loadBook } from './chapters.server';

export type { Assignable } from '@/lib/assignments/assignable';

/** Every built sandbox's exercises, read from their definitions at build time. */
export async function exerciseListings(): Promise<ExerciseListing[]> {
  const definitions = await loadAllDefinitions();
  return definitions.flatMap((d) =>
    d.exercises.map((e) => ({ id: e.id, sandbox: d.id, sandboxTitle: isSandboxId(d.id) ? sandboxCatalog[d.id].title : d.id, prompt: e.prompt })),
  );
}

export async function assignables(): Promise<Assignable[]> {
  const book = loadBook();
  const sandboxHome = new Map<string, { path: string; label: string }>();
  for (const model of book) {
    for (const page of model.pages) {
      for (const id of page.outline.sandboxIds) if (!sandboxHome.has(id)) sandboxHome.set(id, { path: page.path, label: `Chapter ${model.number}, ${page.title}` });
    }
  }
  const exercises: Assignable[] = (await exerciseListings()).map((e) => {
    const home = sandboxHome.get(e.sandbox);
    return {
      kind: 'exercise',
      key: itemKey({ kind: 'exercise', id: e.id }),
      id: e.id,
      sandbox: e.sandbox,
      sandboxTitle: e.sandboxTitle,
      prompt: e.prompt,
      href: home ? `${home.path}#sandbox-${e.sandbox}` : `/kit/#sandbox-${e.sandbox}`,
      where: home ? `${home.label}, sandbox “${e.sandboxTitle}”` : 'Reading kit page',
    };
  });
  const quizzes: Assignable[] = book.flatMap((chapter) =>
    (chapterQuizzes[chapter.slug] ?? []).map((s) => ({
      kind: 'quiz' as const,
      key: itemKey({ kind: 'quiz', chapter: chapter.slug, section: s.section }),
      chapter: chapter.slug,
      section: s.section,
      title: s.title,
      questions: s.pre.length,
      postQuestions: s.post.length,
      href: `${pagePath(chapter.slug, s.heading)}#${s.heading}`,
      where: `Chapter ${chapter.number}, ${chapter.title}`,
    })),
  );
  return [...quizzes, ...exercises];
}
