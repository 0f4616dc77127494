import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PREDICTIONS, PREDICTIONS_VERSION, upgradePredictions, type PredictionEntry } from './predictions';
import { loadProgress, parseStored, PROGRESS_KEY, UNREADABLE_KEY, type KeyValueStorage } from './storage';
import { createProgressStore } from './store';
import { exportProgress, parseImport } from './transfer';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const entry = (n: number, over: Partial<PredictionEntry> = {}): PredictionEntry => ({
  sandbox: 'layout',
  resultsVersion: 1,
  prediction: 'scan-lead',
  kind: 'number',
  prompt: 'How many times faster will the column scan be?',
  guess: 4,
  actual: 9.5,
  guessText: '4 × faster',
  actualText: '9.5 × faster',
  params: { rows: 20_000, maxColumns: 64, lookups: 1_000, repeats: 3, seed: n },
  seed: n,
  at: new Date(Date.UTC(2026, 11, 1, 10, 0, n % 60)).toISOString(),
  ...over,
});

/** The v2 fixture as the current store holds it, with a predictions part. */
function currentWithPredictions(entries: unknown[], version: unknown = PREDICTIONS_VERSION): Record<string, unknown> {
  const loaded = parseStored(fixture('v2-stored.json'));
  if (!loaded.ok) throw new Error(loaded.reason);
  return { ...loaded.state, predictions: { version, entries } };
}

describe('the predictions part of the progress store', () => {
  it('is absent from every earlier record, which still reads with everything kept', () => {
    for (const name of ['v0-stored.json', 'v1-stored.json', 'v2-stored.json']) {
      const loaded = parseStored(fixture(name));
      expect(loaded.ok, name).toBe(true);
      if (loaded.ok) expect(loaded.state.predictions, name).toBeUndefined();
    }
  });

  it('records a prediction newest first, keeps the quizzes and passes, and reads back after a reload', async () => {
    const storage = memoryStorage();
    storage.setItem(PROGRESS_KEY, fixture('v2-stored.json'));
    const store = createProgressStore(storage);
    await store.getState().load();
    const before = store.getState().state;
    await store.getState().recordPrediction(entry(1));
    await store.getState().recordPrediction(entry(2, { kind: 'choice', prediction: 'lookup-winner', guess: 'row', actual: 'column', guessText: 'Row-major', actualText: 'Column-major' }));
    const after = store.getState().state;
    expect(store.getState().refused).toBeNull();
    expect(after.predictions?.version).toBe(PREDICTIONS_VERSION);
    expect(after.predictions?.entries.map((e) => e.seed)).toEqual([2, 1]);
    expect(after.quizzes).toEqual(before.quizzes);
    expect(after.exercises).toEqual(before.exercises);
    const reloaded = parseStored(storage.getItem(PROGRESS_KEY));
    expect(reloaded.ok && reloaded.state.predictions?.entries).toEqual(after.predictions?.entries);
  });

  it(`keeps at most ${MAX_PREDICTIONS}, dropping the oldest`, async () => {
    const store = createProgressStore(memoryStorage());
    await store.getState().load();
    for (let n = 0; n < MAX_PREDICTIONS + 3; n++) await store.getState().recordPrediction(entry(n));
    const entries = store.getState().state.predictions?.entries ?? [];
    expect(entries).toHaveLength(MAX_PREDICTIONS);
    expect(entries[0]!.seed).toBe(MAX_PREDICTIONS + 2);
    expect(entries[entries.length - 1]!.seed).toBe(3);
  });

  it('refuses an entry the store could not read back, and keeps what was there', async () => {
    const store = createProgressStore(memoryStorage());
    await store.getState().load();
    await store.getState().recordPrediction(entry(1));
    await store.getState().recordPrediction(entry(2, { guess: Number.NaN }));
    expect(store.getState().refused).not.toBeNull();
    expect(store.getState().state.predictions?.entries).toHaveLength(1);
  });

  it('upgrades a part of an earlier version (a bare list, version 0) and leaves the rest of the record alone', () => {
    const record = { version: 3, quizzes: {}, exercises: {}, predictions: [entry(1)] };
    expect(upgradePredictions(record)).toEqual({ ...record, predictions: { version: 1, entries: [entry(1)] } });
    expect(upgradePredictions({ version: 3, quizzes: {}, exercises: {} })).toEqual({ version: 3, quizzes: {}, exercises: {} });
    const loaded = parseStored(JSON.stringify(record));
    expect(loaded.ok && loaded.state.predictions?.entries).toEqual([entry(1)]);
  });

  it('sets aside only the unreadable entries of a damaged part; quizzes, passes and the other entries stay', () => {
    const storage = memoryStorage();
    const stored = currentWithPredictions([entry(1), { ...entry(2), guess: { not: 'a guess' } }, entry(3)]);
    storage.setItem(PROGRESS_KEY, JSON.stringify(stored));
    const { state, unreadable } = loadProgress(storage, new Date('2026-12-01T12:00:00Z'));
    expect(state.predictions?.entries.map((e) => e.seed)).toEqual([1, 3]);
    expect(state.quizzes).toEqual(stored.quizzes);
    expect(state.exercises).toEqual(stored.exercises);
    expect(unreadable?.reason).toMatch(/did not match/);
    expect(JSON.parse(storage.getItem(UNREADABLE_KEY)!).copies[0].raw).toContain('not');
  });

  it('keeps the rest of the record when the part comes from a newer book (its version unknown here)', () => {
    const storage = memoryStorage();
    const stored = currentWithPredictions([entry(1)], 99);
    storage.setItem(PROGRESS_KEY, JSON.stringify(stored));
    const { state, unreadable } = loadProgress(storage, new Date('2026-12-01T12:00:00Z'));
    expect(state.predictions).toBeUndefined();
    expect(state.quizzes).toEqual(stored.quizzes);
    expect(Object.keys(state.exercises)).toEqual(Object.keys(stored.exercises as object));
    expect(unreadable).not.toBeNull();
  });

  it('travels in an exported progress file and comes back on import', () => {
    const state = parseStored(JSON.stringify(currentWithPredictions([entry(2), entry(1)])));
    if (!state.ok) throw new Error(state.reason);
    const imported = parseImport(exportProgress(state.state, new Date('2026-12-01T12:00:00Z')));
    expect(imported.ok && imported.state.predictions?.entries.map((e) => e.seed)).toEqual([2, 1]);
  });

  it('refuses on import a file whose predictions are damaged, changing nothing', () => {
    const file = JSON.stringify({ kind: 'data-systems-for-ml/progress', exportedAt: '2026-12-01T12:00:00.000Z', progress: currentWithPredictions([{ ...entry(1), at: 'yesterday' }]) });
    expect(parseImport(file).ok).toBe(false);
  });
});
