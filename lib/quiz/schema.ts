import { z } from 'zod';

/**
 * A chapter's quizzes, as typed data beside the chapter: chapters/<slug>/quiz/<section>.ts, assembled
 * in reading order by chapters/<slug>/quiz.ts. The question and option shapes below are shared by
 * both forms of every section.
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

export type QuizOption = z.infer<typeof quizOptionSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type QuizPhase = 'pre' | 'post';

/*
 * Parallel forms (issue #22). Each section has a pre form and a post form: different questions on
 * the same learning objectives, of like difficulty. A section lists the chapter's objectives it
 * teaches; every question names the objective it tests. Section files live in
 * chapters/<slug>/quiz/<section>.ts; the chapter's objective list is theirs, in section order.
 */
export const quizObjectiveSchema = z.object({
  /** Stable: questions and stored results refer to it. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** One sentence, starting with a bold verb the reader can check: "**Compute** the worst-case staleness of …". */
  text: z.string().min(20),
});

export const formQuestionSchema = quizQuestionSchema.extend({
  /** The id of the objective (in this section's list) the question tests. */
  objective: z.string().regex(/^[a-z0-9-]+$/),
});

export const sectionFormsSchema = z.object({
  section: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  heading: z.string().min(1),
  objectives: z.array(quizObjectiveSchema).min(1),
  /** Asked before reading; its answer key is not shown until the post form is done. */
  pre: z.array(formQuestionSchema).min(4),
  /** Asked after reading: no stem or scenario shared with the pre form. */
  post: z.array(formQuestionSchema).min(4),
});

export type QuizObjective = z.infer<typeof quizObjectiveSchema>;
export type FormQuestion = z.infer<typeof formQuestionSchema>;
export type SectionForms = z.infer<typeof sectionFormsSchema>;

/** A chapter's sections, in reading order. */
export const chapterFormsSchema = z.array(sectionFormsSchema);
export type ChapterForms = z.infer<typeof chapterFormsSchema>;

/** The questions of one form of a section. */
export const formOf = (section: SectionForms, phase: QuizPhase): FormQuestion[] => section[phase];
