import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { nodeEnv } from '@/lib/engines/node';
import { recordAttempt, scoreAttempt } from '@/lib/progress/scoring';
import { emptyProgress, type ExercisePass, type ProgressState } from '@/lib/progress/schema';
import type { SectionForms } from '@/lib/quiz/schema';
import { defineSandbox, erase } from '@/lib/sandbox/define';
import { near, numberAnswer, type Exercise } from '@/lib/sandbox/exercise';
import { defineHandler, serveSandbox } from '@/lib/sandbox/serve';
import { createInProcessWorker } from '@/lib/worker/inProcess';
import { decodeAssignment, encodeAssignment, MAX_CODE_LENGTH } from './codec';
import type { Assignment } from './schema';
import { buildSubmission, readSubmission } from './submission';
import { reviewItem, type ReviewDeps } from './verify';

/**
 * A small sandbox made here, so the review runs through the real kit (erased definition, re-run in
 * a worker served in-process) without depending on any of the book's sandboxes: it counts the
 * multiples of `step` below `size` (deterministic) and reports a made-up speed (measured).
 */
const countSchema = z.object({ seed: z.number().int().min(0), size: z.number().int().min(1).max(1000), step: z.number().int().min(1) });
type CountParams = z.infer<typeof countSchema>;
interface CountResult {
  count: number;
  perSecond: number;
}
const countHandler = defineHandler({
  schema: countSchema,
  run: (params: CountParams): CountResult => ({ count: Math.ceil(params.size / params.step), perSecond: 1000 + params.seed }),
});
const countExercises: ReadonlyArray<Exercise<CountParams, CountResult>> = [
  {
    id: 'count-demo-multiples',
    prompt: 'How many multiples?',
    fields: [{ name: 'count', kind: 'number', label: 'Count' }],
    deterministic: true,
    evidence: (r) => ({ count: r.count }),
    check: (r, answers) => (numberAnswer(answers, 'count') === r.count ? { pass: true, feedback: 'Yes' } : { pass: false, feedback: 'No' }),
  },
  {
    id: 'count-demo-speed',
    prompt: 'How fast?',
    fields: [{ name: 'speed', kind: 'number', label: 'Speed' }],
    deterministic: false,
    check: (r, answers) => (near(numberAnswer(answers, 'speed'), r.perSecond) ? { pass: true, feedback: 'Yes' } : { pass: false, feedback: 'No' }),
  },
];
const countSandbox = erase(
  defineSandbox({
    id: 'count-demo',
    version: 1,
    schema: countSchema,
    defaults: { seed: 3, size: 100, step: 7 },
    controls: { seed: { label: 'Seed' }, size: { label: 'Size' }, step: { label: 'Step' } },
    spawn: () => createInProcessWorker((scope) => serveSandbox(countHandler, scope, nodeEnv())),
    exercises: countExercises,
  }),
);

const option = (text: string) => ({ text, explanation: `because ${text}` });
const formQuestion = (id: string, answer: number) => ({ id, objective: 'read', prompt: `question ${id}`, options: [option('a'), option('b'), option('c'), option('d')] as const, answer, reread: 'sources' });
const sectionQuiz: SectionForms = {
  section: 'sources',
  title: 'Sources',
  heading: 'sources',
  objectives: [{ id: 'read', text: '**Read** the sources section with care.' }],
  pre: [0, 1, 2, 3].map((answer) => ({ ...formQuestion(`q${answer}`, answer), options: [option('a'), option('b'), option('c'), option('d')] })),
  post: [0, 1, 2, 3].map((answer) => ({ ...formQuestion(`p${answer}`, answer), options: [option('a'), option('b'), option('c'), option('d')] })),
};

const assignment: Assignment = {
  v: 1,
  title: 'Week 3: counts and speeds <script>alert(1)</script>',
  instructions: 'Do both, then the quiz.',
  due: '2026-12-01',
  items: [
    { kind: 'exercise', id: 'count-demo-multiples' },
    { kind: 'exercise', id: 'count-demo-speed' },
    { kind: 'quiz', chapter: 'ingestion', section: 'sources' },
  ],
};

