import type { QuizQuestion } from '@/lib/quiz/schema';
import type { Answer, Attempt, QuizRecord, SectionProgress } from './schema';

/** Scores one attempt at a section's questions; unanswered questions count as wrong. */
export function scoreAttempt(questions: readonly QuizQuestion[], answers: Record<string, Answer>, at: Date): Attempt {
  const correct = questions.filter((q) => answers[q.id]?.choice === q.answer).map((q) => q.id);
  const answered = Object.fromEntries(questions.filter((q) => answers[q.id]).map((q) => [q.id, answers[q.id] as Answer]));
  return { answers: answered, correct, score: correct.length, total: questions.length, at: at.toISOString() };
}

/** Adds an attempt to a record: the first attempt is kept forever, the best is the highest score (earliest on ties). */
export function recordAttempt(record: QuizRecord | undefined, attempt: Attempt): QuizRecord {
  if (!record) return { first: attempt, best: attempt, latest: attempt, attempts: 1 };
  return {
    first: record.first,
    best: fraction(attempt) > fraction(record.best) ? attempt : record.best,
    latest: attempt,
    attempts: record.attempts + 1,
  };
}

export function fraction(attempt: Pick<Attempt, 'score' | 'total'>): number {
  return attempt.total > 0 ? attempt.score / attempt.total : 0;
}

export interface SectionSummary {
  /** First pre-reading attempt: what the reader knew before. */
  pre: Attempt | null;
  /** Best post-reading attempt. */
  post: Attempt | null;
  /** Post minus pre, in percentage points; null until both exist. */
  gainPoints: number | null;
}

/** The gain compares the first pre-reading attempt (before any reading) with the best post-reading one. */
export function summarizeSection(progress: SectionProgress | undefined): SectionSummary {
  const pre = progress?.pre?.first ?? null;
  const post = progress?.post?.best ?? null;
  const gainPoints = pre && post ? Math.round((fraction(post) - fraction(pre)) * 100) : null;
  return { pre, post, gainPoints };
}

/** Questions still missed: wrong in the latest post attempt, or in the latest pre attempt if there is no post yet. */
export function stillMissed(questions: readonly QuizQuestion[], progress: SectionProgress | undefined): QuizQuestion[] {
  const latest = progress?.post?.latest ?? progress?.pre?.latest;
  if (!latest) return [];
  return questions.filter((q) => !latest.correct.includes(q.id));
}
