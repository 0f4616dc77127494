import { createStore, type StoreApi } from 'zustand/vanilla';
import { recordAttempt } from './scoring';
import { emptyProgress, type Attempt, type ExercisePass, type ProgressState } from './schema';
import { loadProgress, PROGRESS_KEY, saveProgress, UNREADABLE_KEY, writeUnreadable, type KeyValueStorage, type UnreadableCopy } from './storage';

export interface ProgressStore {
  state: ProgressState;
  /** Stored data that could not be read, set aside; the notice shows until dismissed. */
  unreadable: UnreadableCopy | null;
  loaded: boolean;
  /** The last write to storage failed (full or blocked): progress lives only in this tab for now. */
  saveFailed: boolean;
  load(): void;
  recordQuizAttempt(chapter: string, section: string, phase: 'pre' | 'post', attempt: Attempt): void;
  recordExercisePass(exerciseId: string, pass: ExercisePass): void;
  setLearnerName(name: string): void;
  replace(state: ProgressState): void;
  reset(): void;
  dismissNotice(): void;
}

/**
 * The learner's progress: a zustand store persisted to one versioned localStorage key. Every change
 * is read–modify–write against what is stored *now*, so two open tabs add to each other's answers
 * instead of overwriting them; a `storage` event from another tab reloads this one.
 */
export function createProgressStore(storage: KeyValueStorage, now: () => Date = () => new Date()): StoreApi<ProgressStore> {
  return createStore<ProgressStore>((set, get) => {
    const commit = (change: (latest: ProgressState) => ProgressState) => {
      const { state: latest, unreadable } = loadProgress(storage, now());
      const next = change(latest);
      const saved = saveProgress(storage, next);
      set({ state: next, unreadable, saveFailed: !saved });
    };
    return {
      state: emptyProgress(),
      unreadable: null,
      loaded: false,
      saveFailed: false,
      load() {
        const { state, unreadable } = loadProgress(storage, now());
        set({ state, unreadable, loaded: true });
      },
      recordQuizAttempt(chapter, section, phase, attempt) {
        commit((latest) => {
          const chapterQuizzes = latest.quizzes[chapter] ?? {};
          const sectionProgress = chapterQuizzes[section] ?? {};
          return {
            ...latest,
            quizzes: {
              ...latest.quizzes,
              [chapter]: { ...chapterQuizzes, [section]: { ...sectionProgress, [phase]: recordAttempt(sectionProgress[phase], attempt) } },
            },
          };
        });
      },
      recordExercisePass(exerciseId, pass) {
        commit((latest) => ({ ...latest, exercises: { ...latest.exercises, [exerciseId]: pass } }));
        // A result too large for what is left of localStorage is dropped; the pass itself still counts.
        if (get().saveFailed && pass.result !== null) {
          commit((latest) => ({ ...latest, exercises: { ...latest.exercises, [exerciseId]: { ...pass, result: null } } }));
        }
      },
      setLearnerName(name) {
        commit((latest) => ({ ...latest, learnerName: name.trim().slice(0, 120) }));
      },
      replace(state) {
        commit(() => state);
      },
      reset() {
        commit(() => emptyProgress());
      },
      dismissNotice() {
        const unreadable = get().unreadable;
        if (!unreadable) return;
        const dismissed = { ...unreadable, noticeDismissed: true };
        writeUnreadable(storage, dismissed);
        set({ unreadable: dismissed });
      },
    };
  });
}

let browserStore: StoreApi<ProgressStore> | null = null;
const memory = new Map<string, string>();
const memoryStorage: KeyValueStorage = {
  getItem: (key) => memory.get(key) ?? null,
  setItem: (key, value) => void memory.set(key, value),
  removeItem: (key) => void memory.delete(key),
};

/** The page's one store. On the server (prerendering) it is an empty in-memory store that never loads. */
export function getProgressStore(): StoreApi<ProgressStore> {
  if (browserStore) return browserStore;
  if (typeof window === 'undefined') return createProgressStore(memoryStorage);
  let storage: KeyValueStorage = memoryStorage;
  try {
    storage = window.localStorage;
  } catch {
    // localStorage blocked (privacy settings): progress lasts for this tab only.
  }
  browserStore = createProgressStore(storage);
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY || event.key === UNREADABLE_KEY || event.key === null) browserStore?.getState().load();
  });
  return browserStore;
}
