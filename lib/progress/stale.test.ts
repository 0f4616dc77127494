import { describe, expect, it } from 'vitest';
import type { FormQuestion } from '@/lib/quiz/schema';
import { scoreAttempt } from './scoring';
import { PROGRESS_KEY, type KeyValueStorage } from './storage';
import { createProgressStore } from './store';

const question = (id: string): FormQuestion => ({
  id,
  objective: 'o1',
  prompt: `question ${id}`,
  options: [0, 1, 2, 3].map((i) => ({ text: `option ${i}`, explanation: `because ${i}` })) as FormQuestion['options'],
  answer: 0,
  reread: 'h',
});
const at = new Date('2026-12-06T10:00:00.000Z');
const attempt = (id: string) => scoreAttempt([question(id)], { [id]: { choice: 0 } }, at);

/**
 * Two tabs over one localStorage, where tab B's view can lag one write behind (as a browser's
 * per-tab cache of localStorage can): B reads the record as it was before A's last write.
 */
function twoTabs() {
  const shared = new Map<string, string>();
  let stale: string | null | undefined;
  const tabA: KeyValueStorage = { getItem: (k) => shared.get(k) ?? null, setItem: (k, v) => void shared.set(k, v), removeItem: (k) => void shared.delete(k) };
  const tabB: KeyValueStorage = {
    getItem: (k) => (k === PROGRESS_KEY && stale !== undefined ? stale : (shared.get(k) ?? null)),
    setItem: (k, v) => void shared.set(k, v),
    removeItem: (k) => void shared.delete(k),
  };
  return { shared, tabA, tabB, lagB: () => void (stale = shared.get(PROGRESS_KEY) ?? null), catchUpB: () => void (stale = undefined) };
}

describe('a write lost to another tab’s stale read', () => {
  it('is made again when the tab hears of the other write, so both answers end up stored', async () => {
    const tabs = twoTabs();
    const a = createProgressStore(tabs.tabA, () => at);
    const b = createProgressStore(tabs.tabB, () => at);
    await Promise.all([a.getState().load(), b.getState().load()]);

    tabs.lagB(); // B still sees the record from before A's write below
    await a.getState().recordQuizAttempt('ingestion', 'sources', 'pre', attempt('q1'));
    await b.getState().recordQuizAttempt('ingestion', 'batch-streaming', 'pre', attempt('q2'));
    tabs.catchUpB();
    const stored = () => Object.keys(JSON.parse(tabs.shared.get(PROGRESS_KEY)!).quizzes.ingestion).sort();
    expect(stored(), 'B’s stale turn overwrote A’s answer').toEqual(['batch-streaming']);

    await a.getState().load(); // the storage event B's write fires in A
    await new Promise((resolve) => setTimeout(resolve, 0));
    await a.getState().load();
    expect(stored()).toEqual(['batch-streaming', 'sources']);
    expect(Object.keys(a.getState().state.quizzes.ingestion ?? {}).sort()).toEqual(['batch-streaming', 'sources']);
  });

  it('is not made again after a reset, which empties the record on purpose', async () => {
    const tabs = twoTabs();
    const a = createProgressStore(tabs.tabA, () => at);
    const b = createProgressStore(tabs.tabB, () => at);
    await a.getState().recordQuizAttempt('ingestion', 'sources', 'pre', attempt('q1'));
    await b.getState().reset();
    await a.getState().load();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(JSON.parse(tabs.shared.get(PROGRESS_KEY)!).quizzes).toEqual({});
  });
});
