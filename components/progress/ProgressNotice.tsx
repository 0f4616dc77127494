'use client';

import { downloadText } from '@/lib/sandbox/download';
import { getProgressStore } from '@/lib/progress/store';
import { useProgress } from '@/lib/progress/useProgress';

/** Says once, on whichever page the learner opens, that stored progress could not be read. */
export function ProgressNotice() {
  const unreadable = useProgress((s) => s.unreadable);
  if (!unreadable || unreadable.noticeDismissed) return null;
  return (
    <div className="progress-notice" role="alert">
      <p>
        <strong>Your saved progress could not be read</strong> ({unreadable.reason}), so the book started a fresh record. The unreadable copy
        is kept: you can download it, or find it later on the <a href="/progress/">progress page</a>.
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
