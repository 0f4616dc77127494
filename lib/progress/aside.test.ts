import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_CHARS, PROGRESS_KEY, UNREADABLE_KEY } from './base';
import type { ExercisePass } from './schema';
import { loadProgress, MAX_UNREADABLE_COPIES, readUnreadableCopies, type KeyValueStorage } from './storage';
import { createProgressStore } from './store';

const at = new Date('2026-12-06T10:00:00.000Z');

/** A Map-backed storage that throws like a full localStorage once its contents pass `quota` characters. */
function storageWithQuota(quota = Infinity): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  const used = () => [...data.values()].reduce((n, v) => n + v.length, 0);
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      const before = data.get(key)?.length ?? 0;
      if (used() - before + value.length > quota) throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
}

const pass = (answer: string): ExercisePass => ({
  sandbox: 'layout',
  resultsVersion: 1,
  passedAt: at.toISOString(),
  params: { rows: 1000, seed: 1 },
  seed: 1,
  answers: { columns: answer },
  feedback: 'Yes.',
  result: null,
});

describe('set-aside copies', () => {
  it('keeps each unreadable value in a bounded list, newest first, and reads the older single-copy form', () => {
    const storage = storageWithQuota();
    storage.setItem(UNREADABLE_KEY, JSON.stringify({ raw: 'legacy', reason: 'it is not valid JSON', at: '', noticeDismissed: true }));
    expect(readUnreadableCopies(storage).map((c) => c.raw)).toEqual(['legacy']);
    for (const text of ['broken one', 'broken two']) {
      storage.setItem(PROGRESS_KEY, text);
      loadProgress(storage, at);
    }
    expect(readUnreadableCopies(storage).map((c) => c.raw)).toEqual(['broken two', 'broken one', 'legacy']);
    for (let i = 0; i < 10; i++) {
      storage.setItem(PROGRESS_KEY, `broken ${i + 3}`);
      loadProgress(storage, at);
    }
    expect(readUnreadableCopies(storage)).toHaveLength(MAX_UNREADABLE_COPIES);
    expect(readUnreadableCopies(storage)[0]!.raw).toBe('broken 12');
  });

  it('says when storage had no room for the copy, so the page can offer it at once', () => {
    const storage = storageWithQuota(5_000);
    storage.data.set(PROGRESS_KEY, 'x'.repeat(4_000)); // a broken value that fills most of the storage
    const { unreadable } = loadProgress(storage, at);
    expect(unreadable).toMatchObject({ raw: 'x'.repeat(4_000), kept: false });
    expect(storage.getItem(UNREADABLE_KEY)).toBeNull();
  });
});

describe('what is written is what can be read', () => {
  it('keeps a 300-character answer with every other answer across a reload', async () => {
    const storage = storageWithQuota();
    const store = createProgressStore(storage, () => at);
    await store.getState().recordExercisePass('layout-first-five', pass('1'));
    await store.getState().recordExercisePass('layout-lookup-winner', pass('7'.repeat(300)));
    const reloaded = createProgressStore(storage, () => at);
    await reloaded.getState().load();
    expect(reloaded.getState().unreadable).toBeNull();
    expect(Object.keys(reloaded.getState().state.exercises).sort()).toEqual(['layout-first-five', 'layout-lookup-winner']);
  });

  it('refuses a change the schema would not read back, says why, and keeps what was saved', async () => {
    const storage = storageWithQuota();
    const store = createProgressStore(storage, () => at);
    await store.getState().recordExercisePass('layout-first-five', pass('1'));
    const saved = storage.getItem(PROGRESS_KEY);
    await store.getState().recordExercisePass('layout-lookup-winner', pass('7'.repeat(MAX_ANSWER_CHARS + 1)));
    expect(store.getState().refused).toMatch(/could not read back/);
    expect(storage.getItem(PROGRESS_KEY)).toBe(saved);
    expect(Object.keys(store.getState().state.exercises)).toEqual(['layout-first-five']);
  });
});
