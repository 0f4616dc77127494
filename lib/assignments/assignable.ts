/** One thing an instructor can assign, as plain data for the assignment pages (built at build time by app/_content/assignable.server.ts). */
export type Assignable =
  | { kind: 'exercise'; key: string; id: string; sandbox: string; sandboxTitle: string; prompt: string; href: string; where: string }
  | { kind: 'quiz'; key: string; chapter: string; section: string; title: string; questions: number; postQuestions: number; href: string; where: string };

export const itemKey = (item: { kind: 'exercise'; id: string } | { kind: 'quiz'; chapter: string; section: string }) =>
  item.kind === 'exercise' ? `exercise:${item.id}` : `quiz:${item.chapter}/${item.section}`;

/** A sandbox exercise as the progress page lists it. */
export interface ExerciseListing {
  id: string;
  sandbox: string;
  sandboxTitle: string;
  prompt: string;
}
