'use client';

import { useCallback, useEffect, useState } from 'react';
import type { PredictionEntry } from '@/lib/progress/predictions';
import { getProgressStore } from '@/lib/progress/store';
import type { SandboxDefinition } from '@/lib/sandbox/define';
import type { SandboxParams } from '@/lib/sandbox/params';
import { compareGuess, describeValue, faceOf, measure, sameSettings, type Comparison, type Guess, type PredictionFace } from '@/lib/sandbox/prediction';
import { parseGuesses } from '@/lib/sandbox/predictionInput';
import type { SandboxRun } from '@/lib/sandbox/useSandboxRun';

/** One prediction beside what the run measured (null: the run did not measure it). */
export interface OutcomeRow {
  prediction: PredictionFace;
  guess: Guess;
  actual: Guess | null;
  comparison: Comparison | null;
}

/** The guesses a Run took with it, the settings they were made for, and the result on screen when Run was pressed. */
interface Pending<P, R> {
  params: P;
  guesses: Record<string, Guess>;
  before: R | null;
}

export interface PredictFirstState {
  predictions: readonly PredictionFace[];
  drafts: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, string>>;
  setDraft(id: string, value: string): void;
  /** Guesses waiting for their run (it was cancelled or failed, or is under way). */
  waiting: boolean;
  /** The last run's comparison, shown while that run's result is on screen. */
  outcome: readonly OutcomeRow[] | null;
}

/**
 * "Predict first" for one sandbox: the guesses typed before Run, checked when Run is pressed (a bad
 * one stops the Run with its message beside the field), kept with the settings that Run used, and
 * compared with the result of a run of exactly those settings, which is then recorded in the
 * progress store. `beforeRun` is what the frame calls with the validated settings.
 */
export function usePredictFirst<P extends SandboxParams, R, G>(definition: SandboxDefinition<P, R, G>, run: SandboxRun<P, R, G>) {
  const [faces] = useState(() => (definition.predictions ?? []).map(faceOf));
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState<Pending<P, R> | null>(null);
  const [outcome, setOutcome] = useState<{ result: R; rows: OutcomeRow[] } | null>(null);

  const setDraft = useCallback((id: string, value: string) => {
    setDrafts((d) => ({ ...d, [id]: value }));
    setErrors((e) => {
      if (!(id in e)) return e;
      const { [id]: _gone, ...rest } = e;
      return rest;
    });
  }, []);

  /** Called on Run with the settings it will use: false (and messages beside the fields) when a guess is not valid. */
  const beforeRun = useCallback(
    (params: P): boolean => {
      if (faces.length === 0) return true;
      const parsed = parseGuesses(faces, drafts);
      if (!parsed.ok) {
        setErrors(parsed.errors);
        return false;
      }
      setErrors({});
      setPending(Object.keys(parsed.guesses).length > 0 ? { params, guesses: parsed.guesses, before: run.result } : null);
      return true;
    },
    [faces, drafts, run.result],
  );

  const { state, result, resultParams } = run;
  useEffect(() => {
    if (state !== 'done' || !pending || result === null || resultParams === null || result === pending.before) return;
    // Only a run of the very settings the guesses were made for is compared with them.
    if (!sameSettings(pending.params, resultParams)) return;
    const at = new Date().toISOString();
    const rows: OutcomeRow[] = [];
    const entries: PredictionEntry[] = [];
    for (const prediction of definition.predictions ?? []) {
      const guess = pending.guesses[prediction.id];
      if (guess === undefined) continue;
      const face = faceOf(prediction);
      const actual = measure(prediction, result, resultParams);
      rows.push({ prediction: face, guess, actual, comparison: actual === null ? null : compareGuess(prediction.kind, guess, actual) });
      if (actual === null) continue;
      entries.push({
        sandbox: definition.id,
        resultsVersion: definition.version,
        prediction: prediction.id,
        kind: prediction.kind,
        prompt: prediction.prompt.slice(0, 400),
        guess,
        actual,
        guessText: describeValue(face, guess).slice(0, 200),
        actualText: describeValue(face, actual).slice(0, 200),
        params: resultParams,
        seed: resultParams.seed,
        at,
      });
    }
    // The store keeps the newest first: recorded last to first, a run's predictions read in the order they were asked.
    const store = getProgressStore().getState();
    for (const entry of entries.reverse()) void store.recordPrediction(entry);
    setOutcome({ result, rows });
    setPending(null);
    setDrafts({});
  }, [state, pending, result, resultParams, definition]);

  const predict: PredictFirstState = {
    predictions: faces,
    drafts,
    errors,
    setDraft,
    waiting: pending !== null && state !== 'running',
    outcome: outcome && outcome.result === result ? outcome.rows : null,
  };
  return { predict, beforeRun };
}
