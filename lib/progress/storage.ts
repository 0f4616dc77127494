import { jsonTextWithin } from '@/lib/codec/bounds';
import { migrate } from './migrate';
import { salvagePredictions, upgradePredictions } from './predictions';
import { emptyProgress, PROGRESS_KEY, UNREADABLE_KEY } from './base';
import { PROGRESS_VERSION, progressStateSchema, type ProgressState } from './schema';

export { PROGRESS_KEY, UNREADABLE_KEY } from './base';

export type LoadResult =
  | { ok: true; state: ProgressState; migratedFrom?: number; setAside?: { raw: string; reason: string } }
  | { ok: false; state: ProgressState; reason: string };

export { migrate } from './migrate';

/** Reads stored text; anything unreadable yields a fresh state and the reason, never an exception. */
/** `salvage`: keep the readable entries of a record that is not readable whole (stored data); off for imports, which are all or nothing. */
export function parseStored(raw: string | null, salvageEntries = true): LoadResult {
  if (raw === null || raw === '') return { ok: true, state: emptyProgress() };
  if (!jsonTextWithin(raw)) return { ok: false, state: emptyProgress(), reason: 'it nests data far deeper than any saved progress' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, state: emptyProgress(), reason: 'it is not valid JSON' };
  }
  const migrated = migrate(data);
  const { from } = migrated;
  const value = upgradePredictions(migrated.value);
  if (from > PROGRESS_VERSION) {
    return { ok: false, state: emptyProgress(), reason: `it was saved by a newer version of the book (format ${from})` };
  }
  const parsed = progressStateSchema.safeParse(value);
  if (!parsed.success) {
    const salvaged = salvageEntries ? salvage(value) : null;
    if (salvaged) return { ok: true, state: salvaged.state, setAside: { raw: JSON.stringify(salvaged.dropped), reason: `${salvaged.count} saved ${salvaged.count === 1 ? 'entry' : 'entries'} did not match the expected format` } };
    // No path in the reason: a record's keys are the file's own text, and refusals quote none of it.
    return { ok: false, state: emptyProgress(), reason: 'it does not match the expected format' };
  }
  return from < PROGRESS_VERSION ? { ok: true, state: parsed.data, migratedFrom: from } : { ok: true, state: parsed.data };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A record of the current version whose every entry is checked on its own: the readable entries make
 * the state, the others are returned to be set aside. Null when the record's frame itself is broken.
 */
function salvage(value: unknown): { state: ProgressState; dropped: Record<string, unknown>; count: number } | null {
  if (!isRecord(value) || value.version !== PROGRESS_VERSION || !isRecord(value.quizzes) || !isRecord(value.exercises)) return null;
  const state = emptyProgress();
  const dropped: Record<string, unknown> = {};
  for (const [chapter, sections] of Object.entries(value.quizzes)) {
    if (!isRecord(sections)) {
      dropped[`quizzes.${chapter}`] = sections;
      continue;
    }
    for (const [section, record] of Object.entries(sections)) {
      const entry = progressStateSchema.safeParse({ ...emptyProgress(), quizzes: { [chapter]: { [section]: record } } });
      if (entry.success) state.quizzes[chapter] = { ...state.quizzes[chapter], ...entry.data.quizzes[chapter] };
      else dropped[`quizzes.${chapter}.${section}`] = record;
    }
  }
  for (const [id, pass] of Object.entries(value.exercises)) {
    const entry = progressStateSchema.safeParse({ ...emptyProgress(), exercises: { [id]: pass } });
    if (entry.success) state.exercises[id] = entry.data.exercises[id]!;
    else dropped[`exercises.${id}`] = pass;
  }
  const name = progressStateSchema.safeParse({ ...emptyProgress(), learnerName: value.learnerName });
  if (value.learnerName !== undefined) {
    if (name.success && name.data.learnerName !== undefined) state.learnerName = name.data.learnerName;
    else dropped.learnerName = value.learnerName;
  }
  const predictions = salvagePredictions(value.predictions);
  if (predictions.part) state.predictions = predictions.part;
  if (predictions.dropped.length > 0) dropped.predictions = predictions.dropped;
  const count = Object.keys(dropped).length + Math.max(0, predictions.dropped.length - 1);
  return count > 0 ? { state, dropped, count } : null;
}

