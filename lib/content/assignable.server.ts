import 'server-only';
import { chapterQuizzes } from '@/chapters/quizzes';
import { allExercises } from '@/sandboxes/exercises';
import { sandboxCatalog } from '@/sandboxes/catalog';
import { loadAllOutlines } from './chapters.server';

/** One thing an instructor can assign, as plain data for the assignment pages (built at build time). */
export type Assignable =
  | { kind: 'exercise'; key: string; id: string; sandbox: string; sandboxTitle: string; prompt: string; href: string; where: string }
  | { kind: 'quiz'; key: string; chapter: string; section: string; title: string; questions: number; href: string; where: string };

export const itemKey = (item: { kind: 'exercise'; id: string } | { kind: 'quiz'; chapter: string; section: string }) =>
  item.kind === 'exercise' ? `exercise:${item.id}` : `quiz:${item.chapter}/${item.section}`;

export function assignables(): Assignable[] {
  const outlines = loadAllOutlines();
  const sandboxHome = new Map<string, { slug: string; label: string }>();
  for (const { chapter, outline } of outlines) {
    for (const id of outline.sandboxIds) if (!sandboxHome.has(id)) sandboxHome.set(id, { slug: chapter.slug, label: `Chapter ${chapter.number}` });
  }
  const exercises: Assignable[] = allExercises.map((e) => {
    const home = sandboxHome.get(e.sandbox);
    return {
      kind: 'exercise',
      key: itemKey({ kind: 'exercise', id: e.id }),
      id: e.id,
      sandbox: e.sandbox,
      sandboxTitle: sandboxCatalog[e.sandbox].title,
      prompt: e.prompt,
      href: home ? `/chapters/${home.slug}/#sandbox-${e.sandbox}` : `/kit/#sandbox-${e.sandbox}`,
      where: home ? `${home.label}, sandbox “${sandboxCatalog[e.sandbox].title}”` : 'Reading kit page',
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
