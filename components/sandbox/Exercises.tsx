'use client';

import { useId, useState, type FormEvent } from 'react';
import { MAX_ANSWER_CHARS } from '@/lib/progress/base';
import { useProgress } from '@/lib/progress/useProgress';
import type { Exercise, Verdict } from '@/lib/sandbox/exercise';

interface ExercisesProps<P, R> {
  exercises: ReadonlyArray<Exercise<P, R>>;
  /** The last good result and the params that produced it; null before the first run. */
  result: R | null;
  params: P | null;
  /** Applies an exercise's suggested settings to the form (the learner still presses Run). */
  onExplore?: (settings: Partial<P>) => void;
  /** Names of the settings, as the controls label them, for an exercise's suggested settings. */
  labels?: Partial<Record<keyof P, string>>;
  /** Called when a check passes, with what passed it (the progress store records it). */
  onPass?: (exercise: Exercise<P, R>, answers: Record<string, string>, verdict: Verdict) => void;
}

/** Every exercise a sandbox declares, each checked against the learner's own last run. */
export function Exercises<P, R>({ exercises, result, params, labels, onExplore, onPass }: ExercisesProps<P, R>) {
  if (exercises.length === 0) return null;
  return (
    <div className="exercises">
      <p className="sandbox-part">Exercises, checked against your own run</p>
      {exercises.map((exercise) => (
        <ExerciseForm key={exercise.id} exercise={exercise} result={result} params={params} labels={labels} onExplore={onExplore} onPass={onPass} />
      ))}
    </div>
  );
}

function ExerciseForm<P, R>({ exercise, result, params, labels, onExplore, onPass }: { exercise: Exercise<P, R> } & Omit<ExercisesProps<P, R>, 'exercises'>) {
  const id = useId();
  const passed = useProgress((s) => s.state.exercises[exercise.id]);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [verdict, setVerdict] = useState<Verdict | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (result === null || params === null) {
      setVerdict({ pass: false, feedback: 'Run the sandbox first: the check reads your own result.' });
      return;
    }
    const missing = exercise.fields.find((f) => (answers[f.name] ?? '').trim() === '');
    if (missing) {
      setVerdict({ pass: false, feedback: `Fill in “${missing.label}” first.` });
      return;
    }
    const v = exercise.check(result, answers, params);
    setVerdict(v);
    if (v.pass) onPass?.(exercise, answers, v);
  };

  return (
    <form onSubmit={submit} className="exercise" data-exercise={exercise.id} noValidate>
      <fieldset>
        <legend>{exercise.prompt}</legend>
        {passed && (
          <p className="exercise-passed" data-passed>
            ✓ Passed on {new Date(passed.passedAt).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' })}; kept in your progress.
          </p>
        )}
        {exercise.explore && onExplore && (
          <p className="exercise-explore">
            <button type="button" className="button" onClick={() => onExplore(exercise.explore!)}>
              Use the suggested settings
            </button>{' '}
            <span className="field-hint">{describeSettings(exercise.explore, labels)}</span>
          </p>
        )}
        <div className="exercise-row">
          {exercise.fields.map((field) => (
            <span key={field.name} className="exercise-field">
              <label htmlFor={`${id}-${field.name}`}>{field.label}</label>
              {field.kind === 'number' ? (
                <input
                  id={`${id}-${field.name}`}
                  type="text"
                  inputMode="decimal"
                  maxLength={MAX_ANSWER_CHARS}
                  value={answers[field.name] ?? ''}
                  onChange={(e) => setAnswers((a) => ({ ...a, [field.name]: e.target.value }))}
                />
              ) : (
                <select id={`${id}-${field.name}`} value={answers[field.name] ?? ''} onChange={(e) => setAnswers((a) => ({ ...a, [field.name]: e.target.value }))}>
                  <option value="">— choose —</option>
                  {field.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              )}
              {field.kind === 'number' && field.unit && <span className="field-hint"> {field.unit}</span>}
            </span>
          ))}
          <button type="submit" className="button">
            Check
          </button>
        </div>
        <p role="status" className={verdict ? (verdict.pass ? 'exercise-pass' : 'exercise-fail') : undefined} data-verdict={verdict ? (verdict.pass ? 'pass' : 'fail') : undefined}>
          {verdict?.feedback}
        </p>
      </fieldset>
    </form>
  );
}

function describeSettings<P>(settings: Partial<P>, labels: Partial<Record<keyof P, string>> = {}): string {
  return Object.entries(settings)
    .map(([key, value]) => {
      const shown =
        typeof value === 'number'
          ? value.toLocaleString('en-US')
          : typeof value === 'boolean'
            ? (value ? 'on' : 'off')
            : Array.isArray(value)
              ? value.length === 0
                ? 'none'
                : `${value.length} step${value.length === 1 ? '' : 's'}`
              : String(value);
      return `${labels[key as keyof P] ?? key}: ${shown}`;
    })
    .join(' · ');
}
