'use client';

import { downloadText } from '@/lib/sandbox/download';
import { getProgressStore } from '@/lib/progress/store';
import { useProgress } from '@/lib/progress/useProgress';

/** Says once, on whichever page the learner opens, that stored progress could not be read. */
export function ProgressNotice() {
  const unreadable = useProgress((s) => s.unreadable);
  const refused = useProgress((s) => s.refused);
  if (refused) {
    return (
      <div className="progress-notice" role="alert">
        <p>
          <strong>That change was not saved:</strong> {refused}. Everything saved before it is unchanged.
        </p>
      </div>
    );
  }
  if (!unreadable || unreadable.noticeDismissed) return null;
  const whole = !unreadable.reason.includes('entr');
  return (
    <div className="progress-notice" role="alert">
      <p>
        <strong>{whole ? 'Your saved progress could not be read' : 'Part of your saved progress could not be read'}</strong> ({unreadable.reason}),{' '}
        {whole ? 'so the book started a fresh record.' : 'so the book kept every other answer and set those entries aside.'}{' '}
        {unreadable.kept ? (
          <>
            The unreadable copy is kept: you can download it, or find it later on the <a href="/progress/">progress page</a>.
          </>
        ) : (
          <>This browser’s storage is full, so the unreadable copy could not be kept: download it now, or it is gone when you leave this page.</>
        )}
      </p>
      <div className="notice-actions">
        <button type="button" className="button" onClick={() => downloadText('unreadable-progress.txt', unreadable.raw, 'text/plain')}>
          Download the unreadable copy
        </button>
        <button type="button" className="button" onClick={() => void getProgressStore().getState().dismissNotice()}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
