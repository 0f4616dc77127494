import { z } from 'zod';

/**
 * A chapter's quizzes, as typed data beside the chapter (chapters/<slug>/quiz.ts). Each section has
 * one set of questions, asked before reading (pre) and again after (post), so the gain shows.
 */
export const quizOptionSchema = z.object({
  text: z.string().min(1),
  /** Why this option is right, or why it is tempting and wrong; shown after answering. */
  explanation: z.string().min(1),
});

export const quizQuestionSchema = z.object({
  /** Stable across edits: stored answers refer to it. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  prompt: z.string().min(1),
  options: z.tuple([quizOptionSchema, quizOptionSchema, quizOptionSchema, quizOptionSchema]),
  /** Index of the correct option, 0–3. */
  answer: z.number().int().min(0).max(3),
  /** Heading id (in this chapter) to re-read when this question is missed. */
  reread: z.string().min(1),
});

export const sectionQuizSchema = z.object({
  /** Used in MDX: <Quiz section="…" phase="pre" />. */
  section: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  /** Heading id of the section the quiz belongs to. */
  heading: z.string().min(1),
  questions: z.array(quizQuestionSchema).min(3),
});

export const chapterQuizSchema = z.array(sectionQuizSchema);

export type QuizOption = z.infer<typeof quizOptionSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type SectionQuiz = z.infer<typeof sectionQuizSchema>;
export type ChapterQuiz = z.infer<typeof chapterQuizSchema>;
export type QuizPhase = 'pre' | 'post';
