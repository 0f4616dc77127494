import { jsonTextWithin } from '@/lib/codec/bounds';
import { markLegacyAttempt, upgradePassV2toV3 } from '@/lib/progress/migrate';
import type { ProgressState } from '@/lib/progress/schema';
import { BOOK_VERSION } from '@/lib/version';
import { canonicalJson, sha256Hex } from './canonical';
import { SUBMISSION_KIND, submissionSchema, type Assignment, type Submission, type SubmittedItem } from './schema';

/** What this learner has for each item of the assignment, from their progress store. */
export function submittedItems(assignment: Assignment, progress: ProgressState): SubmittedItem[] {
  return assignment.items.map((item) => {
    if (item.kind === 'exercise') return { kind: 'exercise', id: item.id, pass: progress.exercises[item.id] ?? null };
    const section = progress.quizzes[item.chapter]?.[item.section];
    return {
      kind: 'quiz',
      chapter: item.chapter,
      section: item.section,
      pre: section?.pre?.first ?? null,
      post: section?.post?.first ?? null,
      ...(section?.revealed ? { revealed: section.revealed } : {}),
    };
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A submission from before the parallel forms: its quiz attempts marked as such, with the ids they answered (the checksum still covers the file as sent). */
function upgradeQuizItems(data: unknown): unknown {
  if (!isRecord(data) || !Array.isArray(data.items)) return data;
  const items: unknown[] = data.items.map((item: unknown) =>
    isRecord(item) && item.kind === 'quiz' ? { ...item, pre: markLegacyAttempt(item.pre), post: markLegacyAttempt(item.post) } : item,
  );
  return { ...data, items };
}

export async function buildSubmission(assignment: Assignment, progress: ProgressState, learner: string, now: Date = new Date()): Promise<Submission> {
  const body = {
    kind: SUBMISSION_KIND,
    bookVersion: BOOK_VERSION,
    learner: learner.trim(),
    createdAt: now.toISOString(),
    assignment,
    items: submittedItems(assignment, progress),
  } as const;
  return { ...body, checksum: await sha256Hex(canonicalJson(body)) };
}

export type ReadSubmission = { ok: true; submission: Submission; checksumOk: boolean } | { ok: false; message: string };

/** Reads one dropped file: never throws; says why a file is not a submission. */
export async function readSubmission(text: string): Promise<ReadSubmission> {
  if (text.length > 5_000_000) return { ok: false, message: 'the file is over 5 MB, far larger than a submission' };
  if (!jsonTextWithin(text)) return { ok: false, message: 'it nests data far deeper than any submission' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'it is not JSON' };
  }
  if (!data || typeof data !== 'object' || (data as { kind?: unknown }).kind !== SUBMISSION_KIND) {
    return { ok: false, message: 'it is not a submission from this book (its "kind" is missing or different)' };
  }
  const parsed = submissionSchema.safeParse(upgradeQuizItems(data));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // Only the top-level field is named: deeper path segments can be the file's own keys, and refusals quote none of its text.
    return { ok: false, message: `it does not match the submission format (${String(issue?.path[0] ?? 'file')}: ${issue?.message ?? 'not valid'})` };
  }
  const { checksum, ...body } = parsed.data;
  // The checksum covers the file as written; parsing may drop unknown keys, so hash what was read.
  const { checksum: _ignored, ...raw } = data as Record<string, unknown>;
  const checksumOk = (await sha256Hex(canonicalJson(raw))) === checksum || (await sha256Hex(canonicalJson(body))) === checksum;
  // A submission from an earlier version of the book: its passes' settings in today's form (after the checksum, which covers the file as sent).
  const items = parsed.data.items.map((item) => (item.kind === 'exercise' && item.pass ? { ...item, pass: upgradePassV2toV3(item.pass) } : item));
  return { ok: true, submission: { ...parsed.data, items }, checksumOk };
}
