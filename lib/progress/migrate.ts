/**
 * The progress store's history, one step per version: stored data of any earlier version is brought
 * up by running the steps after it in order, so version N+1 adds one step and nothing else changes.
 *
 * - v0: the shape before the store had a version, `{ quizzes }`.
 * - v1: `{ version: 1, quizzes }`.
 * - v2: adds `exercises` (passed sandbox exercises with their params, seed, answers and result).
 * - v3: a param may be a script (a list of actions); the windows sandbox's edits, once a text such
 *   as "7:12/15,3:4/9", become its list of move actions.
 * - v4: parallel quiz forms (issue #22). Every attempt lists the question ids it was asked and may
 *   carry its option-shuffle seed; a section may record answers shown early and review tries. Each
 *   earlier attempt is kept and marked `legacy`, with the ids it answered as its questions.
 */
type Stored = Record<string, unknown>;

const isRecord = (value: unknown): value is Stored => typeof value === 'object' && value !== null && !Array.isArray(value);

/** "7:12/15,3:4/9" (event 7 moved to event minute 12, arriving at minute 15; …) as v3 move actions; null if it is not that text. */
export function windowsEditsToMoves(text: string): Array<{ kind: 'move'; event: number; time: number; arrival: number }> | null {
  if (text.trim() === '') return [];
  const moves = [];
  for (const part of text.split(',')) {
    const match = /^(\d{1,3}):(\d{1,3})\/(\d{1,3})$/.exec(part.trim());
    if (!match) return null;
    moves.push({ kind: 'move' as const, event: Number(match[1]), time: Number(match[2]), arrival: Number(match[3]) });
  }
  return moves;
}

/** One exercise pass (or submitted pass) brought from v2's params to v3's. Anything it does not recognise is left as it is. */
export function upgradePassV2toV3<T>(pass: T): T {
  if (!isRecord(pass) || pass.sandbox !== 'windows' || !isRecord(pass.params) || typeof pass.params.edits !== 'string') return pass;
  const moves = windowsEditsToMoves(pass.params.edits);
  return moves === null ? pass : { ...pass, params: { ...pass.params, edits: moves } };
}

const mapValues = (record: unknown, f: (value: unknown) => unknown): unknown =>
  isRecord(record) ? Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)])) : record;

/** One attempt from before the parallel forms, marked as such, with the question ids it answered. */
export function markLegacyAttempt<T>(attempt: T): T {
  if (!isRecord(attempt) || !isRecord(attempt.answers) || attempt.questions !== undefined) return attempt;
  return { ...attempt, legacy: true, questions: Object.keys(attempt.answers) };
}

const upgradeRecordV3toV4 = (record: unknown): unknown =>
  isRecord(record) ? { ...record, first: markLegacyAttempt(record.first), best: markLegacyAttempt(record.best), latest: markLegacyAttempt(record.latest) } : record;

const upgradeSectionV3toV4 = (section: unknown): unknown =>
  isRecord(section)
    ? { ...section, ...(section.pre !== undefined ? { pre: upgradeRecordV3toV4(section.pre) } : {}), ...(section.post !== undefined ? { post: upgradeRecordV3toV4(section.post) } : {}) }
    : section;

/** steps[n] takes version n to version n + 1. */
const steps: ReadonlyArray<(data: Stored) => Stored> = [
  (v0) => ({ version: 1, quizzes: v0.quizzes ?? {} }),
  (v1) => ({ ...v1, version: 2, exercises: {} }),
  (v2) => ({ ...v2, version: 3, exercises: mapValues(v2.exercises, upgradePassV2toV3) }),
  (v3) => ({ ...v3, version: 4, quizzes: mapValues(v3.quizzes, (sections) => mapValues(sections, upgradeSectionV3toV4)) }),
];

/** The current version; the literal the schema checks. */
export const LATEST_VERSION = 4;
if (steps.length !== LATEST_VERSION) throw new Error('migrate.ts: one step per version, and LATEST_VERSION the number of steps.');

/** The stored data's version: 0 when it has none, -1 when it is not the store's shape at all. */
export function versionOf(data: unknown): number {
  if (!isRecord(data)) return -1;
  if (data.version === undefined) return 0;
  return typeof data.version === 'number' && Number.isInteger(data.version) && data.version >= 0 ? data.version : -1;
}

/** Runs every step after the data's own version; data of an unknown or newer version is returned as it is. */
export function migrate(data: unknown): { value: unknown; from: number } {
  const from = versionOf(data);
  if (from < 0 || from >= LATEST_VERSION) return { value: data, from };
  let value = data as Stored;
  for (let version = from; version < LATEST_VERSION; version++) value = steps[version]!(value);
  return { value, from };
}
