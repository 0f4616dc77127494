import 'server-only';
import { chapterQuizzes } from '@/chapters/quizzes';
import { itemKey, type Assignable, type ExerciseListing } from '@/lib/assignments/assignable';
import { loadAllDefinitions, sandboxCatalog, isSandboxId } from '@/sandboxes/catalog';
import { loadAllOutlines } from './chapters.server';

export type { Assignable } from '@/lib/assignments/assignable';

/** Every built sandbox's exercises, read from their definitions at build time. */
export async function exerciseListings(): Promise<ExerciseListing[]> {
  const definitions = await loadAllDefinitions();
  return definitions.flatMap((d) =>
    d.exercises.map((e) => ({ id: e.id, sandbox: d.id, sandboxTitle: isSandboxId(d.id) ? sandboxCatalog[d.id].title : d.id, prompt: e.prompt })),
  );
}

export async function assignables(): Promise<Assignable[]> {
  const outlines = loadAllOutlines();
  const sandboxHome = new Map<string, { slug: string; label: string }>();
  for (const { chapter, outline } of outlines) {
    for (const id of outline.sandboxIds) if (!sandboxHome.has(id)) sandboxHome.set(id, { slug: chapter.slug, label: `Chapter ${chapter.number}` });
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
      href: home ? `/chapters/${home.slug}/#sandbox-${e.sandbox}` : `/kit/#sandbox-${e.sandbox}`,
      where: home ? `${home.label}, sandbox “${e.sandboxTitle}”` : 'Reading kit page',
    };
  });
  const quizzes: Assignable[] = outlines.flatMap(({ chapter }) =>
    (chapterQuizzes[chapter.slug] ?? []).map((s) => ({
      kind: 'quiz' as const,
      key: itemKey({ kind: 'quiz', chapter: chapter.slug, section: s.section }),
      chapter: chapter.slug,
      section: s.section,
      title: s.title,
      questions: s.questions.length,
      href: `/chapters/${chapter.slug}/#${s.heading}`,
      where: `Chapter ${chapter.number}, ${chapter.title}`,
    })),
  );
  return [...quizzes, ...exercises];
}
