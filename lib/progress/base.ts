import { LATEST_VERSION } from './migrate';
import type { ProgressState } from './schema';

/**
 * What the store needs before any stored data is read: the keys and an empty record. Kept apart from
 * storage.ts (which validates with zod) so that reading and checking stored progress loads only when
 * the store first loads, not with every page's first JavaScript.
 */
export const PROGRESS_KEY = 'dsml-progress';
/** Where stored data that could not be read is set aside, so the learner can still download it. */
export const UNREADABLE_KEY = 'dsml-progress-unreadable';
/** The Web Lock tabs take in turn for every read–modify–write of the stored record. */
export const PROGRESS_LOCK = 'dsml-progress';

/** The longest answer an exercise field takes: the input stops there, and the stored record allows exactly this. */
export const MAX_ANSWER_CHARS = 400;

export const emptyProgress = (): ProgressState => ({ version: LATEST_VERSION, quizzes: {}, exercises: {} });
