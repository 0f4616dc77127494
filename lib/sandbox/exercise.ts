/**
 * A sandbox exercise, declared beside the sandbox's params schema (in its exercises.ts): a prompt,
 * the settings worth exploring, the answer fields the learner fills in, and a check over the
 * sandbox's own result. Answers are checked against the learner's own run, so on a timing sandbox
 * the right answer is the one their machine gave.
 */
export type ExerciseField =
  | { name: string; kind: 'number'; label: string; unit?: string }
  | { name: string; kind: 'choice'; label: string; options: ReadonlyArray<{ value: string; label: string }> };

export interface Verdict {
  pass: boolean;
  feedback: string;
}

export interface Exercise<Params, Result> {
  /** Unique across the book, prefixed by the sandbox id: 'oltp-olap-ten-times'. */
  id: string;
  prompt: string;
  /** Settings the learner should try (a "Set these" button applies them); the rest stay as they are. */
  explore?: Partial<Params>;
  /** What the learner enters; none means the check reads the result alone. */
  fields: readonly ExerciseField[];
  /**
   * True when the same params and seed always give the same result (simulations, counts), so a
   * reviewer can re-run it and compare; false for timings, which only the learner's machine measured.
   * A function when it depends on the settings (a simulation fed a measured cost is not repeatable).
   */
  deterministic: boolean | ((params: Params) => boolean);
  /**
   * The part of the result a re-run must reproduce, for a deterministic exercise whose result also
   * holds timings (which never repeat exactly); the whole result when absent.
   */
  evidence?: (result: Result) => unknown;
  check(result: Result, answers: Readonly<Record<string, string>>, params: Params): Verdict;
}

/** Reads a numeric answer; NaN when the field is empty or not a number. */
export function numberAnswer(answers: Readonly<Record<string, string>>, name: string): number {
  const raw = answers[name]?.trim() ?? '';
  return raw === '' ? Number.NaN : Number(raw.replace(/,/g, ''));
}

/** True when `answer` is within `tolerance` (relative) of `expected`. */
export function near(answer: number, expected: number, tolerance = 0.25): boolean {
  if (!Number.isFinite(answer)) return false;
  if (expected === 0) return Math.abs(answer) <= tolerance;
  return Math.abs(answer - expected) / Math.abs(expected) <= tolerance;
}

export function isDeterministic<P, R>(exercise: Exercise<P, R>, params: P): boolean {
  return typeof exercise.deterministic === 'function' ? exercise.deterministic(params) : exercise.deterministic;
}
