'use client';

import { useId, useRef, useState, type DragEvent } from 'react';
import type { Submission, SubmittedItem } from '@/lib/assignments/schema';
import type { ItemReview, ReviewDeps } from '@/lib/assignments/verify';
import { downloadText } from '@/lib/sandbox/download';
import { loadDefinition, sandboxOfExercise } from '@/sandboxes/catalog';

interface Reviewed {
  file: string;
  submission: Submission;
  checksumOk: boolean;
  reviews: Map<string, ItemReview>;
  /** SHA-256 of the file's text: the same file dropped twice is not counted twice (an edited copy is its own file). */
  digest: string;
}

async function digestOf(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const keyOf = (item: SubmittedItem) => (item.kind === 'exercise' ? `exercise:${item.id}` : `quiz:${item.chapter}/${item.section}`);
const headerOf = (key: string) => key.replace(/^exercise:/, '').replace(/^quiz:/, 'quiz ');
const SYMBOL: Record<ItemReview['status'], string> = { verified: '✓ re-run', measured: '✓ measured', done: '✓', missing: '—', tampered: '✗ tampered', unverifiable: '? unverifiable' };

/** What reviewing needs (zod, the quiz keys, the re-runner) loads with the first file dropped, not with the page. */
async function loadReviewer() {
  const [{ readSubmission }, { reviewItem }, { chapterQuizzes }, { utf8Text }] = await Promise.all([
    import('@/lib/assignments/submission'),
    import('@/lib/assignments/verify'),
    import('@/chapters/quizzes'),
    import('@/lib/codec/bounds'),
  ]);
  const deps: ReviewDeps = {
    sandboxOf: async (exerciseId) => {
      const sandbox = sandboxOfExercise(exerciseId);
      return sandbox ? loadDefinition(sandbox) : undefined;
    },
    quiz: (chapter, section) => chapterQuizzes[chapter]?.find((s) => s.section === section),
  };
  return { readSubmission, utf8Text, review: (item: SubmittedItem, signal: AbortSignal) => reviewItem(item, deps, signal) };
}

/** One re-run may take this long before it is stopped and marked unverifiable; a whole file, this long. */
const ITEM_LIMIT_MS = 60_000;
const FILE_LIMIT_MS = 180_000;

/** A CSV cell a spreadsheet shows as text: quoted when needed, and a leading formula character (after any spaces or control characters) defused. */
const csvCell = (text: string) => {
  const start = [...text].findIndex((ch) => ch.trim() !== '' && ch.charCodeAt(0) >= 32);
  const formula = start >= 0 && '=+-@'.includes(text[start]!);
  const safe = formula ? `'${text}` : text;
  return formula || /[",\n\r\t]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** /assignments/review: drop submissions; each is validated, re-scored, re-run where it can be, and shown as a class table. */
export function ReviewPage() {
  const id = useId();
  const [reviewed, setReviewed] = useState<Reviewed[]>([]);
  const [refused, setRefused] = useState<Array<{ file: string; reason: string }>>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const batch = useRef<AbortController | null>(null);

  const addFiles = async (files: File[]) => {
    if (batch.current) return; // one batch at a time; the input is disabled meanwhile
    const controller = new AbortController();
    batch.current = controller;
    const fresh: Reviewed[] = [];
    const bad: Array<{ file: string; reason: string }> = [];
    const seen = new Set(reviewed.map((r) => r.digest));
    setBusy('Loading the reviewer…');
    const { readSubmission, utf8Text, review } = await loadReviewer();
    for (const [n, file] of files.entries()) {
      if (controller.signal.aborted) {
        bad.push({ file: file.name, reason: 'not checked: you cancelled the batch' });
        continue;
      }
      setBusy(`Checking ${file.name} (${n + 1} of ${files.length})…`);
      const bytes = utf8Text(new Uint8Array(await file.arrayBuffer().catch(() => new ArrayBuffer(0))), 5_000_000);
      const read = bytes.ok ? await readSubmission(bytes.text) : { ok: false as const, message: bytes.reason };
      if (!read.ok) {
        bad.push({ file: file.name, reason: read.message });
        continue;
      }
      const digest = await digestOf(bytes.ok ? bytes.text : '');
      if (seen.has(digest)) {
        bad.push({ file: file.name, reason: 'the same submission as one already in the table, so it was not counted twice' });
        continue;
      }
      seen.add(digest);
      const reviews = new Map<string, ItemReview>();
      const fileSignal = AbortSignal.any([controller.signal, AbortSignal.timeout(FILE_LIMIT_MS)]);
      for (const item of read.submission.items) {
        if (fileSignal.aborted) {
          reviews.set(keyOf(item), { status: 'unverifiable', detail: controller.signal.aborted ? 'Not re-run: you cancelled.' : 'Not re-run: this file used up its time for re-runs.' });
          continue;
        }
        setBusy(`Checking ${file.name}: ${headerOf(keyOf(item))}…`);
        const signal = AbortSignal.any([fileSignal, AbortSignal.timeout(ITEM_LIMIT_MS)]);
        reviews.set(
          keyOf(item),
          await review(item, signal).catch((e: unknown) => ({
            status: 'unverifiable' as const,
            detail: signal.aborted
              ? controller.signal.aborted
                ? 'Not re-run to the end: you cancelled.'
                : 'The re-run took longer than the review allows and was stopped.'
              : `Could not be re-run: ${e instanceof Error ? e.message : String(e)}`,
          })),
        );
      }
      fresh.push({ file: file.name, submission: read.submission, checksumOk: read.checksumOk, reviews, digest });
    }
    setReviewed((r) => [...r, ...fresh]);
    setRefused((r) => [...r, ...bad]);
    setBusy(null);
    batch.current = null;
  };

  const columns = [...new Set(reviewed.flatMap((r) => r.submission.items.map(keyOf)))];
  const assignments = new Set(reviewed.map((r) => r.submission.assignment.title));

  const exportCsv = () => {
    const header = ['learner', 'file', 'assignment', 'submitted', 'file unchanged', ...columns.map(headerOf)];
    const rows = reviewed.map((r) => [
      r.submission.learner,
      r.file,
      r.submission.assignment.title,
      r.submission.createdAt,
      r.checksumOk ? 'yes' : 'no',
      ...columns.map((c) => {
        const v = r.reviews.get(c);
        return v ? `${v.status}${v.score ? ` ${v.score}` : ''}` : 'not assigned';
      }),
    ]);
    downloadText('class-review.csv', [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n', 'text/csv');
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void addFiles([...event.dataTransfer.files]);
  };

  return (
    <div className="review">
      <div
        className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${id}-files`}>Submission files (.json): choose them, or drop them here</label>
        <input id={`${id}-files`} type="file" accept=".json,application/json" multiple disabled={busy !== null} onChange={(e) => void addFiles([...(e.target.files ?? [])]).then(() => (e.target.value = ''))} />
      </div>
      <p role="status" className="sandbox-status-text">
        {busy ?? (reviewed.length || refused.length ? `${reviewed.length} submission${reviewed.length === 1 ? '' : 's'} checked, ${refused.length} refused.` : '')}
      </p>
      {busy !== null && (
        <button type="button" className="button" onClick={() => batch.current?.abort()}>
          Cancel the review of these files
        </button>
      )}
      {refused.length > 0 && (
        <div className="sandbox-notice sandbox-notice-refused" role="alert" data-refused>
          <p>These files were refused and left out of the table:</p>
          <ul>
            {refused.map((r, i) => (
              <li key={`${r.file}-${i}`}>
                <strong>{r.file}</strong>: {r.reason}.
              </li>
            ))}
          </ul>
        </div>
      )}
      {assignments.size > 1 && <p className="sandbox-notice">These submissions answer {assignments.size} different assignments; each column is one item, blank where it was not assigned.</p>}
      {reviewed.length > 0 && (
        <>
          <div className="table-scroll" role="region" aria-label="Class results" tabIndex={0}>
            <table className="results-table" data-review-table>
              <caption>Each learner’s items, as checked here</caption>
              <thead>
                <tr>
                  <th scope="col">Learner</th>
                  {columns.map((c) => (
                    <th key={c} scope="col">
                      {headerOf(c)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {reviewed.map((r, i) => (
                  <tr key={`${r.file}-${i}`} data-learner={r.submission.learner}>
                    <th scope="row">
                      {r.submission.learner}
                      <span className="field-hint"> {r.file}{r.checksumOk ? '' : ' — edited after download'}</span>
                    </th>
                    {columns.map((c) => {
                      const v = r.reviews.get(c);
                      return (
                        <td key={c} data-status={v?.status ?? 'not-assigned'} title={v?.detail}>
                          {v ? `${SYMBOL[v.status]}${v.score ? ` ${v.score}` : ''}` : ''}
                          {v && <span className="visually-hidden">. {v.detail}</span>}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="field-hint">
            ✓ re-run: a deterministic exercise run again here from its settings and seed, same result. ✓ measured: a timing, which only the learner’s machine measured;
            its answers agree with its recorded result. ✗ tampered: the record does not match what the book computes. The checksum only shows a file edited after
            download by hand; it is not a signature.
          </p>
          <button type="button" className="button" onClick={exportCsv}>
            Export CSV
          </button>
        </>
      )}
    </div>
  );
}
