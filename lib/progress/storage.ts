import { migrate } from './migrate';
import { emptyProgress, PROGRESS_KEY, UNREADABLE_KEY } from './base';
import { PROGRESS_VERSION, progressStateSchema, type ProgressState } from './schema';

export { PROGRESS_KEY, UNREADABLE_KEY } from './base';

export type LoadResult =
  | { ok: true; state: ProgressState; migratedFrom?: number }
  | { ok: false; state: ProgressState; reason: string };

export { migrate } from './migrate';

/** Reads stored text; anything unreadable yields a fresh state and the reason, never an exception. */
export function parseStored(raw: string | null): LoadResult {
  if (raw === null || raw === '') return { ok: true, state: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, state: emptyProgress(), reason: 'it is not valid JSON' };
  }
  const { value, from } = migrate(data);
  if (from > PROGRESS_VERSION) {
    return { ok: false, state: emptyProgress(), reason: `it was saved by a newer version of the book (format ${from})` };
  }
  const parsed = progressStateSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, state: emptyProgress(), reason: `it does not match the expected format (${issue?.path.join('.') || 'root'}: ${issue?.message})` };
  }
  return from < PROGRESS_VERSION ? { ok: true, state: parsed.data, migratedFrom: from } : { ok: true, state: parsed.data };
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
}

export function readUnreadable(storage: KeyValueStorage): UnreadableCopy | null {
  try {
    const raw = storage.getItem(UNREADABLE_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<UnreadableCopy>;
    if (typeof value.raw !== 'string') return null;
    return {
      raw: value.raw,
      reason: typeof value.reason === 'string' ? value.reason : 'unknown',
      at: typeof value.at === 'string' ? value.at : '',
      noticeDismissed: value.noticeDismissed === true,
    };
  } catch {
    return null;
  }
}

export function writeUnreadable(storage: KeyValueStorage, copy: UnreadableCopy): void {
  try {
    storage.setItem(UNREADABLE_KEY, JSON.stringify(copy));
  } catch {
    // Storage full or blocked: the copy cannot be kept, but the page must still work.
  }
}

/**
 * Loads the current state. When the stored value cannot be read, it is first set aside under
 * UNREADABLE_KEY (once: the same text is not copied twice), then the store starts fresh.
 */
export function loadProgress(storage: KeyValueStorage, now: Date): { state: ProgressState; unreadable: UnreadableCopy | null } {
  let raw: string | null = null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { state: emptyProgress(), unreadable: readUnreadable(storage) };
  }
  const result = parseStored(raw);
  if (result.ok) return { state: result.state, unreadable: readUnreadable(storage) };
  const existing = readUnreadable(storage);
  if (existing?.raw === raw) return { state: result.state, unreadable: existing };
  const copy: UnreadableCopy = { raw: raw ?? '', reason: result.reason, at: now.toISOString(), noticeDismissed: false };
  writeUnreadable(storage, copy);
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
