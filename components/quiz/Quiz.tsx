'use client';

import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { scoreAttempt, summarizeSection } from '@/lib/progress/scoring';
import type { Answer, Attempt } from '@/lib/progress/schema';
import { getProgressStore } from '@/lib/progress/store';
import { useProgress } from '@/lib/progress/useProgress';
import type { QuizPhase } from '@/lib/quiz/schema';
import { useChapterQuiz } from './QuizContext';

const letters = ['A', 'B', 'C', 'D'] as const;

/**
 * A section's quiz, before reading (pre) or after (post), on the same questions. Answers and scores
 * go to the progress store; after checking, every option shows why it is right or wrong.
 */
export function Quiz({ section, phase }: { section: string; phase: QuizPhase }) {
  const { chapter, quiz } = useChapterQuiz();
  const sectionQuiz = quiz.find((s) => s.section === section);
  if (!sectionQuiz) throw new Error(`No quiz section "${section}" in chapter "${chapter}".`);
  const { questions } = sectionQuiz;
  const formId = useId();
  const resultRef = useRef<HTMLParagraphElement>(null);
  const progress = useProgress((s) => s.state.quizzes[chapter]?.[section]);
  const loaded = useProgress((s) => s.loaded);
  const record = progress?.[phase];

  const [draft, setDraft] = useState<Record<string, Answer>>({});
  const [reviewing, setReviewing] = useState<Attempt | null>(null);
  const [missing, setMissing] = useState<number | null>(null);

  // Once the store has loaded, show the latest attempt in review, so nothing done earlier seems lost.
  // Only once: after "Try again" the empty form must stay empty.
  const restored = useRef(false);
  useEffect(() => {
    if (!loaded || restored.current) return;
    restored.current = true;
    if (record) setReviewing(record.latest);
  }, [loaded, record]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const unanswered = questions.filter((q) => draft[q.id] === undefined);
    if (unanswered.length > 0) {
      setMissing(unanswered.length);
      document.getElementById(`${formId}-${unanswered[0]!.id}-0`)?.focus();
      return;
    }
    setMissing(null);
    const attempt = scoreAttempt(questions, draft, new Date());
    void getProgressStore().getState().recordQuizAttempt(chapter, section, phase, attempt);
    setReviewing(attempt);
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  const retake = () => {
    setDraft({});
    setReviewing(null);
    requestAnimationFrame(() => document.getElementById(`${formId}-${questions[0]!.id}-0`)?.focus());
  };

  const summary = useMemo(() => summarizeSection(progress), [progress]);
  const shown = reviewing;
  const title = phase === 'pre' ? `Before you read: ${sectionQuiz.title}` : `After reading: ${sectionQuiz.title}`;
  const intro =
    phase === 'pre'
      ? 'Answer from what you know now; a wrong guess here is useful. The same questions come back at the end of the section.'
      : 'The questions from the start of the section, again. Compare with your first try.';

  return (
    <section className="quiz" data-quiz={`${section}-${phase}`} aria-labelledby={`${formId}-title`}>
      <p className="eyebrow">{phase === 'pre' ? 'Pre-reading quiz' : 'Post-reading quiz'}</p>
      <p className="quiz-title" id={`${formId}-title`}>
        {title}
      </p>
      <p className="quiz-intro">{intro}</p>
      <form onSubmit={submit} noValidate>
        {questions.map((question, index) => {
          const given = shown ? shown.answers[question.id] : draft[question.id];
          return (
            <fieldset key={question.id} className="quiz-question" disabled={Boolean(shown)}>
              <legend>
                <span className="quiz-number">{index + 1}.</span> {question.prompt}
              </legend>
              <ul className="quiz-options">
                {question.options.map((option, optionIndex) => {
                  const chosen = given?.choice === optionIndex;
                  const isAnswer = question.answer === optionIndex;
                  const verdict = shown ? (isAnswer ? 'correct' : chosen ? 'wrong' : 'other') : 'open';
                  const inputId = `${formId}-${question.id}-${optionIndex}`;
                  return (
                    <li key={optionIndex} className={`quiz-option quiz-option-${verdict}`}>
                      <input
                        type="radio"
                        id={inputId}
                        name={`${formId}-${question.id}`}
                        checked={chosen}
                        onChange={() => setDraft((d) => ({ ...d, [question.id]: { ...d[question.id], choice: optionIndex } }))}
                        aria-describedby={shown ? `${inputId}-why` : undefined}
                      />
                      <label htmlFor={inputId}>
                        <span className="quiz-letter" aria-hidden="true">
                          {letters[optionIndex]}
                        </span>
                        {option.text}
                      </label>
                      {shown && (
                        <p className="quiz-explanation" id={`${inputId}-why`}>
                          <strong>{isAnswer ? 'Correct answer.' : chosen ? 'Your answer, not correct.' : 'Not correct.'}</strong> {option.explanation}
                        </p>
                      )}
                    </li>
                  );
                })}
              </ul>
              <ConfidencePicker
                name={`${formId}-${question.id}-confidence`}
                value={given?.confidence}
                disabled={Boolean(shown) || given === undefined}
                onChange={(confidence) => setDraft((d) => ({ ...d, [question.id]: { choice: d[question.id]!.choice, confidence } }))}
              />
            </fieldset>
          );
        })}
        {missing !== null && !shown && (
          <p className="quiz-missing" role="alert">
            {missing === 1 ? 'One question is still unanswered.' : `${missing} questions are still unanswered.`} Answer every question, then check.
          </p>
        )}
        <div className="quiz-actions">
          {shown ? (
            <button type="button" className="button" onClick={retake}>
              Try again
            </button>
          ) : (
            <button type="submit" className="button button-primary">
              Check answers
            </button>
          )}
        </div>
      </form>
      <p className="quiz-result" role="status" tabIndex={-1} ref={resultRef}>
        {shown ? <QuizResult attempt={shown} phase={phase} pre={summary.pre} attempts={record?.attempts ?? 1} best={record?.best ?? shown} first={record?.first ?? shown} /> : null}
      </p>
    </section>
  );
}

function ConfidencePicker(props: { name: string; value?: 'sure' | 'unsure'; disabled: boolean; onChange(value: 'sure' | 'unsure'): void }) {
  return (
    <div className="quiz-confidence" role="radiogroup" aria-label="How sure are you? (optional)">
      <span className="quiz-confidence-label" aria-hidden="true">
        How sure are you? <span className="quiz-optional">(optional)</span>
      </span>
      {(['sure', 'unsure'] as const).map((value) => (
        <label key={value}>
          <input type="radio" name={props.name} checked={props.value === value} disabled={props.disabled} onChange={() => props.onChange(value)} />
          {value === 'sure' ? 'Sure' : 'Unsure'}
        </label>
      ))}
    </div>
  );
}

function QuizResult(props: { attempt: Attempt; phase: QuizPhase; pre: Attempt | null; attempts: number; best: Attempt; first: Attempt }) {
  const { attempt, phase, pre, attempts, best, first } = props;
  const sureButWrong = Object.entries(attempt.answers).filter(([id, a]) => a.confidence === 'sure' && !attempt.correct.includes(id)).length;
  return (
    <>
      <strong>
        You answered {attempt.score} of {attempt.total} correctly.
      </strong>{' '}
      {phase === 'post' && pre ? `Before reading you had ${pre.score} of ${pre.total}. ` : null}
      {attempts > 1 ? `First try ${first.score}/${first.total}, best ${best.score}/${best.total}, ${attempts} tries. ` : null}
      {sureButWrong > 0 ? `You were sure of ${sureButWrong} answer${sureButWrong === 1 ? '' : 's'} that ${sureButWrong === 1 ? 'was' : 'were'} wrong: those are worth re-reading.` : null}
    </>
  );
}
