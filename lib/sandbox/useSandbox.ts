'use client';

import { useCallback } from 'react';
import { getProgressStore } from '@/lib/progress/store';
import type { SandboxDefinition } from './define';
import { downloadResults } from './download';
import type { Verdict } from './exercise';
import type { SandboxParams } from './params';
import { useParamsForm } from './useParamsForm';
import { useSandboxRun } from './useSandboxRun';

/** Results up to about this size are kept with a passed exercise; larger ones are checked by re-running. */
const KEEP_RESULT_CHARS = 200_000;

/**
 * A sandbox's form and its worker run, joined, from its one definition: Run validates and starts,
 * Download saves the last good result with its params and seed, Copy link carries the settings, a
 * passed exercise is recorded with the run that passed it. `frame` is everything SandboxFrame needs
 * from them, so a view adds only its controls and its results.
 */
export function useSandbox<P extends SandboxParams, R, G>(definition: SandboxDefinition<P, R, G>) {
  const form = useParamsForm<P>(definition);
  const run = useSandboxRun(definition);
  const kept = useCallback((result: R) => (definition.forDownload ? definition.forDownload(result) : result), [definition]);

  const recordPass = useCallback(
    (exerciseId: string, answers: Record<string, string>, verdict: Verdict) => {
      const params = run.resultParams;
      if (run.result === null || !params) return;
      const text = JSON.stringify(kept(run.result));
      void getProgressStore()
        .getState()
        .recordExercisePass(exerciseId, {
          sandbox: definition.id,
          resultsVersion: definition.version,
          passedAt: new Date().toISOString(),
          params,
          seed: params.seed,
          answers,
          feedback: verdict.feedback.slice(0, 2000),
          result: text.length <= KEEP_RESULT_CHARS ? (JSON.parse(text) as unknown) : null,
        });
    },
    [run.result, run.resultParams, definition, kept],
  );

  const frame = {
    definition,
    run,
    form,
    recordPass,
    /** Validates the form and runs; `accept` sees the settings first and may stop the run (a prediction that does not validate). */
    onRun: (accept?: (params: P) => boolean) => {
      const params = form.validate();
      if (params && (accept?.(params) ?? true)) run.run(params);
    },
    onDownload: () => {
      if (run.result !== null && run.resultParams) downloadResults(definition.id, definition.version, run.resultParams, kept(run.result));
    },
  };
  return { form, run, frame };
}

export type SandboxHandle<P extends SandboxParams, R, G> = ReturnType<typeof useSandbox<P, R, G>>['frame'];
