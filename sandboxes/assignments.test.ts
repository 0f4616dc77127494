import { describe, expect, it } from 'vitest';
import { chapterQuizzes } from '@/chapters/quizzes';
import { recordAttempt, scoreAttempt } from '@/lib/progress/scoring';
import { emptyProgress, type ExercisePass, type ProgressState } from '@/lib/progress/schema';
import { erase, type ErasedSandbox } from '@/lib/sandbox/define';
import { runWindows } from '@/sandboxes/windows/compute';
import { definition as windowsDefinition } from '@/sandboxes/windows/definition';
import { defaultWindowsParams, RESULTS_VERSION as WINDOWS_RESULTS_VERSION, type WindowsParams } from '@/sandboxes/windows/model';
import { definition as oltpDefinition } from '@/sandboxes/oltp-olap/definition';
import { defaultOltpParams } from '@/sandboxes/oltp-olap/model';
import { summarize } from '@/lib/stats';
import type { Assignment } from '@/lib/assignments/schema';
import { buildSubmission, readSubmission } from '@/lib/assignments/submission';
import { reviewItem, type ReviewDeps } from '@/lib/assignments/verify';

/**
 * Assignments with the book's own sandboxes and quizzes: a learner's passes of a windows exercise
 * (re-run from its erased definition) and an oltp-olap one (measured), and a chapter quiz, through
 * submission and review. (lib/assignments/assignments.test.ts tests the same review on a sandbox made
 * in the test, so lib/ needs none of the book's sandboxes.)
 */
const assignment: Assignment = {
  v: 1,
  title: 'Week 3: windows and engines <script>alert(1)</script>',
  instructions: 'Do both, then the quiz.',
  due: '2026-12-01',
  items: [
    { kind: 'exercise', id: 'windows-sliding-count' },
    { kind: 'exercise', id: 'oltp-olap-lookup-winner' },
    { kind: 'quiz', chapter: 'fundamentals', section: chapterQuizzes.fundamentals![0]!.section },
  ],
};

/** A learner who passed both exercises and took the quiz, as their progress store would hold it. */
function learnerProgress(): ProgressState {
  const params: WindowsParams = { ...defaultWindowsParams, size: 10, slide: 2 };
  const result = runWindows(params);
  const quiz = chapterQuizzes.fundamentals![0]!;
  // The first question missed, the rest right; options named as written, so the seed only replays the order shown.
  const attemptAt = (form: typeof quiz.pre, at: string) =>
    scoreAttempt(form, Object.fromEntries(form.map((q, i) => [q.id, { choice: i === 0 ? (q.answer + 1) % 4 : q.answer }])), new Date(at), 7);
  const oltpResult = {
    rows: 100_000,
    clockTickMs: 0.1,
    engines: (['sqlite', 'duckdb'] as const).map((engine) => ({
      engine,
      version: 'x',
      loadMs: 1,
      memoryBytes: 1,
      workloads: (['lookup', 'update', 'aggregate'] as const).map((w) => ({ workload: w, ran: 2, asked: 2, group: 1, samples: [1, 1], summary: summarize(engine === 'sqlite' && w === 'lookup' ? [0.02, 0.02] : [1, 1]), budgetHit: false })),
      mix: { lookups: 1, aggregations: 1, lookupLatency: summarize([1]), utilisation: 0.1, budgetHit: false },
      lookupPlan: '',
    })),
    agreement: { sqlite: 'a', duckdb: 'a', equal: true },
  };
  const pass = (sandbox: string, p: Record<string, unknown>, answersGiven: Record<string, string>, r: unknown): ExercisePass => ({
    sandbox,
    resultsVersion: sandbox === 'windows' ? WINDOWS_RESULTS_VERSION : 1,
    passedAt: '2026-11-21T09:00:00.000Z',
    params: p as ExercisePass['params'],
    seed: p.seed as number,
    answers: answersGiven,
    feedback: 'Yes',
    result: JSON.parse(JSON.stringify(r)),
  });
  return {
    ...emptyProgress(),
    quizzes: { fundamentals: { [quiz.section]: { pre: recordAttempt(undefined, attemptAt(quiz.pre, '2026-11-20T10:00:00.000Z')), post: recordAttempt(undefined, attemptAt(quiz.post, '2026-11-21T10:00:00.000Z')) } } },
    exercises: {
      'windows-sliding-count': pass('windows', params, { count: '5' }, result),
      'oltp-olap-lookup-winner': pass('oltp-olap', defaultOltpParams, { engine: 'sqlite', factor: '50' }, oltpResult),
    },
  };
}

/** The windows sandbox as the review page holds it, re-run in-process instead of in a worker. */
const windows: ErasedSandbox = { ...erase(windowsDefinition), rerun: (params) => Promise.resolve(runWindows(params as WindowsParams)) };
/** oltp-olap's lookup exercise is measured (timings), so its review never re-runs it. */
const oltp: ErasedSandbox = erase(oltpDefinition);

const deps: ReviewDeps = {
  sandboxOf: (exerciseId) => Promise.resolve(exerciseId.startsWith('windows-') ? windows : exerciseId.startsWith('oltp-olap-') ? oltp : undefined),
  quiz: (chapter, section) => chapterQuizzes[chapter]?.find((s) => s.section === section),
};

describe('submissions and their review', () => {
  it('a genuine submission passes its checksum, re-runs to the same result, and re-scores its quiz', async () => {
    const submission = await buildSubmission(assignment, learnerProgress(), 'Ada L.');
    const read = await readSubmission(JSON.stringify(submission, null, 2));
    expect(read).toMatchObject({ ok: true, checksumOk: true });
    if (!read.ok) return;
    const reviews = await Promise.all(read.submission.items.map((item) => reviewItem(item, deps)));
    expect(reviews.map((r) => r.status)).toEqual(['verified', 'measured', 'done']);
    expect(reviews[2]!.score).toMatch(/^\d+\/\d+ → \d+\/\d+$/);
  });

  it('flags a tampered result, tampered answers, a tampered quiz score and an edited file', async () => {
    const genuine = await buildSubmission(assignment, learnerProgress(), 'Ada L.');
    const edited = JSON.parse(JSON.stringify(genuine));
    edited.items[0].pass.result.types.sliding.meanWindowsPerEvent = 99; // a claimed result no run gives
    edited.items[1].pass.answers.factor = '3'; // does not match the recorded timings
    edited.items[2].post.score = 4;
    edited.items[2].post.correct = Object.keys(edited.items[2].post.answers);
    const read = await readSubmission(JSON.stringify(edited));
    expect(read).toMatchObject({ ok: true, checksumOk: false });
    if (!read.ok) return;
    const reviews = await Promise.all(read.submission.items.map((item) => reviewItem(item, deps)));
    expect(reviews.map((r) => r.status)).toEqual(['tampered', 'tampered', 'tampered']);
  });

  it('lists what is missing, and refuses files that are not submissions with a reason', async () => {
    const submission = await buildSubmission(assignment, emptyProgress(), 'Bo');
    const reviews = await Promise.all(submission.items.map((item) => reviewItem(item, deps)));
    expect(reviews.map((r) => r.status)).toEqual(['missing', 'missing', 'missing']);
    expect(await readSubmission('not json')).toMatchObject({ ok: false, message: 'it is not JSON' });
    expect(await readSubmission('{"kind":"data-systems-for-ml/progress"}')).toMatchObject({ ok: false, message: expect.stringContaining('not a submission') });
    expect(await readSubmission(JSON.stringify({ ...submission, learner: '' }))).toMatchObject({ ok: false, message: expect.stringContaining('learner') });
  });
});
