'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { questionsById, REVIEW_AFTER_DAYS, reviewDue, scoreAttempt } from '@/lib/progress/scoring';
import type { Answer, Attempt } from '@/lib/progress/schema';
import { getProgressStore } from '@/lib/progress/store';
import { useProgress } from '@/lib/progress/useProgress';
import type { QuizQuestion } from '@/lib/quiz/schema';
import { newSeed, optionOrder, shuffled } from '@/lib/quiz/shuffle';
import { QuestionView } from '../quiz/QuestionView';
import type { ChapterOutline } from './ProgressPage';

const day = (date: Date) => date.toLocaleDateString('en-US', { month: 'short', day: 'numeric' });

interface Open {
  chapter: string;
  section: string;
  title: string;
  questions: QuizQuestion[];
  seed: number;
}

/**
 * "Review what you missed": the post-form questions the reader's latest quiz after reading missed,
 * offered REVIEW_AFTER_DAYS days later (or at once on request), in a fresh order with freshly
 * shuffled options. Tries are stored apart from the pre and post records, so they never change a gain.
 * The questions themselves load only when a review is opened: this page carries no quiz data.
 */
export function ReviewMissed({ chapters }: { chapters: readonly ChapterOutline[] }) {
  const state = useProgress((s) => s.state);
  const loaded = useProgress((s) => s.loaded);
  const [now, setNow] = useState<Date | null>(null);
  const [open, setOpen] = useState<Open | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => setNow(new Date()), []);

  const entries = chapters.flatMap((chapter) =>
    (chapter.quiz ?? []).flatMap((section) => {
      const due = now ? reviewDue(state.quizzes[chapter.slug]?.[section.section], now) : null;
      return due ? [{ chapter, section, due }] : [];
    }),
  );

  const start = async (chapter: string, section: string, title: string, ids: string[]) => {
    setFailed(null);
    try {
      const { chapterQuizzes } = await import('@/chapters/quizzes');
      const forms = chapterQuizzes[chapter]?.find((s) => s.section === section);
      const byId = forms ? questionsById(forms) : new Map<string, QuizQuestion>();
      const questions = ids.flatMap((id) => byId.get(id) ?? []);
      if (questions.length === 0) throw new Error('these questions are no longer in the book');
      const seed = newSeed();
      setOpen({ chapter, section, title, questions: shuffled(seed, questions), seed });
    } catch (e) {
      setFailed(`The review could not open: ${e instanceof Error ? e.message : String(e)}.`);
    }
  };

  return (
    <section aria-labelledby="review-missed" data-review-missed>
      <h2 id="review-missed">Review what you missed</h2>
      <p>
        The questions you missed in a quiz after reading come back here {REVIEW_AFTER_DAYS} days later, in a new order: recalling an answer after a gap is what
        makes it stay. Your tries here are kept apart and do not change any gain.
      </p>
      {!loaded || !now ? null : entries.length === 0 ? (
        <p data-review-empty>Nothing to review: no quiz after reading has a missed question waiting.</p>
      ) : (
        <ul className="review-missed-list">
          {entries.map(({ chapter, section, due }) => (
            <li key={`${chapter.slug}/${section.section}`} data-review-section={section.section}>
              Chapter {chapter.number}, {section.title}: {due.ids.length} question{due.ids.length === 1 ? '' : 's'}, {due.due ? 'ready now' : `offered from ${day(due.dueAt)}`}.{' '}
              <button type="button" className="button" onClick={() => void start(chapter.slug, section.section, section.title, due.ids)}>
                {due.due ? 'Review them' : 'Review them now'}
              </button>
            </li>
          ))}
        </ul>
      )}
      {failed && (
        <p className="progress-message-error" role="alert">
          {failed}
        </p>
      )}
      {open && <ReviewQuiz key={open.seed} open={open} onClose={() => setOpen(null)} />}
    </section>
  );
}

function ReviewQuiz({ open, onClose }: { open: Open; onClose(): void }) {
  const formId = useId();
  const [draft, setDraft] = useState<Record<string, Answer>>({});
  const [done, setDone] = useState<Attempt | null>(null);
  const [missing, setMissing] = useState<number | null>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const inputId = (q: QuizQuestion) => `${formId}-${q.id}-${optionOrder(open.seed, q.id)[0]}`;
  useEffect(() => {
    const first = open.questions[0]!;
    document.getElementById(`${formId}-${first.id}-${optionOrder(open.seed, first.id)[0]}`)?.focus();
  }, [formId, open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const unanswered = open.questions.filter((q) => draft[q.id] === undefined);
    if (unanswered.length > 0) {
      setMissing(unanswered.length);
      document.getElementById(inputId(unanswered[0]!))?.focus();
      return;
    }
    setMissing(null);
    const attempt = scoreAttempt(open.questions, draft, new Date(), open.seed);
    void getProgressStore().getState().recordQuizAttempt(open.chapter, open.section, 'review', attempt);
    setDone(attempt);
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  return (
    <div className="quiz" data-quiz={`${open.section}-review`}>
      <p className="quiz-title">Review: {open.title}</p>
      <form onSubmit={submit} noValidate>
        {open.questions.map((question, index) => (
          <QuestionView
            key={question.id}
            idBase={`${formId}-${question.id}`}
            number={index + 1}
            question={question}
            order={optionOrder(open.seed, question.id)}
            given={draft[question.id]}
            mode={done ? 'key' : 'open'}
            onChoose={(choice) => setDraft((d) => ({ ...d, [question.id]: { ...d[question.id], choice } }))}
            onConfidence={(confidence) => setDraft((d) => ({ ...d, [question.id]: { choice: d[question.id]!.choice, confidence } }))}
          />
        ))}
        {missing !== null && !done && (
          <p className="quiz-missing" role="alert">
            {missing === 1 ? 'One question is still unanswered.' : `${missing} questions are still unanswered.`} Answer every question, then check.
          </p>
        )}
        <div className="quiz-actions">
          {done ? (
            <button type="button" className="button" onClick={onClose}>
              Close the review
            </button>
          ) : (
            <button type="submit" className="button button-primary">
              Check answers
            </button>
          )}
        </div>
      </form>
      <p className="quiz-result" role="status" tabIndex={-1} ref={resultRef}>
        {done ? `You answered ${done.score} of ${done.total} correctly. This try is kept apart from your quiz scores.` : null}
      </p>
    </div>
  );
}
