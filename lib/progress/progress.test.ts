import { beforeAll, describe, expect, it } from 'vitest';
import type { FormQuestion, SectionForms } from '@/lib/quiz/schema';
import { gainText, recordAttempt, reviewDue, scoreAttempt, stillMissed, summarizeSection } from './scoring';
import { emptyProgress, type Attempt } from './schema';
import { LATEST_VERSION } from './migrate';
import { loadProgress, migrate, parseStored, PROGRESS_KEY, UNREADABLE_KEY, type KeyValueStorage } from './storage';
import { createProgressStore } from './store';
import { exportProgress, parseImport } from './transfer';

const option = (text: string) => ({ text, explanation: `because ${text}` });
const question = (id: string, answer: number): FormQuestion => ({
  id,
  objective: 'o1',
  prompt: `question ${id}`,
  options: [option('a'), option('b'), option('c'), option('d')],
  answer,
  reread: `heading-${id}`,
});
const questions = [question('q1', 0), question('q2', 1), question('q3', 2), question('q4', 3)];
const postQuestions = [question('p1', 0), question('p2', 1), question('p3', 2), question('p4', 3)];
const section: SectionForms = { section: 's', title: 'S', heading: 's', objectives: [{ id: 'o1', text: '**Check** that the scoring works.' }], pre: questions, post: postQuestions };
const at = new Date('2026-11-22T10:00:00.000Z');

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('scoring', () => {
  it('counts correct answers; unanswered questions are wrong', () => {
    const attempt = scoreAttempt(questions, { q1: { choice: 0 }, q2: { choice: 3, confidence: 'sure' }, q3: { choice: 2 } }, at);
    expect(attempt).toMatchObject({ score: 2, total: 4, correct: ['q1', 'q3'], at: '2026-11-22T10:00:00.000Z' });
    expect(Object.keys(attempt.answers)).toEqual(['q1', 'q2', 'q3']);
  });

  it('keeps the first attempt, the best (earliest on ties) and the latest', () => {
    const attempt = (score: number): Attempt => scoreAttempt(questions, Object.fromEntries(questions.slice(0, score).map((q) => [q.id, { choice: q.answer }])), at);
    let record = recordAttempt(undefined, attempt(1));
    record = recordAttempt(record, attempt(3));
    const bestSoFar = record.best;
    record = recordAttempt(record, attempt(3));
    record = recordAttempt(record, attempt(2));
    expect(record.first.score).toBe(1);
    expect(record.best).toBe(bestSoFar);
    expect(record.latest.score).toBe(2);
    expect(record.attempts).toBe(4);
  });

  it('gains in points from the first pre attempt to the first post attempt, and lists what the post form still missed', () => {
    const pre = recordAttempt(undefined, scoreAttempt(questions, { q1: { choice: 0 } }, at));
    const post = recordAttempt(undefined, scoreAttempt(postQuestions, { p1: { choice: 0 }, p2: { choice: 1 }, p3: { choice: 2 } }, at));
    expect(summarizeSection({ pre }).gainPoints).toBeNull();
    expect(summarizeSection({ pre, post })).toMatchObject({ gainPoints: 50, notComparable: null });
    expect(gainText(summarizeSection({ pre, post }))).toBe('+50 points');
    expect(stillMissed(section, { pre })).toEqual([]); // a pre attempt alone gives nothing away
    expect(stillMissed(section, { pre, post }).map((q) => q.id)).toEqual(['p4']);
    expect(stillMissed(section, undefined)).toEqual([]);
  });

  it('marks the gain not comparable when the pre answers were shown early, or the post attempt repeated the pre questions', () => {
    const pre = recordAttempt(undefined, scoreAttempt(questions, { q1: { choice: 0 } }, at));
    const post = recordAttempt(undefined, scoreAttempt(postQuestions, { p1: { choice: 0 } }, at));
    const revealed = summarizeSection({ pre, post, revealed: at.toISOString() });
    expect(revealed).toMatchObject({ gainPoints: 0, notComparable: 'revealed' });
    expect(gainText(revealed)).toBe('not comparable');
    const legacyPost = { ...post.first, legacy: true as const, questions: ['q1'] };
    expect(summarizeSection({ pre, post: recordAttempt(undefined, legacyPost) }).notComparable).toBe('legacy');
    expect(gainText(summarizeSection({ pre }))).toBe('—');
  });

  it('records the shuffle seed and the questions asked, in order', () => {
    const attempt = scoreAttempt([questions[2]!, questions[0]!], { q3: { choice: 2 } }, at, 42);
    expect(attempt).toMatchObject({ questions: ['q3', 'q1'], seed: 42, score: 1, total: 2 });
  });

  it('offers the missed post questions three days after the post attempt, until a later review gets them all right', () => {
    const post = recordAttempt(undefined, scoreAttempt(postQuestions, { p1: { choice: 0 }, p2: { choice: 0 } }, at));
    const soon = new Date(at.getTime() + 2 * 86_400_000);
    const later = new Date(at.getTime() + 3 * 86_400_000);
    expect(reviewDue({ post }, soon)).toEqual({ ids: ['p2', 'p3', 'p4'], dueAt: later, due: false });
    expect(reviewDue({ post }, later)?.due).toBe(true);
    const partly = recordAttempt(undefined, scoreAttempt(postQuestions.slice(1), { p2: { choice: 1 } }, later));
    expect(reviewDue({ post, review: partly }, later)?.ids).toEqual(['p2', 'p3', 'p4']);
    const cleared = recordAttempt(partly, scoreAttempt(postQuestions.slice(1), { p2: { choice: 1 }, p3: { choice: 2 }, p4: { choice: 3 } }, later));
    expect(reviewDue({ post, review: cleared }, later)).toBeNull();
    // Review tries never touch the gain.
    expect(summarizeSection({ post, review: cleared }).post).toBe(post.first);
    expect(reviewDue(undefined, later)).toBeNull();
  });
});

