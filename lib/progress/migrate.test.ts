import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, markLegacyAttempt, migrate, upgradePassV2toV3, windowsEditsToMoves } from './migrate';
import { PROGRESS_VERSION } from './schema';
import { parseStored } from './storage';
import { parseImport } from './transfer';

/**
 * Fixtures written by the book's earlier code: v2-stored.json and v2-export.json by the v2 store
 * itself (quiz attempts through its scoring, exercise passes through recordExercisePass); v1 and v0
 * are that state in the shapes versions 1 and 0 stored.
 */
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const v2 = JSON.parse(fixture('v2-stored.json')) as { quizzes: unknown; exercises: Record<string, { params: Record<string, unknown> }>; learnerName: string };

type Attempts = Record<string, Record<string, Record<string, Record<string, unknown>>>>;
const attemptsOf = (quizzes: unknown) =>
  Object.values(quizzes as Attempts).flatMap((sections) => Object.values(sections).flatMap((parts) => Object.values(parts).flatMap((record) => ['first', 'best', 'latest'].map((k) => record[k] as Record<string, unknown>))));
/** Quizzes as v3 stored them: the v4 marks taken off again. */
const withoutMarks = (quizzes: unknown): unknown =>
  JSON.parse(JSON.stringify(quizzes, (key, value: unknown) => (key === 'legacy' || key === 'questions' ? undefined : value)));

/** Every attempt kept as it was, marked as made before the parallel forms, with the ids it answered as its questions. */
function expectKeptAndMarked(quizzes: unknown) {
  expect(withoutMarks(quizzes)).toEqual(v2.quizzes);
  const attempts = attemptsOf(quizzes);
  expect(attempts.length).toBe(attemptsOf(v2.quizzes).length);
  for (const a of attempts) expect(a).toMatchObject({ legacy: true, questions: Object.keys(a.answers as object) });
}

describe('the migration chain', () => {
  it('has one step per version and ends at the schema version', () => {
    expect(LATEST_VERSION).toBe(PROGRESS_VERSION);
    expect(PROGRESS_VERSION).toBe(4);
  });

  it.each([
    ['v0-stored.json', 0],
    ['v1-stored.json', 1],
    ['v2-stored.json', 2],
  ])('reads %s (version %i) with every quiz answer kept', (name, from) => {
    const loaded = parseStored(fixture(name));
    expect(loaded).toMatchObject({ ok: true, migratedFrom: from });
    if (!loaded.ok) return;
    expect(loaded.state.version).toBe(4);
    expectKeptAndMarked(loaded.state.quizzes);
  });

  it('keeps every exercise pass of a v2 store, with the windows edits as move actions', () => {
    const loaded = parseStored(fixture('v2-stored.json'));
    if (!loaded.ok) throw new Error(loaded.reason);
    expect(Object.keys(loaded.state.exercises).sort()).toEqual(Object.keys(v2.exercises).sort());
    expect(loaded.state.learnerName).toBe(v2.learnerName);
    expect(loaded.state.exercises['windows-sliding-count']!.params.edits).toEqual([
      { kind: 'move', event: 7, time: 12, arrival: 15 },
      { kind: 'move', event: 3, time: 4, arrival: 9 },
    ]);
    const { edits: _old, ...rest } = v2.exercises['windows-sliding-count']!.params;
    expect(loaded.state.exercises['windows-sliding-count']!.params).toMatchObject(rest);
    expect(loaded.state.exercises['sum-demo-mean']).toEqual(v2.exercises['sum-demo-mean']);
  });

  it('imports a v2 progress file with every answer and exercise pass kept', () => {
    const imported = parseImport(fixture('v2-export.json'));
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expectKeptAndMarked(imported.state.quizzes);
    expect(Object.keys(imported.state.exercises).sort()).toEqual(Object.keys(v2.exercises).sort());
  });

  it('reads a v3 store (before the parallel forms) with every attempt kept and marked', () => {
    const v3 = { version: 3, quizzes: v2.quizzes, exercises: {} };
    const loaded = parseStored(JSON.stringify(v3));
    expect(loaded).toMatchObject({ ok: true, migratedFrom: 3 });
    if (loaded.ok) expectKeptAndMarked(loaded.state.quizzes);
  });

  it('leaves data it does not recognise for the schema to judge', () => {
    expect(markLegacyAttempt('text')).toBe('text');
    const current = { answers: {}, questions: ['a'] };
    expect(markLegacyAttempt(current)).toBe(current);
    expect(migrate('text')).toEqual({ value: 'text', from: -1 });
    expect(migrate({ version: 'two' }).from).toBe(-1);
    expect(migrate({ version: 9, quizzes: {} })).toEqual({ value: { version: 9, quizzes: {} }, from: 9 });
    expect(upgradePassV2toV3({ sandbox: 'windows', params: { edits: 'not edits' } })).toEqual({ sandbox: 'windows', params: { edits: 'not edits' } });
    expect(upgradePassV2toV3({ sandbox: 'layout', params: { edits: '1:2/3' } })).toEqual({ sandbox: 'layout', params: { edits: '1:2/3' } });
  });

  it('reads the old edits text exactly', () => {
    expect(windowsEditsToMoves('')).toEqual([]);
    expect(windowsEditsToMoves(' 12:0/999 ')).toEqual([{ kind: 'move', event: 12, time: 0, arrival: 999 }]);
    expect(windowsEditsToMoves('1:2')).toBeNull();
  });
});
