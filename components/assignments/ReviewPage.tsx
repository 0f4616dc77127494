'use client';

import { useId, useState, type DragEvent } from 'react';
import type { Submission, SubmittedItem } from '@/lib/assignments/schema';
import type { ItemReview, ReviewDeps } from '@/lib/assignments/verify';
import { downloadText } from '@/lib/sandbox/download';
import { loadDefinition, sandboxOfExercise } from '@/sandboxes/catalog';

interface Reviewed {
  file: string;
  submission: Submission;
  checksumOk: boolean;
  reviews: Map<string, ItemReview>;
}

const keyOf = (item: SubmittedItem) => (item.kind === 'exercise' ? `exercise:${item.id}` : `quiz:${item.chapter}/${item.section}`);
const headerOf = (key: string) => key.replace(/^exercise:/, '').replace(/^quiz:/, 'quiz ');
const SYMBOL: Record<ItemReview['status'], string> = { verified: '✓ re-run', measured: '✓ measured', done: '✓', missing: '—', tampered: '✗ tampered', unverifiable: '? unverifiable' };

/** What reviewing needs (zod, the quiz keys, the re-runner) loads with the first file dropped, not with the page. */
async function loadReviewer() {
  const [{ readSubmission }, { reviewItem }, { chapterQuizzes }] = await Promise.all([
    import('@/lib/assignments/submission'),
    import('@/lib/assignments/verify'),
    import('@/chapters/quizzes'),
  ]);
  const deps: ReviewDeps = {
    sandboxOf: async (exerciseId) => {
      const sandbox = sandboxOfExercise(exerciseId);
      return sandbox ? loadDefinition(sandbox) : undefined;
    },
    quiz: (chapter, section) => chapterQuizzes[chapter]?.find((s) => s.section === section),
  };
  return { readSubmission, review: (item: SubmittedItem) => reviewItem(item, deps) };
}

const csvCell = (text: string) => (/[",\n]/.test(text) || /^[=+\-@]/.test(text) ? `"${text.replace(/^([=+\-@])/, "'$1").replace(/"/g, '""')}"` : text);

/** /assignments/review: drop submissions; each is validated, re-scored, re-run where it can be, and shown as a class table. */
export function ReviewPage() {
  const id = useId();
  const [reviewed, setReviewed] = useState<Reviewed[]>([]);
  const [refused, setRefused] = useState<Array<{ file: string; reason: string }>>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const addFiles = async (files: File[]) => {
    const fresh: Reviewed[] = [];
    const bad: Array<{ file: string; reason: string }> = [];
    setBusy('Loading the reviewer…');
    const { readSubmission, review } = await loadReviewer();
    for (const [n, file] of files.entries()) {
      setBusy(`Checking ${file.name} (${n + 1} of ${files.length})…`);
      const read = await readSubmission(await file.text().catch(() => ''));
      if (!read.ok) {
        bad.push({ file: file.name, reason: read.message });
        continue;
      }
      const reviews = new Map<string, ItemReview>();
      for (const item of read.submission.items) {
        setBusy(`Checking ${file.name}: ${headerOf(keyOf(item))}…`);
        reviews.set(keyOf(item), await review(item).catch((e: unknown) => ({ status: 'unverifiable' as const, detail: `Could not be re-run: ${e instanceof Error ? e.message : String(e)}` })));
      }
      fresh.push({ file: file.name, submission: read.submission, checksumOk: read.checksumOk, reviews });
    }
    setReviewed((r) => [...r, ...fresh]);
    setRefused((r) => [...r, ...bad]);
    setBusy(null);
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
        <input id={`${id}-files`} type="file" accept=".json,application/json" multiple onChange={(e) => void addFiles([...(e.target.files ?? [])]).then(() => (e.target.value = ''))} />
      </div>
      <p role="status" className="sandbox-status-text">
        {busy ?? (reviewed.length || refused.length ? `${reviewed.length} submission${reviewed.length === 1 ? '' : 's'} checked, ${refused.length} refused.` : '')}
      </p>
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