/** Null when the state is one the store can read back; otherwise what is wrong, in the book's words. */
export function checkState(state: ProgressState): string | null {
  const parsed = progressStateSchema.safeParse(state);
  if (parsed.success) return null;
  return 'the change would store a value the book could not read back';
}

/** The parts of localStorage the store uses; tests pass a Map-backed fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface UnreadableCopy {
  raw: string;
  reason: string;
  at: string;
  noticeDismissed: boolean;
  /** False when storage had no room for it: it exists only in this page until downloaded. */
  kept: boolean;
}

/** Set-aside copies kept at most; the oldest goes first. */
export const MAX_UNREADABLE_COPIES = 5;

function copyOf(value: unknown): UnreadableCopy | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<UnreadableCopy>;
  if (typeof v.raw !== 'string') return null;
  return {
    raw: v.raw,
    reason: typeof v.reason === 'string' ? v.reason.slice(0, 500) : 'unknown',
    at: typeof v.at === 'string' ? v.at.slice(0, 40) : '',
    noticeDismissed: v.noticeDismissed === true,
    kept: true,
  };
}

/** Every set-aside copy, newest first (an older single copy, as earlier versions stored it, reads as a list of one). */
export function readUnreadableCopies(storage: KeyValueStorage): UnreadableCopy[] {
  try {
    const raw = storage.getItem(UNREADABLE_KEY);
    if (!raw) return [];
    const value = JSON.parse(raw) as unknown;
    const list = typeof value === 'object' && value !== null && Array.isArray((value as { copies?: unknown }).copies) ? (value as { copies: unknown[] }).copies : [value];
    return list.map(copyOf).filter((c): c is UnreadableCopy => c !== null).slice(0, MAX_UNREADABLE_COPIES);
  } catch {
    return [];
  }
}

/** The newest set-aside copy, the one the notice speaks of. */
export function readUnreadable(storage: KeyValueStorage): UnreadableCopy | null {
  return readUnreadableCopies(storage)[0] ?? null;
}

/**
 * Keeps a copy in the bounded list (replacing one with the same text). When storage is full, older
 * copies give way first; if even the new one alone does not fit, it is returned with `kept: false`
 * so the notice can say so and offer the download at once.
 */
export function writeUnreadable(storage: KeyValueStorage, copy: UnreadableCopy): UnreadableCopy {
  const others = readUnreadableCopies(storage).filter((c) => c.raw !== copy.raw);
  for (let keep = Math.min(others.length, MAX_UNREADABLE_COPIES - 1); keep >= 0; keep--) {
    try {
      storage.setItem(UNREADABLE_KEY, JSON.stringify({ copies: [{ ...copy, kept: true }, ...others.slice(0, keep)] }));
      return { ...copy, kept: true };
    } catch {
      // Storage full or blocked: try again with fewer older copies.
    }
  }
  return { ...copy, kept: false };
}

/**
 * Loads the current state. When the stored value cannot be read whole, the entries that can be read
 * are kept and only the others are set aside (a quiz record, an exercise pass); when nothing can be
 * read, the whole value is set aside. A copy is set aside once: the same text is not copied twice.
 */
export function loadProgress(storage: KeyValueStorage, now: Date): { state: ProgressState; unreadable: UnreadableCopy | null } {
  let raw: string | null = null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { state: emptyProgress(), unreadable: readUnreadable(storage) };
  }
  const result = parseStored(raw);
  if (result.ok && !result.setAside) return { state: result.state, unreadable: readUnreadable(storage) };
  const aside = result.ok ? result.setAside! : { raw: raw ?? '', reason: result.reason };
  const existing = readUnreadableCopies(storage).find((c) => c.raw === aside.raw);
  if (existing) return { state: result.state, unreadable: existing };
  const copy = writeUnreadable(storage, { raw: aside.raw, reason: aside.reason, at: now.toISOString(), noticeDismissed: false, kept: true });
  return { state: result.state, unreadable: copy };
}

export function saveProgress(storage: KeyValueStorage, state: ProgressState): boolean {
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}
