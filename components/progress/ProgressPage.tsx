'use client';

import { useRef, useState, type ChangeEvent } from 'react';
import { downloadText } from '@/lib/sandbox/download';
import { getProgressStore } from '@/lib/progress/store';
import { useProgress } from '@/lib/progress/useProgress';
import { ProgressTable, type QuizSectionOutline } from '../quiz/ChapterProgress';
import type { ExerciseListing } from '@/lib/assignments/assignable';
import { ExerciseProgress } from './ExerciseProgress';
import { PredictionProgress } from './PredictionProgress';
import { ReviewMissed } from './ReviewMissed';

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** A chapter as the progress page lists it; `quiz` is null where the chapter has no quizzes yet. */
export interface ChapterOutline {
  slug: string;
  number: number;
  title: string;
  quiz: readonly QuizSectionOutline[] | null;
}

export function ProgressPage({ chapters, exercises }: { chapters: readonly ChapterOutline[]; exercises: readonly ExerciseListing[] }) {
  const state = useProgress((s) => s.state);
  const loaded = useProgress((s) => s.loaded);
  const unreadable = useProgress((s) => s.unreadable);
  const saveFailed = useProgress((s) => s.saveFailed);
  const [message, setMessage] = useState<Message>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  // Export and import (zod and the migration chain) load on first use, not with the page.
  const onExport = async () => {
    const { exportProgress } = await import('@/lib/progress/transfer');
    const date = new Date();
    downloadText(`progress-${date.toISOString().slice(0, 10)}.json`, exportProgress(state, date), 'application/json');
    setMessage({ kind: 'ok', text: 'Your progress was saved to a file.' });
  };

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > 5_000_000) {
      setMessage({ kind: 'error', text: `${file.name} is ${Math.round(file.size / 1e6)} MB; a progress file is far smaller. Nothing was changed.` });
      return;
    }
    const [{ parseImport }, { utf8Text }] = await Promise.all([import('@/lib/progress/transfer'), import('@/lib/codec/bounds')]);
    const text = utf8Text(new Uint8Array(await file.arrayBuffer()), 5_000_000);
    if (!text.ok) {
      setMessage({ kind: 'error', text: `${file.name}: this file cannot be a progress file: ${text.reason}. Nothing was changed.` });
      return;
    }
    const result = parseImport(text.text);
    if (!result.ok) {
      setMessage({ kind: 'error', text: `${file.name}: ${result.message}` });
      return;
    }
    await getProgressStore().getState().replace(result.state);
    setMessage({ kind: 'ok', text: `Progress restored from ${file.name}.` });
  };

  const onReset = async () => {
    await getProgressStore().getState().reset();
    setConfirmingReset(false);
    setMessage({ kind: 'ok', text: 'All progress was erased. Export first next time if you may want it back.' });
  };

  return (
    <div className="progress-page">
      {chapters.map((chapter) => {
        const quiz = chapter.quiz;
        return (
          <section key={chapter.slug} aria-labelledby={`progress-${chapter.slug}`}>
            <h2 id={`progress-${chapter.slug}`}>
              Chapter {chapter.number}: {chapter.title}
            </h2>
            {quiz ? (
              <ProgressTable chapter={chapter.slug} quiz={quiz} state={state} caption={`Quiz scores, chapter ${chapter.number}`} />
            ) : (
              <p>This chapter’s quizzes are not written yet.</p>
            )}
          </section>
        );
      })}

      <ReviewMissed chapters={chapters} />

      <ExerciseProgress state={state} exercises={exercises} />

      <PredictionProgress state={state} />

      <section aria-labelledby="progress-file">
        <h2 id="progress-file">Keep or move your progress</h2>
        <p>
          Progress lives only in this browser. Export it to a file to keep a copy or to carry it to another browser, and import that file
          there.
        </p>
        <div className="progress-actions">
          <button type="button" className="button" onClick={() => void onExport()} disabled={!loaded}>
            Export progress
          </button>
          <button type="button" className="button" onClick={() => fileInput.current?.click()} disabled={!loaded}>
            Import progress…
          </button>
          <input ref={fileInput} type="file" accept="application/json,.json" className="visually-hidden" aria-label="Progress file to import" tabIndex={-1} onChange={(event) => void onImport(event)} />
          {confirmingReset ? (
            <span className="reset-confirm" role="group" aria-label="Confirm reset">
              <span>Erase every quiz answer and score?</span>
              <button type="button" className="button button-danger" onClick={() => void onReset()}>
                Yes, erase all progress
              </button>
              <button type="button" className="button" onClick={() => setConfirmingReset(false)}>
                Keep it
              </button>
            </span>
          ) : (
            <button type="button" className="button" onClick={() => setConfirmingReset(true)} disabled={!loaded}>
              Reset progress…
            </button>
          )}
        </div>
        <p role="status" className={`progress-message ${message?.kind === 'error' ? 'progress-message-error' : ''}`}>
          {message?.text}
        </p>
        {saveFailed && (
          <p className="progress-message-error">This browser refused to save progress (storage full or blocked). Export it to keep it.</p>
        )}
        {unreadable && (
          <p>
            Progress that could not be read on {unreadable.at ? new Date(unreadable.at).toLocaleString() : 'an earlier visit'} ({unreadable.reason}) is
            kept aside.{' '}
            <button type="button" className="button-link" onClick={() => downloadText('unreadable-progress.txt', unreadable.raw, 'text/plain')}>
              Download the unreadable copy
            </button>
          </p>
        )}
      </section>
    </div>
  );
}
