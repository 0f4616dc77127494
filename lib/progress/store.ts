import { createStore, type StoreApi } from 'zustand/vanilla';
import { emptyProgress, PROGRESS_KEY, PROGRESS_LOCK, UNREADABLE_KEY } from './base';
import { recordAttempt } from './scoring';
import type { Attempt, ExercisePass, ProgressState, QuizPart, SectionProgress } from './schema';
import type { PredictionEntry } from './predictions';
import { addPrediction } from './predictionsBase';
import type { KeyValueStorage, UnreadableCopy } from './storage';

export interface ProgressStore {
  state: ProgressState;
  /** Stored data that could not be read, set aside; the notice shows until dismissed. */
  unreadable: UnreadableCopy | null;
  loaded: boolean;
  /** The last write to storage failed (full or blocked): progress lives only in this tab for now. */
  saveFailed: boolean;
  /** The last change was refused because the record it would make could not be read back (why, in the book's words). */
  refused: string | null;
  load(): Promise<void>;
  /** A try at a section's pre form, post form, or (apart from the gain) its missed post questions. */
  recordQuizAttempt(chapter: string, section: string, part: QuizPart, attempt: Attempt): Promise<void>;
  /** The reader asked to see the pre form's answers before the post form: kept, and the gain marked not comparable. */
  revealAnswers(chapter: string, section: string): Promise<void>;
  recordExercisePass(exerciseId: string, pass: ExercisePass): Promise<void>;
  setLearnerName(name: string): Promise<void>;
  /** A "predict first" guess with the run it was compared with (newest first, bounded). */
  recordPrediction(entry: PredictionEntry): Promise<void>;
  replace(state: ProgressState): Promise<void>;
  reset(): Promise<void>;
  dismissNotice(): Promise<void>;
}

type Codec = typeof import('./storage');
let codec: Promise<Codec> | null = null;
/** Reading and checking stored progress (zod, the migration chain) loads on first use, not with the page. */
const loadCodec = (): Promise<Codec> => (codec ??= import('./storage'));

/**
 * Runs `work` while holding the book's Web Lock, so tabs of the same book take turns: without it two
 * tabs that save at the same moment both read the old record and the later write drops the other's
 * answer. Where Web Locks are missing (Node in tests, very old browsers) the work simply runs.
 */
function exclusive<T>(work: () => T): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? locks.request(PROGRESS_LOCK, () => work()) : Promise.resolve().then(work);
}

/** True when neither the progress record nor a set-aside copy is stored (false when storage cannot be read). */
function nothingStored(storage: KeyValueStorage): boolean {
  try {
    return storage.getItem(PROGRESS_KEY) === null && storage.getItem(UNREADABLE_KEY) === null;
  } catch {
    return false;
  }
}

/** The state with one section's record changed. */
function withSection(state: ProgressState, chapter: string, section: string, change: (progress: SectionProgress) => SectionProgress): ProgressState {
  const chapterQuizzes = state.quizzes[chapter] ?? {};
  return { ...state, quizzes: { ...state.quizzes, [chapter]: { ...chapterQuizzes, [section]: change(chapterQuizzes[section] ?? {}) } } };
}

/**
 * A change this tab stored, kept for a while with a test of whether the stored record still holds it.
 * The lock makes tabs take turns, but a browser may hand a tab its cached copy of localStorage before
 * another tab's write has reached it, so a turn can start from a record one write old and store it
 * over that write. The overwritten tab hears of it (a `storage` event), sees its change missing, and
 * makes it again.
 */
interface OwnChange {
  change: (latest: ProgressState) => ProgressState;
  present: (state: ProgressState) => boolean;
  until: number;
  /** Times it has been made again; it is dropped after MAX_REAPPLY. */
  again: number;
}
/** How long a change is watched for being overwritten, and how many times it is made again at most. */
const WATCH_MS = 60_000;
const MAX_REAPPLY = 3;

const attemptPresent = (chapter: string, section: string, part: QuizPart, attempt: Attempt) => (state: ProgressState) => {
  const record = state.quizzes[chapter]?.[section]?.[part];
  return record !== undefined && record.latest.at >= attempt.at;
};

/**
 * The learner's progress: a zustand store persisted to one versioned localStorage key. Every change
 * is read–modify–write against what is stored *now*, under a lock shared by the book's tabs, so two
 * open tabs add to each other's answers instead of overwriting them; a `storage` event from another
 * tab reloads this one, and makes again any change of this tab's that the other's write lost (see
 * OwnChange). Every action returns a promise that settles once the change is stored.
 */
