'use client';

import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { gainText, NOT_COMPARABLE_WHY, preKeyOpen, scoreAttempt, summarizeSection } from '@/lib/progress/scoring';
import type { Answer, Attempt } from '@/lib/progress/schema';
import { getProgressStore } from '@/lib/progress/store';
import { useProgress } from '@/lib/progress/useProgress';
import type { QuizPhase, SectionForms } from '@/lib/quiz/schema';
import { firstSeed, newSeed, optionOrder } from '@/lib/quiz/shuffle';
import { QuestionView, type QuestionMode } from './QuestionView';
import { useChapterQuiz } from './QuizContext';

const WRITTEN = [0, 1, 2, 3] as const;
/** The order an attempt showed a question's options in: from its seed, or as written for attempts made before shuffling. */
const orderOf = (seed: number | null | undefined, questionId: string) => (seed === null || seed === undefined ? WRITTEN : optionOrder(seed, questionId));

/**
 * A section's quiz: the pre form before reading, the post form (other questions on the same
 * objectives) after. After the pre form the reader sees the score and what to watch for, not the
 * answers; those open after the post form (both forms' answers), or early on request, which marks
 * the section's gain not comparable. Options are shuffled per attempt from a seed kept with it.
 */
export function Quiz({ section, phase }: { section: string; phase: QuizPhase }) {
  const { chapter, quiz } = useChapterQuiz();
  const forms = quiz.find((s) => s.section === section);
  if (!forms) throw new Error(`No quiz section "${section}" in chapter "${chapter}".`);
  const questions = forms[phase];
  const formId = useId();
  const resultRef = useRef<HTMLParagraphElement>(null);
  const progress = useProgress((s) => s.state.quizzes[chapter]?.[section]);
  const loaded = useProgress((s) => s.loaded);
  const record = progress?.[phase];

  const [draft, setDraft] = useState<Record<string, Answer>>({});
  const [reviewing, setReviewing] = useState<Attempt | null>(null);
  const [missing, setMissing] = useState<number | null>(null);
  // A first attempt's order comes from a seed fixed for the form, so the prerendered page already
  // shows it: drawing one in the browser moved every option on the page just after it loaded, a
  // 100–170 ms task on a section page. "Try again" draws a fresh seed.
  const [seed, setSeed] = useState<number>(() => firstSeed(chapter, section, phase));

  // Once the store has loaded, show the latest attempt, so nothing done earlier seems lost. Only once:
  // after "Try again" the empty form must stay empty.
  const restored = useRef(false);
  useEffect(() => {
    if (!loaded || restored.current) return;
    restored.current = true;
    // A post attempt from before the forms answered the pre questions: it is kept, but this form starts fresh.
    if (record && !(phase === 'post' && record.latest.legacy)) setReviewing(record.latest);
  }, [loaded, record, phase]);

  const inputId = (questionId: string, s: number | null | undefined) => `${formId}-${questionId}-${orderOf(s, questionId)[0]}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const unanswered = questions.filter((q) => draft[q.id] === undefined);
    if (unanswered.length > 0) {
      setMissing(unanswered.length);
      document.getElementById(inputId(unanswered[0]!.id, seed))?.focus();
      return;
    }
    setMissing(null);
    const attempt = scoreAttempt(questions, draft, new Date(), seed);
    void getProgressStore().getState().recordQuizAttempt(chapter, section, phase, attempt);
    setReviewing(attempt);
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  const retake = () => {
    const next = newSeed();
    setSeed(next);
    setDraft({});
    setReviewing(null);
    requestAnimationFrame(() => document.getElementById(inputId(questions[0]!.id, next))?.focus());
  };

  const summary = useMemo(() => summarizeSection(progress), [progress]);
  const shown = reviewing;
  const keyOpen = phase === 'post' || preKeyOpen(progress);
  const mode: QuestionMode = !shown ? 'open' : keyOpen ? 'key' : 'hidden';
  const objectives = new Map(forms.objectives.map((o) => [o.id, o.text]));
  // A shown attempt lists the questions it asked; one from before the forms may name questions no longer in this form.
  const asked = shown ? shown.questions.flatMap((id) => questions.find((q) => q.id === id) ?? []) : questions;
  const title = phase === 'pre' ? `Before you read: ${forms.title}` : `After reading: ${forms.title}`;
  const intro =
    phase === 'pre'
      ? 'Answer from what you know now; a wrong guess here is useful. You will see your score and what to watch for while reading; the answers come after the quiz at the end of the section.'
      : 'New questions on the same objectives as the quiz before reading. After checking, you see the answers to both.';

  return (
    <section className="quiz" data-quiz={`${section}-${phase}`} aria-labelledby={`${formId}-title`}>
      <p className="eyebrow">{phase === 'pre' ? 'Pre-reading quiz' : 'Post-reading quiz'}</p>
      <p className="quiz-title" id={`${formId}-title`}>
        {title}
      </p>
      <p className="quiz-intro">{intro}</p>
      <form onSubmit={submit} noValidate>
        {(asked.length > 0 ? asked : questions).map((question, index) => (
          <QuestionView
            key={question.id}
            idBase={`${formId}-${question.id}`}
            number={index + 1}
            question={question}
            order={orderOf(shown ? shown.seed : seed, question.id)}
            given={shown ? shown.answers[question.id] : draft[question.id]}
            mode={mode}
            objective={objectives.get(question.objective)}
            onChoose={(choice) => setDraft((d) => ({ ...d, [question.id]: { ...d[question.id], choice } }))}
            onConfidence={(confidence) => setDraft((d) => ({ ...d, [question.id]: { choice: d[question.id]!.choice, confidence } }))}
          />
        ))}
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
        {shown ? <QuizResult attempt={shown} phase={phase} keyOpen={keyOpen} summary={summary} attempts={record?.attempts ?? 1} best={record?.best ?? shown} first={record?.first ?? shown} /> : null}
      </p>
      {shown && phase === 'pre' && !keyOpen && <RevealEarly chapter={chapter} section={section} />}
      {phase === 'pre' && progress?.revealed && !progress.post && (
        <p className="quiz-note" data-revealed>
          You asked to see these answers before the quiz after reading, so this section’s gain is marked not comparable.
        </p>
      )}
      {shown && phase === 'post' && <PreKey forms={forms} attempt={progress?.pre?.first ?? null} formId={formId} />}
    </section>
  );
}

/** "Show the answers now": asked for, then confirmed, since it makes the section's gain not comparable. */
function RevealEarly({ chapter, section }: { chapter: string; section: string }) {
  const [asking, setAsking] = useState(false);
  // The button pressed is replaced by the question: focus moves to its safe answer, and back after it.
  const wait = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  const why = useId();
  useEffect(() => {
    if (!moved.current) return;
    (asking ? wait : ask).current?.focus();
  }, [asking]);
  const choose = (next: boolean) => {
    moved.current = true;
    setAsking(next);
  };
  if (!asking)
    return (
      <div className="quiz-actions quiz-reveal">
        <button ref={ask} type="button" className="button" onClick={() => choose(true)}>
          Show the answers now
        </button>
      </div>
    );
  return (
    <div className="quiz-actions quiz-reveal" role="group" aria-label="Show the answers before reading?" aria-describedby={why}>
      <p id={why}>Seeing the answers before the quiz after reading makes this section’s gain not comparable: it would measure the answers, not the reading.</p>
      <button type="button" className="button button-danger" onClick={() => void getProgressStore().getState().revealAnswers(chapter, section)}>
        Show the answers anyway
      </button>
      <button ref={wait} type="button" className="button" onClick={() => choose(false)}>
        Wait until after reading
      </button>
    </div>
  );
}

/** After the post form: the pre form's questions with the answers, and the reader's first try at them. */
function PreKey({ forms, attempt, formId }: { forms: SectionForms; attempt: Attempt | null; formId: string }) {
  return (
    <details className="quiz-pre-key" data-pre-key>
      <summary>The quiz before reading, with its answers</summary>
      {forms.pre.map((question, index) => (
        <QuestionView
          key={question.id}
          idBase={`${formId}-pre-${question.id}`}
          number={index + 1}
          question={question}
          order={orderOf(attempt?.seed, question.id)}
          given={attempt?.answers[question.id]}
          mode="key"
        />
      ))}
    </details>
  );
}

function QuizResult(props: { attempt: Attempt; phase: QuizPhase; keyOpen: boolean; summary: ReturnType<typeof summarizeSection>; attempts: number; best: Attempt; first: Attempt }) {
  const { attempt, phase, keyOpen, summary, attempts, best, first } = props;
  const { pre } = summary;
  const sureButWrong = Object.entries(attempt.answers).filter(([id, a]) => a.confidence === 'sure' && !attempt.correct.includes(id)).length;
  return (
    <>
      <strong>
        You answered {attempt.score} of {attempt.total} correctly.
      </strong>{' '}
      {phase === 'pre' && !keyOpen ? 'Below each question: the objective to watch for while you read. ' : null}
      {phase === 'post' && pre ? `Before reading you had ${pre.score} of ${pre.total}. ` : null}
      {phase === 'post' && summary.gainPoints !== null
        ? summary.notComparable
          ? `Gain: not comparable (${NOT_COMPARABLE_WHY[summary.notComparable]}). `
          : `Gain: ${gainText(summary)}. `
        : null}
      {attempts > 1 ? `First try ${first.score}/${first.total}, best ${best.score}/${best.total}, ${attempts} tries. ` : null}
      {sureButWrong > 0 && keyOpen ? `You were sure of ${sureButWrong} answer${sureButWrong === 1 ? '' : 's'} that ${sureButWrong === 1 ? 'was' : 'were'} wrong: those are worth re-reading.` : null}
    </>
  );
}
