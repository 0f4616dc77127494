import type { ErasedSandbox } from '@/lib/sandbox/define';
import type { SectionForms } from '@/lib/quiz/schema';
import { questionsById } from '@/lib/progress/scoring';
import type { Attempt } from '@/lib/progress/schema';
import { sameData } from './canonical';
import type { SubmittedItem } from './schema';

export type ItemStatus = 'verified' | 'measured' | 'done' | 'missing' | 'tampered' | 'unverifiable';

export interface ItemReview {
  status: ItemStatus;
  /** One line for the instructor: what was checked and what it showed. */
  detail: string;
  /** For quizzes, "3/4 → 4/4"; for exercises, empty. */
  score?: string;
}

export interface ReviewDeps {
  /** The sandbox an exercise belongs to, by the exercise's id; undefined when no built sandbox has it. */
  sandboxOf(exerciseId: string): Promise<ErasedSandbox | undefined>;
  quiz(chapter: string, section: string): SectionForms | undefined;
}

type Rescored = 'ok' | 'tampered' | 'unknown';

/**
 * Re-scores an attempt from its answers against the questions it lists (an attempt from before the
 * parallel forms lists the ids it answered). Answers name options as written, so the shuffle seed
 * plays no part. 'unknown' when it asked a question this version of the book no longer has.
 */
export function rescore(forms: SectionForms, phase: 'pre' | 'post', attempt: Attempt): Rescored {
  const byId = questionsById(forms);
  const asked = attempt.questions.map((id) => byId.get(id));
  if (asked.some((q) => q === undefined)) return 'unknown';
  const questions = asked.flatMap((q) => q ?? []);
  if (!attempt.legacy) {
    // A current attempt asks its own form, each question once.
    const form = new Set(forms[phase].map((q) => q.id));
    if (new Set(attempt.questions).size !== attempt.questions.length || !attempt.questions.every((id) => form.has(id))) return 'tampered';
    if (attempt.total !== questions.length) return 'tampered';
  }
  const correct = questions.filter((q) => attempt.answers[q.id]?.choice === q.answer).map((q) => q.id);
  return attempt.score === correct.length && [...attempt.correct].sort().join() === correct.sort().join() ? 'ok' : 'tampered';
}

/**
 * Checks one submitted item against the book itself: a quiz is re-scored from its answers; a
 * deterministic exercise is re-run from its params and seed and its recorded result compared; a
 * measured one (timings) is checked for agreement between its answers and its recorded result.
 */
export async function reviewItem(item: SubmittedItem, deps: ReviewDeps, signal?: AbortSignal): Promise<ItemReview> {
  if (item.kind === 'quiz') {
    const quiz = deps.quiz(item.chapter, item.section);
    if (!quiz) return { status: 'unverifiable', detail: 'This quiz is not in this version of the book.' };
    if (!item.post) return { status: 'missing', detail: item.pre ? 'Taken before reading only.' : 'Not taken yet.', score: item.pre ? `${item.pre.score}/${item.pre.total} → —` : '' };
    for (const [phase, attempt] of [['pre', item.pre], ['post', item.post]] as const) {
      const verdict = attempt ? rescore(quiz, phase, attempt) : 'ok';
      if (verdict === 'tampered') return { status: 'tampered', detail: 'The recorded score does not match the recorded answers.' };
      if (verdict === 'unknown') return { status: 'unverifiable', detail: 'Answered questions this version of the book no longer has.' };
    }
    const notComparable = item.revealed ? 'the learner saw the answers before reading' : item.post.legacy ? 'taken before the book had two forms, on the same questions' : null;
    const score = `${item.pre ? `${item.pre.score}/${item.pre.total}` : '—'} → ${item.post.score}/${item.post.total}${notComparable ? ' (gain not comparable)' : ''}`;
    return { status: 'done', detail: `Re-scored from the recorded answers.${notComparable ? ` Gain not comparable: ${notComparable}.` : ''}`, score };
  }

  const pass = item.pass;
  if (!pass) return { status: 'missing', detail: 'Not passed yet.' };
  const sandbox = await deps.sandboxOf(item.id);
  if (!sandbox || !sandbox.exercises.some((e) => e.id === item.id)) return { status: 'unverifiable', detail: 'This exercise is not in this version of the book.' };
  if (sandbox.id !== pass.sandbox) return { status: 'tampered', detail: `Recorded for another sandbox than “${sandbox.id}”, the one this exercise belongs to.` };
  if (pass.resultsVersion !== sandbox.version) return { status: 'unverifiable', detail: `Passed with results version ${pass.resultsVersion}; the sandbox is now at ${sandbox.version}.` };
  const parsed = sandbox.parse(pass.params);
  if (!parsed.ok) return { status: 'tampered', detail: `The recorded settings are not settings the sandbox accepts (${parsed.message}).` };
  const params = parsed.params;
  if (params.seed !== pass.seed) return { status: 'tampered', detail: 'The recorded seed differs from the seed in the settings.' };

  if (sandbox.isDeterministic(item.id, params)) {
    const raw = await sandbox.rerun(params, { signal });
    const kept = JSON.parse(JSON.stringify(sandbox.forDownload(raw))) as unknown;
    if (pass.result !== null && pass.result !== undefined && !sameData(sandbox.evidence(item.id, kept), sandbox.evidence(item.id, pass.result))) {
      return { status: 'tampered', detail: 'Re-run from its settings and seed, the sandbox gives a different result from the one recorded.' };
    }
    const verdict = sandbox.check(item.id, raw, pass.answers, params);
    if (!verdict.pass) return { status: 'tampered', detail: 'Re-run from its settings and seed, the recorded answers do not pass.' };
    return { status: 'verified', detail: 'Re-run from its settings and seed: same result, and the answers pass.' };
  }
  if (pass.result === null || pass.result === undefined) return { status: 'unverifiable', detail: 'A timing result too large to keep was not recorded, so only the pass itself is known.' };
  const verdict = sandbox.check(item.id, pass.result, pass.answers, params);
  if (!verdict.pass) return { status: 'tampered', detail: 'The recorded answers do not pass against the recorded result.' };
  return { status: 'measured', detail: 'Timed on the learner’s machine, so it cannot be re-run; the answers agree with the recorded result.' };
}