export function createProgressStore(storage: KeyValueStorage, now: () => Date = () => new Date()): StoreApi<ProgressStore> {
  return createStore<ProgressStore>((set, get) => {
    // One tab's changes are applied in the order they were made.
    let queue: Promise<unknown> = Promise.resolve();
    const inTurn = (work: (c: Codec) => void): Promise<void> => {
      const next = queue.then(async () => {
        const c = await loadCodec();
        await exclusive(() => work(c));
      });
      queue = next.catch(() => undefined);
      return next;
    };
    let own: OwnChange[] = [];
    const commit = (change: (latest: ProgressState) => ProgressState, present?: (state: ProgressState) => boolean, again = 0) =>
      inTurn(({ loadProgress, saveProgress, checkState }) => {
        const { state: latest, unreadable } = loadProgress(storage, now());
        const next = change(latest);
        // What is written is checked by the schema it will be read with, so a record never fails on reload.
        const problem = checkState(next);
        if (problem) {
          set({ state: latest, unreadable, refused: problem, loaded: true });
          return;
        }
        const saved = saveProgress(storage, next);
        if (saved && present) own.push({ change, present, until: Date.now() + WATCH_MS, again });
        set({ state: next, unreadable, saveFailed: !saved, refused: null, loaded: true });
      });
    const readStored = ({ loadProgress }: Codec) => {
      const { state, unreadable } = loadProgress(storage, now());
      set({ state, unreadable, loaded: true });
      restoreOwn(state);
    };
    /** Makes again the changes of this tab that the stored record no longer holds. */
    const restoreOwn = (stored: ProgressState) => {
      // An empty record is a reset (here or in another tab), never a lost write: nothing is made again.
      if (Object.keys(stored.quizzes).length === 0 && Object.keys(stored.exercises).length === 0 && !stored.predictions?.entries.length) {
        own = [];
        return;
      }
      const live = own.filter((o) => o.until > Date.now());
      const lost = live.filter((o) => !o.present(stored) && o.again < MAX_REAPPLY);
      own = live.filter((o) => !lost.includes(o));
      for (const o of lost) void commit(o.change, o.present, o.again + 1);
    };
    return {
      state: emptyProgress(),
      unreadable: null,
      loaded: false,
      saveFailed: false,
      refused: null,
      load: () => {
        const next = queue.then(async () => {
          // Nothing stored (a first visit, or after a reset elsewhere): there is nothing to check, so the
          // codec (zod and the migrations) is not loaded, and a new reader's first page does less work.
          if (nothingStored(storage)) {
            own = [];
            set({ state: emptyProgress(), unreadable: null, loaded: true });
            return;
          }
          const c = await loadCodec();
          await exclusive(() => readStored(c));
        });
        queue = next.catch(() => undefined);
        return next;
      },
      recordQuizAttempt: (chapter, section, part, attempt) =>
        commit(
          (latest) => withSection(latest, chapter, section, (progress) => ({ ...progress, [part]: recordAttempt(progress[part], attempt) })),
          attemptPresent(chapter, section, part, attempt),
        ),
      revealAnswers: (chapter, section) =>
        commit((latest) => withSection(latest, chapter, section, (progress) => (progress.revealed || progress.post ? progress : { ...progress, revealed: now().toISOString() }))),
      async recordExercisePass(exerciseId, pass) {
        await commit(
          (latest) => ({ ...latest, exercises: { ...latest.exercises, [exerciseId]: pass } }),
          (state) => (state.exercises[exerciseId]?.passedAt ?? '') >= pass.passedAt,
        );
        // A result too large for what is left of localStorage is dropped; the pass itself still counts.
        if (get().saveFailed && pass.result !== null) {
          await commit((latest) => ({ ...latest, exercises: { ...latest.exercises, [exerciseId]: { ...pass, result: null } } }));
        }
      },
      setLearnerName: (name) => commit((latest) => ({ ...latest, learnerName: name.trim().slice(0, 120) })),
      recordPrediction: (entry) =>
        commit(
          (latest) => ({ ...latest, predictions: addPrediction(latest.predictions, entry) }),
          (state) => (state.predictions?.entries ?? []).some((e) => e.at === entry.at && e.sandbox === entry.sandbox && e.prediction === entry.prediction),
        ),
      replace: (state) => {
        own = [];
        return commit(() => state);
      },
      reset: () => {
        own = [];
        return commit(() => emptyProgress());
      },
      dismissNotice: () =>
        inTurn(({ writeUnreadable }) => {
          const unreadable = get().unreadable;
          if (!unreadable) return;
          set({ unreadable: unreadable.kept ? writeUnreadable(storage, { ...unreadable, noticeDismissed: true }) : { ...unreadable, noticeDismissed: true } });
        }),
    };
  });
}

let browserStore: StoreApi<ProgressStore> | null = null;
const FIRST_INPUT = ['pointerdown', 'keydown', 'focusin'] as const;
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
  // A first visit stores nothing, so loading skips the codec; it then loads at the reader's first
  // touch, click or key, so it is ready before their first answer is saved and a save cannot be cut
  // short by leaving the page while the codec is still on its way.
  const early = () => {
    for (const type of FIRST_INPUT) window.removeEventListener(type, early, true);
    void loadCodec();
  };
  for (const type of FIRST_INPUT) window.addEventListener(type, early, { capture: true, passive: true });
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY || event.key === UNREADABLE_KEY || event.key === null) void browserStore?.getState().load();
  });
  return browserStore;
}
