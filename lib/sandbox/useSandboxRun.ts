'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { EngineId, EngineStatus } from '@/lib/engines/kinds';
import { WorkerClient } from '@/lib/worker/client';
import { isAbortError } from '@/lib/worker/protocol';
import type { RunApi, SandboxDefinition } from './define';
import type { SandboxParams } from './params';
import type { WarmApi } from './serve';

export type RunState = 'idle' | 'running' | 'done' | 'error';

/** Progress reaches React at most this often, so a chatty worker cannot keep the main thread re-rendering. */
const PROGRESS_INTERVAL_MS = 100;

export interface SandboxRun<P, R, G> {
  state: RunState;
  progress: G | null;
  /** The last good result; kept on screen through later errors and cancels. */
  result: R | null;
  /** The params that produced `result`. */
  resultParams: P | null;
  /** How long the run that produced `result` took, in ms, from Run to its answer (engines' loading included). */
  resultMs: number | null;
  error: Error | null;
  /** Set when the latest run was cancelled by the reader. */
  cancelled: boolean;
  /** The engines' load status, as the worker last reported it. */
  engines: Partial<Record<EngineId, EngineStatus>>;
  run(params: P): void;
  cancel(): void;
  retry(): void;
  /** Starts the worker and loads its engines before the first Run (the sandbox came near the viewport). */
  warm(): void;
}

/**
 * Drives a sandbox's worker from its view. The worker lives as long as the view, so its engines stay
 * loaded between runs; a new run cancels the one before it, and a generation counter drops any
 * answer that arrives for a run that is no longer current. Cancelling ends the worker (a synchronous
 * loop cannot be interrupted otherwise); the engines load again on the next warm-up or run.
 */
export function useSandboxRun<P extends SandboxParams, R, G>(definition: SandboxDefinition<P, R, G>): SandboxRun<P, R, G> {
  const clientRef = useRef<WorkerClient<RunApi<P, R, G> & WarmApi> | null>(null);
  const controllerRef = useRef<AbortController | null>(null);
  const generationRef = useRef(0);
  const lastParamsRef = useRef<P | null>(null);
  const pendingProgressRef = useRef<G | null>(null);
  const progressTimerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [state, setState] = useState<RunState>('idle');
  const [progress, setProgress] = useState<G | null>(null);
  const [result, setResult] = useState<{ value: R; params: P; ms: number } | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [engines, setEngines] = useState<Partial<Record<EngineId, EngineStatus>>>({});

  const client = useCallback(() => {
    clientRef.current ??= new WorkerClient<RunApi<P, R, G> & WarmApi>(definition.spawn, undefined, (status) => setEngines((all) => ({ ...all, [status.engine]: status })));
    return clientRef.current;
  }, [definition]);

  useEffect(
    () => () => {
      controllerRef.current?.abort();
      clientRef.current?.terminate();
    },
    [],
  );

  const warm = useCallback(() => {
    // Start the worker now either way: its script is fetched and compiled while the reader reads, not on Run.
    const worker = client();
    if (!definition.engines?.length) {
      worker.start();
      return;
    }
    // A failed warm-up shows as the engine's error status (with Retry); the run itself reports its own errors.
    worker
      .run('warm', null, { silenceTimeoutMs: 0 })
      .catch(() => undefined);
  }, [client, definition]);

  const run = useCallback(
    (params: P) => {
      controllerRef.current?.abort();
      const controller = new AbortController();
      controllerRef.current = controller;
      const generation = ++generationRef.current;
      lastParamsRef.current = params;
      setState('running');
      setProgress(null);
      pendingProgressRef.current = null;
      setError(null);
      setCancelled(false);
      const isCurrent = () => generation === generationRef.current;
      const started = performance.now();
      client()
        .run('run', params, {
          signal: controller.signal,
          silenceTimeoutMs: definition.silenceTimeoutMs ?? 30_000,
          onProgress: (value) => {
            if (!isCurrent()) return;
            // A worker may report hundreds of times a second; the page draws at most every 100 ms.
            pendingProgressRef.current = value;
            if (progressTimerRef.current !== null) return;
            progressTimerRef.current = setTimeout(() => {
              progressTimerRef.current = null;
              if (isCurrent() && pendingProgressRef.current !== null) setProgress(pendingProgressRef.current);
            }, PROGRESS_INTERVAL_MS);
          },
        })
        .then(
          (value) => {
            if (!isCurrent()) return;
            setResult({ value, params, ms: performance.now() - started });
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
    [client, definition],
  );

  const cancel = useCallback(() => {
    if (!controllerRef.current || controllerRef.current.signal.aborted) return;
    generationRef.current++;
    controllerRef.current.abort();
    setCancelled(true);
    setProgress(null);
    setEngines({});
    setState((previous) => (previous === 'running' ? 'idle' : previous));
  }, []);

  const retry = useCallback(() => {
    if (lastParamsRef.current !== null) run(lastParamsRef.current);
  }, [run]);

  return { state, progress, result: result?.value ?? null, resultParams: result?.params ?? null, resultMs: result?.ms ?? null, error, cancelled, engines, run, cancel, retry, warm };
}
