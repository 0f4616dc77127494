'use client';

import { useEffect, useId, useState } from 'react';
import type { Assignment, AssignmentItem } from '@/lib/assignments/schema';
import type { Assignable } from '@/lib/assignments/assignable';
import type { ProgressState } from '@/lib/progress/schema';
import { gainText, summarizeSection } from '@/lib/progress/scoring';
import { getProgressStore } from '@/lib/progress/store';
import { useProgress } from '@/lib/progress/useProgress';
import { downloadJson } from '@/lib/sandbox/download';

const keyOf = (item: AssignmentItem) => (item.kind === 'exercise' ? `exercise:${item.id}` : `quiz:${item.chapter}/${item.section}`);
const day = (iso: string) => new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' });

type Loaded = { state: 'loading' } | { state: 'ok'; assignment: Assignment } | { state: 'refused'; message: string };

function status(item: AssignmentItem, progress: ProgressState): { done: boolean; text: string } {
  if (item.kind === 'exercise') {
    const pass = progress.exercises[item.id];
    return pass ? { done: true, text: `Passed on ${day(pass.passedAt)}` } : { done: false, text: 'Not passed yet' };
  }
  const section = progress.quizzes[item.chapter]?.[item.section];
  const pre = section?.pre ? `before reading ${section.pre.first.score}/${section.pre.first.total}` : 'not taken before reading';
  const post = section?.post ? `after reading ${section.post.first.score}/${section.post.first.total}` : 'not taken after reading';
  const summary = summarizeSection(section);
  const gain = summary.gainPoints !== null ? `; gain ${gainText(summary)}` : section?.revealed ? '; answers seen before reading, so the gain will be not comparable' : '';
  return { done: Boolean(section?.post), text: `${pre}; ${post}${gain}` };
}

/** /assignments/#a=…: the learner's checklist, with live status from their own progress and a submission download. */
export function AssignmentView({ catalog }: { catalog: Assignable[] }) {
  const id = useId();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const progress = useProgress((s) => s.state);
  const storedName = progress.learnerName ?? '';
  const [name, setName] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const byKey = new Map(catalog.map((a) => [a.key, a]));

  useEffect(() => {
    const read = () => {
      const code = new URLSearchParams(window.location.hash.slice(1)).get('a') ?? '';
      // The codec (and zod with it) loads after the page has painted: the assignment is in the address, read here.
      void import('@/lib/assignments/codec')
        .then(({ decodeAssignment }) => decodeAssignment(code))
        .then((d) => setLoaded(d.ok ? { state: 'ok', assignment: d.assignment } : { state: 'refused', message: d.message }));
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  if (loaded.state === 'loading') return <p role="status">Reading the assignment from the link…</p>;
  if (loaded.state === 'refused')
    return (
      <div className="sandbox-notice sandbox-notice-refused" role="alert" data-assignment="refused">
        <p>{loaded.message}</p>
        <p>Ask your instructor for the link again, or make one on the <a href="/assignments/new/">new assignment</a> page.</p>
      </div>
    );

  const { assignment } = loaded;
  const unknown = assignment.items.filter((item) => !byKey.has(keyOf(item)));
  const doneCount = assignment.items.filter((item) => status(item, progress).done).length;
  const currentName = name ?? storedName;

  const download = async () => {
    const learner = currentName.trim();
    if (!learner) {
      setMessage('Enter your name first: it goes on the submission so your instructor knows whose it is.');
      return;
    }
    if (learner !== storedName) await getProgressStore().getState().setLearnerName(learner);
    const { buildSubmission } = await import('@/lib/assignments/submission');
    const submission = await buildSubmission(assignment, getProgressStore().getState().state, learner);
    const slug = learner.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'learner';
    downloadJson(`submission-${slug}.json`, submission);
    setMessage(`Downloaded submission-${slug}.json with ${doneCount} of ${assignment.items.length} items done. Send that file to your instructor.`);
  };

  return (
    <div className="assignment" data-assignment="ok">
      <h2>{assignment.title}</h2>
      {assignment.due && <p className="assignment-due">Due {new Date(`${assignment.due}T12:00:00`).toLocaleDateString('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' })}</p>}
      {assignment.instructions && <p className="assignment-instructions">{assignment.instructions}</p>}
      {unknown.length > 0 && (
        <p className="sandbox-notice sandbox-notice-refused" role="alert">
          {unknown.length} item{unknown.length === 1 ? ' is' : 's are'} not in this version of the book and cannot be done here.
        </p>
      )}
      <p role="status">
        {doneCount} of {assignment.items.length} done.
      </p>
      <ol className="assignment-items">
        {assignment.items.map((item) => {
          const a = byKey.get(keyOf(item));
          const s = status(item, progress);
          return (
            <li key={keyOf(item)} data-item={keyOf(item)} data-done={s.done}>
              <span className={s.done ? 'item-done' : 'item-open'} aria-hidden="true">
                {s.done ? '✓' : '○'}
              </span>{' '}
              {a ? <a href={a.href}>{a.kind === 'exercise' ? a.prompt : `Quiz: ${a.title}`}</a> : <span>{keyOf(item)} (not in this book)</span>}
              <span className="field-hint"> — {a ? `${a.where}. ` : ''}{s.text}.</span>
            </li>
          );
        })}
      </ol>
      <div className="field">
        <label htmlFor={`${id}-name`}>Your name, as your instructor knows you</label>
        <input id={`${id}-name`} type="text" maxLength={120} value={currentName} onChange={(e) => setName(e.target.value)} autoComplete="name" />
      </div>
      <button type="button" className="button button-primary" onClick={() => void download()}>
        Download submission
      </button>
      <p role="status">{message}</p>
    </div>
  );
}
