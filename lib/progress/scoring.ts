import type { QuizQuestion, SectionForms } from '@/lib/quiz/schema';
import type { Answer, Attempt, QuizRecord, SectionProgress } from './schema';

/**
 * Scores one attempt at a list of questions (a form, or the missed questions under review);
 * unanswered questions count as wrong. Answers name options as written, whatever order they were
 * shown in, so the seed is kept only to show the attempt again as it was asked.
 */
export function scoreAttempt(questions: readonly QuizQuestion[], answers: Record<string, Answer>, at: Date, seed?: number): Attempt {
  const correct = questions.filter((q) => answers[q.id]?.choice === q.answer).map((q) => q.id);
  const answered = Object.fromEntries(questions.filter((q) => answers[q.id]).map((q) => [q.id, answers[q.id] as Answer]));
  return {
    answers: answered,
    correct,
    score: correct.length,
    total: questions.length,
    at: at.toISOString(),
    questions: questions.map((q) => q.id),
    ...(seed === undefined ? {} : { seed }),
  };
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

/** Why a section's gain does not measure learning from the section. */
export type NotComparable = 'revealed' | 'legacy';

export interface SectionSummary {
  /** First pre-reading attempt: what the reader knew before. */
  pre: Attempt | null;
  /** First post-reading attempt (made before its key was shown). */
  post: Attempt | null;
  /** Post minus pre, in percentage points; null until both exist. */
  gainPoints: number | null;
  /**
   * Null when the gain compares like with like. 'revealed': the reader saw the pre form's answers
   * before the post form. 'legacy': the post attempt was made before the parallel forms, on the very
   * questions of the pre quiz.
   */
  notComparable: NotComparable | null;
}

/**
 * The gain compares the first pre-reading attempt (before any reading) with the first post-reading one
 * (the post form's key shows after it, so a later try measures memory of the key, not the reading).
 */
export function summarizeSection(progress: SectionProgress | undefined): SectionSummary {
  const pre = progress?.pre?.first ?? null;
  const post = progress?.post?.first ?? null;
  const gainPoints = pre && post ? Math.round((fraction(post) - fraction(pre)) * 100) : null;
  const notComparable: NotComparable | null = progress?.revealed ? 'revealed' : post?.legacy ? 'legacy' : null;
  return { pre, post, gainPoints, notComparable };
}

/** The gain as the book shows it everywhere: points, a dash, or "not comparable". */
export function gainText(summary: SectionSummary): string {
  if (summary.gainPoints === null) return '—';
  if (summary.notComparable) return 'not comparable';
  return `${summary.gainPoints > 0 ? '+' : ''}${summary.gainPoints} points`;
}

export const NOT_COMPARABLE_WHY: Record<NotComparable, string> = {
  revealed: 'the answers to the quiz before reading were shown before the quiz after reading',
  legacy: 'the quiz after reading was taken before the book had two forms, on the same questions',
};

/** Whether the pre form's answer key may be shown: after a post attempt, or once the reader asked for it early. */
export const preKeyOpen = (progress: SectionProgress | undefined): boolean => Boolean(progress?.post || progress?.revealed);

/** A section's questions of both forms, by id: attempts name their questions by id, whichever form they came from. */
export function questionsById(section: SectionForms): Map<string, QuizQuestion> {
  return new Map([...section.pre, ...section.post].map((q) => [q.id, q]));
}

/** Questions the latest post attempt missed (what "worth re-reading" lists); none before a post attempt. */
export function stillMissed(section: SectionForms, progress: SectionProgress | undefined): QuizQuestion[] {
  const latest = progress?.post?.latest;
  if (!latest) return [];
  const byId = questionsById(section);
  return latest.questions.filter((id) => !latest.correct.includes(id)).flatMap((id) => byId.get(id) ?? []);
}

/** Days after the post attempt before its missed questions are offered for review. */
export const REVIEW_AFTER_DAYS = 3;
const DAY_MS = 86_400_000;

export interface ReviewDue {
  /** Ids of the post questions the latest post attempt missed: a review try asks them all, in a fresh order. */
  ids: string[];
  /** When the review is offered without asking. */
  dueAt: Date;
  due: boolean;
}

/**
 * What "Review what you missed" offers for one section, from its record alone (no question data
 * needed): the latest post attempt's missed questions, until a review try made since gets them all right.
 */
export function reviewDue(progress: SectionProgress | undefined, now: Date): ReviewDue | null {
  const post = progress?.post?.latest;
  if (!post || post.legacy) return null;
  const ids = post.questions.filter((id) => !post.correct.includes(id));
  const review = progress?.review?.latest;
  if (ids.length === 0 || (review && review.at >= post.at && ids.every((id) => review.correct.includes(id)))) return null;
  const dueAt = new Date(Date.parse(post.at) + REVIEW_AFTER_DAYS * DAY_MS);
  return { ids, dueAt, due: now.getTime() >= dueAt.getTime() };
}