describe('stored data', () => {
  const attempt = scoreAttempt(questions, { q1: { choice: 0 } }, at);
  const state = { version: LATEST_VERSION, quizzes: { ingestion: { sources: { pre: recordAttempt(undefined, attempt) } } }, exercises: {} };

  it('migrates the unversioned shape (version 0), version 1 and version 2 to the latest, keeping every quiz answer', () => {
    expect(migrate({ quizzes: state.quizzes })).toEqual({ value: state, from: 0 });
    const loaded = parseStored(JSON.stringify({ quizzes: state.quizzes }));
    expect(loaded).toMatchObject({ ok: true, migratedFrom: 0, state });
    expect(parseStored(JSON.stringify({ version: 1, quizzes: state.quizzes }))).toMatchObject({ ok: true, migratedFrom: 1, state });
    expect(parseStored(JSON.stringify({ ...state, version: 2 }))).toMatchObject({ ok: true, migratedFrom: 2, state });
  });

  it('turns a version 2 windows pass\'s edits text into move actions, and leaves other passes alone', () => {
    const windowsPass = { sandbox: 'windows', params: { seed: 1, edits: '7:12/15, 3:4/9' } };
    const otherPass = { sandbox: 'layout', params: { seed: 1, edits: '7:12/15' } };
    const { value } = migrate({ version: 2, quizzes: {}, exercises: { w: windowsPass, o: otherPass } });
    expect(value).toEqual({
      version: LATEST_VERSION,
      quizzes: {},
      exercises: {
        w: { sandbox: 'windows', params: { seed: 1, edits: [{ kind: 'move', event: 7, time: 12, arrival: 15 }, { kind: 'move', event: 3, time: 4, arrival: 9 }] } },
        o: otherPass,
      },
    });
  });

  it('refuses broken JSON, a newer version and tampered values, with a reason', () => {
    expect(parseStored('{"version":1,')).toMatchObject({ ok: false, reason: 'it is not valid JSON' });
    expect(parseStored(JSON.stringify({ version: 7, quizzes: {} }))).toMatchObject({ ok: false, reason: expect.stringContaining('newer version') });
    const tampered = structuredClone(state);
    tampered.quizzes.ingestion.sources.pre.first.score = 4; // claims 4 of 4 with one correct answer
    // One bad entry is set aside on its own; every other entry is kept.
    const read = parseStored(JSON.stringify(tampered));
    expect(read).toMatchObject({ ok: true, setAside: { reason: '1 saved entry did not match the expected format' } });
    expect(read.ok && read.state.quizzes.ingestion?.sources).toBeUndefined();
    expect(read.ok && JSON.parse(read.setAside!.raw)).toHaveProperty(['quizzes.ingestion.sources']);
    const badChoice = structuredClone(state);
    (badChoice.quizzes.ingestion.sources.pre.latest.answers.q1 as { choice: number }).choice = 9;
    expect(parseStored(JSON.stringify(badChoice))).toMatchObject({ ok: true, setAside: { reason: expect.stringContaining('1 saved entry') } });
    expect(parseStored(JSON.stringify(badChoice), false)).toMatchObject({ ok: false, reason: expect.stringContaining('expected format') });
    expect(parseStored(null)).toEqual({ ok: true, state: emptyProgress() });
  });

  it('sets corrupt data aside once, starts fresh, and never throws', async () => {
    const storage = memoryStorage();
    storage.setItem(PROGRESS_KEY, 'not json at all');
    const first = loadProgress(storage, at);
    expect(first.state).toEqual(emptyProgress());
    expect(first.unreadable).toMatchObject({ raw: 'not json at all', reason: 'it is not valid JSON', noticeDismissed: false });
    expect(JSON.parse(storage.getItem(UNREADABLE_KEY)!).copies[0].raw).toBe('not json at all');

    const store = createProgressStore(storage, () => at);
    await store.getState().load();
    await store.getState().dismissNotice();
    await store.getState().load();
    expect(store.getState().unreadable?.noticeDismissed).toBe(true); // said once
    expect(storage.getItem(PROGRESS_KEY)).toBe('not json at all'); // nothing overwritten until the learner acts

    const throwing: KeyValueStorage = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); }, removeItem: () => {} };
    expect(loadProgress(throwing, at).state).toEqual(emptyProgress());
    const blocked = createProgressStore(throwing, () => at);
    await blocked.getState().recordQuizAttempt('ingestion', 'sources', 'pre', attempt);
    expect(blocked.getState().saveFailed).toBe(true);
    expect(blocked.getState().state.quizzes.ingestion?.sources?.pre?.attempts).toBe(1);
  });
});

