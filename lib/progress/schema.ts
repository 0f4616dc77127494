// zod's tree-shakable build: the progress store is in every page's first load (README, "Design notes").
import * as z from 'zod/mini';
import { storedParamsSchema } from '@/lib/sandbox/stored';
import { LATEST_VERSION } from './migrate';
import { MAX_ANSWER_CHARS } from './base';
import { depthWithin } from '@/lib/codec/bounds';
import { predictionsPartSchema } from './predictions';

/** The progress store's schema version: the number of steps in migrate.ts. Add a step there when the shape changes. */
export const PROGRESS_VERSION = LATEST_VERSION;

export const confidenceSchema = z.enum(['sure', 'unsure']);

const int = (min: number, max = Number.MAX_SAFE_INTEGER) => z.int().check(z.minimum(min), z.maximum(max));

export const answerSchema = z.object({
  choice: int(0, 3),
  confidence: z.optional(confidenceSchema),
});

const idSchema = z.string().check(z.minLength(1), z.maxLength(120));

export const attemptSchema = z
  .object({
    answers: z.record(idSchema, answerSchema),
    /** Ids of the questions answered correctly. */
    correct: z.array(idSchema),
    score: int(0),
    total: int(1, 100),
    at: z.iso.datetime(),
    /** Ids of the questions asked, in the order shown; an attempt made before the parallel forms lists the ids it answered. */
    questions: z.array(idSchema).check(z.minLength(1), z.maxLength(100)),
    /** The seed its options were shuffled with (lib/quiz/shuffle.ts); absent for attempts made before shuffling. */
    seed: z.optional(int(0, 0xffffffff)),
    /** Made before the parallel forms (issue #22), when the post quiz repeated the pre quiz's questions. */
    legacy: z.optional(z.literal(true)),
  })
  .check(
    z.refine((a) => a.score === a.correct.length && a.score <= a.total, {
      message: 'an attempt’s score must equal its number of correct answers and not exceed its total',
    }),
    z.refine((a) => a.correct.every((id) => id in a.answers), { message: 'a correct answer must be one of the attempt’s answers' }),
    z.refine((a) => Object.keys(a.answers).every((id) => a.questions.includes(id)), { message: 'an answer must be to one of the attempt’s questions' }),
    z.refine((a) => a.legacy === true || a.total === a.questions.length, { message: 'an attempt’s total must be its number of questions' }),
  );

export const quizRecordSchema = z
  .object({ first: attemptSchema, best: attemptSchema, latest: attemptSchema, attempts: int(1) })
  .check(z.refine((r) => r.best.score >= r.first.score && r.best.score >= r.latest.score, { message: 'the best attempt must score at least as high as the others' }));

export const sectionProgressSchema = z.object({
  pre: z.optional(quizRecordSchema),
  post: z.optional(quizRecordSchema),
  /** When the reader asked to see the pre form's answers before taking the post form: the gain is then not comparable. */
  revealed: z.optional(z.iso.datetime()),
  /** Tries at the post questions missed ("Review what you missed" on /progress/): kept apart, they never change the gain. */
  review: z.optional(quizRecordSchema),
});

/** The parts of a section's record that hold attempts. */
export type QuizPart = 'pre' | 'post' | 'review';


/** A passed sandbox exercise, with everything needed to check it again: params, seed, answers, result. */
export const exercisePassSchema = z.object({
  sandbox: idSchema,
  /** The sandbox's RESULTS_VERSION when it passed: a re-run under another version is not comparable. */
  resultsVersion: int(1),
  passedAt: z.iso.datetime(),
  /** The settings, scripts included (lists of flat actions, bounded). */
  params: storedParamsSchema,
  seed: int(0),
  answers: z.record(z.string().check(z.maxLength(60)), z.string().check(z.maxLength(MAX_ANSWER_CHARS))),
  feedback: z.string().check(z.maxLength(2000)),
  /** The result that passed (as the sandbox downloads it); null when too large to keep in this browser. Bounded in depth, so nothing walking it can overflow the stack. */
  result: z.unknown().check(z.refine((value) => depthWithin(value), { message: 'a kept result nests too deep' })),
});

export const progressStateSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  /** chapter slug → quiz section id → its pre and post records. */
  quizzes: z.record(idSchema, z.record(idSchema, sectionProgressSchema)),
  /** exercise id → its latest pass. */
  exercises: z.record(idSchema, exercisePassSchema),
  /** The name put on assignment submissions, asked once. */
  learnerName: z.optional(z.string().check(z.maxLength(120))),
  /** "Predict first" guesses against what the run measured (its own version: predictions.ts). Absent until the first one. */
  predictions: z.optional(predictionsPartSchema),
});

export type Confidence = z.infer<typeof confidenceSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type QuizRecord = z.infer<typeof quizRecordSchema>;
export type SectionProgress = z.infer<typeof sectionProgressSchema>;
export type ProgressState = z.infer<typeof progressStateSchema>;
export type ExercisePass = z.infer<typeof exercisePassSchema>;

export { emptyProgress } from './base';

/** An exported progress file: the state plus what it is, so a foreign file is recognised as such. */
export const EXPORT_KIND = 'data-systems-for-ml/progress';
export const exportFileSchema = z.object({
  kind: z.literal(EXPORT_KIND),
  exportedAt: z.iso.datetime(),
  progress: z.unknown(),
});
