'use client';

import { useId } from 'react';
import type { PredictFirstState } from './usePredictFirst';
import { describeValue } from '@/lib/sandbox/prediction';
import { Field } from './fields';

/**
 * "Predict first", inside the sandbox's form just before Run: one group per prediction (its question
 * as the legend, the field labelled "Your guess"), optional (an empty field is skipped), its message beside it. Enter in a field presses Run.
 */
export function PredictFirst({ predict }: { predict: PredictFirstState }) {
  const noteId = useId();
  if (predict.predictions.length === 0) return null;
  return (
    <fieldset className="predict" data-predict aria-describedby={noteId}>
      <legend>Predict first (optional)</legend>
      <p id={noteId} className="field-hint">
        Before you press Run, write down what you expect. Your guess is kept with these settings and set beside what the run measures; leave a field empty to skip it.
      </p>
      {predict.predictions.map((prediction) => (
        // Each guess in its own group named by its question, its field labelled "Your guess": a prompt
        // quotes the sandbox's settings, so a label made of it would also answer to their names.
        <fieldset key={prediction.id} className="predict-item" data-prediction={prediction.id}>
          <legend>{prediction.prompt}</legend>
          <Field label="Your guess" hint={prediction.kind === 'number' ? prediction.unit : undefined} error={predict.errors[prediction.id]}>
            {({ id, describedBy, invalid }) =>
              prediction.kind === 'number' ? (
                <input
                  id={id}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  maxLength={40}
                  value={predict.drafts[prediction.id] ?? ''}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                  onChange={(event) => predict.setDraft(prediction.id, event.target.value)}
                />
              ) : (
                <select id={id} value={predict.drafts[prediction.id] ?? ''} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => predict.setDraft(prediction.id, event.target.value)}>
                  <option value="">— skip —</option>
                  {prediction.choices.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.label}
                    </option>
                  ))}
                </select>
              )
            }
          </Field>
        </fieldset>
      ))}
      {predict.waiting && (
        <p className="field-hint" data-predict-waiting>
          Your prediction waits for a run that finishes; press Run again to compare it.
        </p>
      )}
    </fieldset>
  );
}

/** Each prediction beside what this run measured and how far off it was; shown while that run's result is on screen. */
export function PredictOutcome({ predict }: { predict: PredictFirstState }) {
  const titleId = useId();
  if (!predict.outcome || predict.outcome.length === 0) return null;
  return (
    <section className="predict-outcome" data-predict-outcome aria-labelledby={titleId}>
      <p id={titleId} className="sandbox-part">
        Your prediction against this run
      </p>
      <ul>
        {predict.outcome.map((row) => (
          <li key={row.prediction.id} data-prediction-outcome={row.prediction.id} data-verdict={row.comparison?.verdict ?? 'unmeasured'}>
            <span className="predict-prompt">{row.prediction.prompt}</span> You predicted <strong data-guess>{describeValue(row.prediction, row.guess)}</strong>
            {row.actual === null ? (
              <>; this run did not measure it, so it was not compared.</>
            ) : (
              <>
                ; this run measured <strong data-actual>{describeValue(row.prediction, row.actual)}</strong>. <span data-comparison>{row.comparison?.text}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      {predict.outcome.some((row) => row.actual !== null) && <p className="field-hint">Kept on your progress page with these settings.</p>}
    </section>
  );
}