describe('answers shown early and review tries', () => {
  it('records the early reveal once, only before a post attempt, and keeps review tries apart from the gain', async () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, () => at);
    await store.getState().recordQuizAttempt('ingestion', 'sources', 'pre', scoreAttempt(questions, { q1: { choice: 0 } }, at, 3));
    await store.getState().revealAnswers('ingestion', 'sources');
    const revealed = store.getState().state.quizzes.ingestion!.sources!;
    expect(revealed.revealed).toBe(at.toISOString());
    await store.getState().recordQuizAttempt('ingestion', 'sources', 'post', scoreAttempt(postQuestions, { p1: { choice: 0 } }, at, 4));
    await store.getState().recordQuizAttempt('ingestion', 'sources', 'review', scoreAttempt(postQuestions.slice(1), { p2: { choice: 1 }, p3: { choice: 2 }, p4: { choice: 3 } }, at, 5));
    const section = JSON.parse(storage.getItem(PROGRESS_KEY)!).quizzes.ingestion.sources;
    expect(section.review.latest).toMatchObject({ score: 3, total: 3, seed: 5 });
    expect(summarizeSection(section)).toMatchObject({ gainPoints: 0, notComparable: 'revealed' });
    // After a post attempt there is nothing to reveal early: a second section stays comparable.
    await store.getState().recordQuizAttempt('ingestion', 'formats', 'post', scoreAttempt(postQuestions, { p1: { choice: 0 } }, at));
    await store.getState().revealAnswers('ingestion', 'formats');
    expect(store.getState().state.quizzes.ingestion!.formats!.revealed).toBeUndefined();
  });
});

describe('two tabs', () => {
  it('keep each other’s answers: every change is made against what is stored now', async () => {
    const storage = memoryStorage();
    const tabA = createProgressStore(storage, () => at);
    const tabB = createProgressStore(storage, () => at);
    await tabA.getState().load();
    await tabB.getState().load(); // both start from the same empty state
    await tabA.getState().recordQuizAttempt('ingestion', 'sources', 'pre', scoreAttempt(questions, { q1: { choice: 0 } }, at));
    await tabB.getState().recordQuizAttempt('ingestion', 'formats', 'pre', scoreAttempt(questions, { q2: { choice: 1 } }, at));
    const stored = JSON.parse(storage.getItem(PROGRESS_KEY)!);
    expect(Object.keys(stored.quizzes.ingestion).sort()).toEqual(['formats', 'sources']);
    await tabA.getState().load(); // what the storage event does
    expect(Object.keys(tabA.getState().state.quizzes.ingestion!).sort()).toEqual(['formats', 'sources']);
  });
});

describe('export and import', () => {
  const store = createProgressStore(memoryStorage(), () => at);
  let file = '';
  beforeAll(async () => {
    await store.getState().recordQuizAttempt('ingestion', 'sources', 'post', scoreAttempt(questions, { q1: { choice: 0 }, q4: { choice: 3 } }, at));
    file = exportProgress(store.getState().state, at);
  });

  it('round-trips an exported file', () => {
    expect(parseImport(file)).toEqual({ ok: true, state: store.getState().state });
  });

  it('refuses broken JSON, a foreign file, a wrong version and tampered values', () => {
    expect(parseImport('{oops')).toMatchObject({ ok: false, message: expect.stringContaining('not valid JSON') });
    expect(parseImport(JSON.stringify({ name: 'someone else’s file' }))).toMatchObject({ ok: false, message: expect.stringContaining('not a progress file') });
    const future = JSON.parse(file);
    future.progress.version = LATEST_VERSION + 1;
    expect(parseImport(JSON.stringify(future))).toMatchObject({ ok: false, message: expect.stringContaining('newer version') });
    const tampered = JSON.parse(file);
    tampered.progress.quizzes.ingestion.sources.post.best.score = 4;
    expect(parseImport(JSON.stringify(tampered))).toMatchObject({ ok: false, message: expect.stringContaining('Nothing was changed') });
  });
});
