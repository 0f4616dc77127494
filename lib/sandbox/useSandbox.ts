'use client';

import type { z } from 'zod';
import type { WorkerLike } from '@/lib/worker/client';
import type { ApiShape, Op, RequestOf, ResponseOf } from '@/lib/worker/protocol';
import { getProgressStore } from '@/lib/progress/store';
import { downloadResults } from './download';
import { useParamsForm } from './useParamsForm';
import { useSandboxRun } from './useSandboxRun';

type Scalar = number | boolean | string;

/**
 * A sandbox's form and its worker run, joined: Run validates and starts, Download saves the last
 * good result with its params and seed, Copy link carries the settings. `frame` holds the props every
 * SandboxFrame takes from them, so each view adds only its title, progress text, controls and results.
 */
export function useSandbox<Api extends ApiShape, K extends Op<Api>, T extends RequestOf<Api, K> & Record<string, Scalar> & { seed: number }>(options: {
  id: string;
  version: number;
  schema: z.ZodType<T>;
  defaults: T;
  spawn: () => WorkerLike;
  op: K;
  silenceTimeoutMs?: number;
  /** What the download holds of a result (e.g. without large file bytes); the result itself by default. */
  forDownload?: (result: ResponseOf<Api, K>) => unknown;
}) {
  const { id, version, schema, defaults, spawn, op, silenceTimeoutMs, forDownload } = options;
  const form = useParamsForm(id, schema, defaults);
  const run = useSandboxRun<Api, K>(spawn, op, silenceTimeoutMs ? { silenceTimeoutMs } : {});
  /** Keeps a passed exercise in the progress store, with the params, seed, answers and result that passed it. */
  const recordPass = (exerciseId: string, answers: Record<string, string>, verdict: { feedback: string }) => {
    const params = run.resultRequest as T | null;
    if (run.result === null || !params) return;
    const stored = forDownload ? forDownload(run.result) : run.result;
    const text = JSON.stringify(stored);
    getProgressStore().getState().recordExercisePass(exerciseId, {
      sandbox: id,
      resultsVersion: version,
      passedAt: new Date().toISOString(),
      params,
      seed: params.seed,
      answers,
      feedback: verdict.feedback.slice(0, 2000),
      // Keep results up to about 200 kB; larger ones are verified by re-running, not by comparison.
      result: text.length <= 200_000 ? (JSON.parse(text) as unknown) : null,
    });
  };
  const frame = {
    id,
    recordPass,
    state: run.state,
    error: run.error,
    cancelled: run.cancelled,
    notice: form.notice,
    onRun: () => {
      const params = form.validate();
      if (params) run.run(params);
    },
    onCancel: run.cancel,
    onRetry: run.retry,
    onCopyLink: form.copyLink,
    onDownload: () => {
      const params = run.resultRequest as T | null;
      if (run.result !== null && params) downloadResults(id, version, params, forDownload ? forDownload(run.result) : run.result);
    },
  };
  return { form, run, frame };
}