describe('the assignment link codec', () => {
  it('round-trips an assignment through a short URL-safe code', async () => {
    const code = await encodeAssignment(assignment);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(400);
    expect(await decodeAssignment(code)).toEqual({ ok: true, assignment });
  });

  it('refuses empty, truncated, foreign, oversized and ill-formed codes with a message', async () => {
    const code = await encodeAssignment(assignment);
    for (const bad of ['', code.slice(0, code.length - 12), 'hello-world', 'a'.repeat(MAX_CODE_LENGTH + 1), '%3Cscript%3E', '<img src=x onerror=alert(1)>']) {
      const decoded = await decodeAssignment(bad);
      expect(decoded.ok, bad.slice(0, 20)).toBe(false);
      if (!decoded.ok) expect(decoded.message.length).toBeGreaterThan(10);
    }
  });

  it('refuses a well-packed code whose content breaks the schema (no items, unknown kind, bad date)', async () => {
    const pack = async (value: unknown) => {
      const bytes = new Uint8Array(await new Response(new Blob([JSON.stringify(value)]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
      return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    };
    for (const value of [{ ...assignment, items: [] }, { ...assignment, items: [{ kind: 'script', id: 'x' }] }, { ...assignment, due: 'soon' }, { ...assignment, v: 2 }]) {
      expect((await decodeAssignment(await pack(value))).ok).toBe(false);
    }
  });
});

/** A learner who passed both exercises and took the quiz, as their progress store would hold it. */
function learnerProgress(): ProgressState {
  const params: CountParams = { seed: 5, size: 100, step: 7 };
  const result: CountResult = { count: 15, perSecond: 1005 };
  const pass = (answers: Record<string, string>): ExercisePass => ({
    sandbox: 'count-demo',
    resultsVersion: 1,
    passedAt: '2026-11-21T09:00:00.000Z',
    params,
    seed: params.seed,
    answers,
    feedback: 'Yes',
    result,
  });
  const at = new Date('2026-11-20T10:00:00.000Z');
  const pre = scoreAttempt(sectionQuiz.pre, { q0: { choice: 1 }, q1: { choice: 1 }, q2: { choice: 2 }, q3: { choice: 3 } }, at, 11);
  const post = scoreAttempt(sectionQuiz.post, { p0: { choice: 0 }, p1: { choice: 1 }, p2: { choice: 2 }, p3: { choice: 3 } }, new Date('2026-11-21T10:00:00.000Z'), 12);
  return {
    ...emptyProgress(),
    quizzes: { ingestion: { sources: { pre: recordAttempt(undefined, pre), post: recordAttempt(undefined, post) } } },
    exercises: { 'count-demo-multiples': pass({ count: '15' }), 'count-demo-speed': pass({ speed: '1000' }) },
  };
}

const deps: ReviewDeps = {
  sandboxOf: (exerciseId) => Promise.resolve(countSandbox.exercises.some((e) => e.id === exerciseId) ? countSandbox : undefined),
  quiz: (chapter, section) => (chapter === 'ingestion' && section === sectionQuiz.section ? sectionQuiz : undefined),
};

describe('submissions and their review', () => {
  it('a genuine submission passes its checksum, re-runs to the same result, and re-scores its quiz', async () => {
    const submission = await buildSubmission(assignment, learnerProgress(), 'Ada L.');
    const read = await readSubmission(JSON.stringify(submission, null, 2));
    expect(read).toMatchObject({ ok: true, checksumOk: true });
    if (!read.ok) return;
    const reviews = await Promise.all(read.submission.items.map((item) => reviewItem(item, deps)));
    expect(reviews.map((r) => r.status)).toEqual(['verified', 'measured', 'done']);
    expect(reviews[2]!.score).toBe('3/4 → 4/4');
  });

  it('flags a tampered result, tampered answers, a tampered quiz score and an edited file', async () => {
    const genuine = await buildSubmission(assignment, learnerProgress(), 'Ada L.');
    const [multiples, speed, quiz] = genuine.items;
    if (multiples?.kind !== 'exercise' || !multiples.pass || speed?.kind !== 'exercise' || !speed.pass || quiz?.kind !== 'quiz' || !quiz.pre) throw new Error('unexpected submission');
    const edited = {
      ...genuine,
      items: [
        { ...multiples, pass: { ...multiples.pass, result: { count: 16, perSecond: 1005 } } }, // a claimed result no run gives
        { ...speed, pass: { ...speed.pass, answers: { speed: '3000' } } }, // does not match the recorded speed
        { ...quiz, pre: { ...quiz.pre, score: 4, correct: Object.keys(quiz.pre.answers) } }, // claims 4 of 4
      ],
    };
    const read = await readSubmission(JSON.stringify(edited));
    expect(read).toMatchObject({ ok: true, checksumOk: false });
    if (!read.ok) return;
    const reviews = await Promise.all(read.submission.items.map((item) => reviewItem(item, deps)));
    expect(reviews.map((r) => r.status)).toEqual(['tampered', 'tampered', 'tampered']);
  });

  it('re-scores each form against its own questions, marks a gain seen early, and flags a post attempt on the pre questions', async () => {
    const progress = learnerProgress();
    const section = progress.quizzes.ingestion!.sources!;
    const revealed = await buildSubmission(assignment, { ...progress, quizzes: { ingestion: { sources: { ...section, revealed: '2026-11-20T10:05:00.000Z' } } } }, 'Di');
    const quiz = revealed.items[2]!;
    expect(quiz).toMatchObject({ kind: 'quiz', revealed: '2026-11-20T10:05:00.000Z' });
    const review = await reviewItem(quiz, deps);
    expect(review).toMatchObject({ status: 'done', score: '3/4 → 4/4 (gain not comparable)' });
    if (quiz.kind !== 'quiz' || !quiz.pre) throw new Error('unexpected submission');
    // A post attempt claiming the pre questions (same answers, same score) is not the post form.
    const swapped = { ...quiz, post: { ...quiz.pre, questions: quiz.pre.questions } };
    expect((await reviewItem(swapped, deps)).status).toBe('tampered');
    const gone = { ...quiz, pre: { ...quiz.pre, questions: ['q0', 'q1', 'q2', 'gone'], answers: { ...quiz.pre.answers } } };
    expect((await reviewItem(gone, deps)).status).toBe('unverifiable');
  });

  it('reads a submission from before the forms and re-scores its attempts on the questions they answered', async () => {
    const old = await buildSubmission(assignment, learnerProgress(), 'Ed');
    // As the book wrote it then: attempts without the questions they asked or a seed; both on the pre questions.
    const strip = ({ questions: _q, seed: _s, ...rest }: NonNullable<Extract<(typeof old.items)[number], { kind: 'quiz' }>['pre']>) => rest;
    const quiz = old.items[2]!;
    if (quiz.kind !== 'quiz' || !quiz.pre) throw new Error('unexpected submission');
    const body = { ...old, items: [old.items[0], old.items[1], { ...quiz, pre: strip(quiz.pre), post: { ...strip(quiz.pre), at: '2026-11-21T10:00:00.000Z' } }] };
    const read = await readSubmission(JSON.stringify(body));
    expect(read).toMatchObject({ ok: true });
    if (!read.ok) return;
    const item = read.submission.items[2]!;
    expect(item).toMatchObject({ pre: { legacy: true, questions: ['q0', 'q1', 'q2', 'q3'] }, post: { legacy: true } });
    expect(await reviewItem(item, deps)).toMatchObject({ status: 'done', score: '3/4 → 3/4 (gain not comparable)' });
  });

  it('lists what is missing, and refuses files that are not submissions with a reason', async () => {
    const submission = await buildSubmission(assignment, emptyProgress(), 'Bo');
    const reviews = await Promise.all(submission.items.map((item) => reviewItem(item, deps)));
    expect(reviews.map((r) => r.status)).toEqual(['missing', 'missing', 'missing']);
    expect(await readSubmission('not json')).toMatchObject({ ok: false, message: 'it is not JSON' });
    expect(await readSubmission('{"kind":"data-systems-for-ml/progress"}')).toMatchObject({ ok: false, message: expect.stringContaining('not a submission') });
    expect(await readSubmission(JSON.stringify({ ...submission, learner: '' }))).toMatchObject({ ok: false, message: expect.stringContaining('learner') });
  });

  it('cannot verify an exercise this book does not have', async () => {
    const gone: Assignment = { ...assignment, items: [{ kind: 'exercise', id: 'gone-exercise' }] };
    const progress = learnerProgress();
    const notPassed = await buildSubmission(gone, progress, 'Cy');
    const passed = await buildSubmission(gone, { ...progress, exercises: { 'gone-exercise': progress.exercises['count-demo-multiples']! } }, 'Cy');
    expect((await reviewItem(notPassed.items[0]!, deps)).status).toBe('missing');
    expect((await reviewItem(passed.items[0]!, deps)).status).toBe('unverifiable');
  });
});
