'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { WorkerClient, type WorkerLike } from '@/lib/worker/client';
import { isAbortError, type ApiShape, type Op, type ProgressOf, type RequestOf, type ResponseOf } from '@/lib/worker/protocol';

export type RunState = 'idle' | 'running' | 'done' | 'error';

export interface SandboxRun<Api extends ApiShape, K extends Op<Api>> {
  state: RunState;
  progress: ProgressOf<Api, K> | null;
  /** The last good result; kept on screen through later errors and cancels. */
  result: ResponseOf<Api, K> | null;
  /** The request that produced `result`. */
  resultRequest: RequestOf<Api, K> | null;
  error: Error | null;
  /** Set when the latest run was cancelled by the reader. */
  cancelled: boolean;
  run(request: RequestOf<Api, K>): void;
  cancel(): void;
  retry(): void;
}

/**
 * Drives one operation of a sandbox's worker from a view. A new run cancels the one before it, and a
 * generation counter drops any answer that arrives for a run that is no longer current.
 */
export function useSandboxRun<Api extends ApiShape, K extends Op<Api>>(
  spawn: () => WorkerLike,
  op: K,
  options: { silenceTimeoutMs?: number } = {},
): SandboxRun<Api, K> {
  const clientRef = useRef<WorkerClient<Api> | null>(null);
  const controllerRef = useRef<AbortController | null>(null);
  const generationRef = useRef(0);
  const lastRequestRef = useRef<RequestOf<Api, K> | null>(null);
  const spawnRef = useRef(spawn);
  const [state, setState] = useState<RunState>('idle');
  const [progress, setProgress] = useState<ProgressOf<Api, K> | null>(null);
  const [result, setResult] = useState<{ value: ResponseOf<Api, K>; request: RequestOf<Api, K> } | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [cancelled, setCancelled] = useState(false);

  useEffect(
    () => () => {
      controllerRef.current?.abort();
      clientRef.current?.terminate();
    },
    [],
  );

  const run = useCallback(
    (request: RequestOf<Api, K>) => {
      controllerRef.current?.abort();
      const controller = new AbortController();
      controllerRef.current = controller;
      const generation = ++generationRef.current;
      lastRequestRef.current = request;
      clientRef.current ??= new WorkerClient<Api>(() => spawnRef.current());
      setState('running');
      setProgress(null);
      setError(null);
      setCancelled(false);
      const isCurrent = () => generation === generationRef.current;
      clientRef.current
        .run(op, request, {
          signal: controller.signal,
          silenceTimeoutMs: options.silenceTimeoutMs ?? 30_000,
          onProgress: (value) => isCurrent() && setProgress(value),
        })
        .then(
          (value) => {
            if (!isCurrent()) return;
            setResult({ value, request });
            setState('done');
          },
          (reason: unknown) => {
            if (!isCurrent()) return;
            if (isAbortError(reason)) return; // cancel() already set the state
            setError(reason instanceof Error ? reason : new Error(String(reason)));
            setState('error');
          },
        );
    },
    [op, options.silenceTimeoutMs],
  );

  const cancel = useCallback(() => {
    if (!controllerRef.current || controllerRef.current.signal.aborted) return;
    generationRef.current++;
    controllerRef.current.abort();
    setCancelled(true);
    setProgress(null);
    setState((previous) => (previous === 'running' ? 'idle' : previous));
  }, []);

  const retry = useCallback(() => {
    if (lastRequestRef.current !== null) run(lastRequestRef.current);
  }, [run]);

  return {
    state,
    progress,
    result: result?.value ?? null,
    resultRequest: result?.request ?? null,
    error,
    cancelled,
    run,
    cancel,
    retry,
  };
}
