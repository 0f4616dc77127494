import type { z } from 'zod';
import { WorkerClient, type WorkerLike } from '@/lib/worker/client';
import type { EngineId } from '@/lib/engines/kinds';
import { isDeterministic, type Exercise, type ExerciseField, type Verdict } from './exercise';
import { faceOf, measure, type Guess, type Prediction, type PredictionFace } from './prediction';
import type { SandboxParams } from './params';

/** How a run's progress reads under the Run button: 0..1 when known, null for "working, no estimate". */
export interface SandboxProgress {
  fraction: number | null;
  label: string;
}

/** One setting's control: its label and hint (the exercises name settings by the same label). */
export interface ControlSpec {
  label: string;
  hint?: string;
  /** A number that may have decimals (the phone keyboard shows a decimal point). */
  decimal?: boolean;
  /** A choice: [value, text] pairs, in the order shown. */
  options?: ReadonlyArray<readonly [string, string]>;
  /** A script setting: the version of its actions' shape, carried with it in links. */
  scriptVersion?: number;
}

export type Controls<P> = { readonly [K in keyof P]-?: ControlSpec };

/** Every sandbox's worker serves one operation, "run", typed by the sandbox's params, result and progress. */
export type RunApi<P, R, G> = { run: { request: P; response: R; progress: G } };

/**
 * The one description of a sandbox: everything but its view. The view, the frame, the registry,
 * the assignment review and the tests all read it, so nothing about a sandbox is said twice.
 */
export interface SandboxDefinition<P extends SandboxParams, R, G = unknown> {
  id: string;
  /** The results' version: bump it when a result or the params change shape, so old runs are not compared with new ones. */
  version: number;
  schema: z.ZodType<P>;
  defaults: P;
  controls: Controls<P>;
  spawn(): WorkerLike;
  exercises: ReadonlyArray<Exercise<P, R>>;
  /** A run that reports nothing for this long is taken as hung; 30 s unless set. */
  silenceTimeoutMs?: number;
  /** What downloads and the progress store keep of a result (large parts dropped); the result itself if absent. */
  forDownload?(result: R): unknown;
  /** The status line while running. */
  progress?(progress: G): SandboxProgress;
  /** "What your run shows": sentences computed from the run, shown first in the results. */
  explain?(result: R, params: P): string[];
  /** Engines the worker opens; the frame shows their status, and they start loading before the first Run. */
  engines?: readonly EngineId[];
  /** Settings for a quick run (a few seconds at most): the contract tests run these over the defaults. */
  quick?: Partial<P>;
  /** Bigger runs one click away: each fills in its settings over the form (the reader still presses Run). */
  larger?: ReadonlyArray<{ label: string; settings: Partial<P> }>;
  /**
   * The work a run does, in any unit its time grows in proportion to (rows × repeats, say). The frame
   * scales the last run's measured time by it to estimate a run at other settings, and says how many
   * times the defaults' work each larger run is.
   */
  cost?(params: P): number;
  /**
   * "Predict first": one or two questions the frame asks before Run (a number or a choice), each
   * recorded with the run's settings and compared with what `actual` reads from that run's result.
   */
  predictions?: ReadonlyArray<Prediction<P, R>>;
}

export function defineSandbox<P extends SandboxParams, R, G = unknown>(definition: SandboxDefinition<P, R, G>): SandboxDefinition<P, R, G> {
  return definition;
}

/** An exercise as the assignment pages see it, whatever its sandbox. */
export interface ExerciseFace {
  id: string;
  sandbox: string;
  prompt: string;
  fields: readonly ExerciseField[];
}

export type ParsedParams = { ok: true; params: SandboxParams } | { ok: false; message: string };

/**
 * A sandbox with its types erased: what registries, the review page and the contract tests hold.
 * Everything that takes `unknown` parses it first, so a forged submission meets the sandbox's own
 * schema before any of its code.
 */
export interface ErasedSandbox {
  id: string;
  version: number;
  defaults: SandboxParams;
  quick: Partial<SandboxParams>;
  silenceTimeoutMs: number;
  exercises: readonly ExerciseFace[];
  parse(params: unknown): ParsedParams;
  isDeterministic(exerciseId: string, params: SandboxParams): boolean;
  /** What a re-run must reproduce for this exercise (the whole kept result when the exercise says nothing). */
  evidence(exerciseId: string, kept: unknown): unknown;
  check(exerciseId: string, result: unknown, answers: Readonly<Record<string, string>>, params: SandboxParams): Verdict;
  forDownload(result: unknown): unknown;
  /** The sandbox's predictions as the reader sees them (no `actual`). */
  predictions: readonly PredictionFace[];
  /** What a run measured for one prediction; null when the result does not hold it. */
  measure(predictionId: string, result: unknown, params: SandboxParams): Guess | null;
  /** Runs it in a fresh worker from these params and returns the raw result. */
  rerun(params: SandboxParams, options?: { signal?: AbortSignal }): Promise<unknown>;
}

export function erase<P extends SandboxParams, R, G>(definition: SandboxDefinition<P, R, G>): ErasedSandbox {
  const find = (exerciseId: string): Exercise<P, R> => {
    const exercise = definition.exercises.find((e) => e.id === exerciseId);
    if (!exercise) throw new Error(`The sandbox “${definition.id}” has no exercise “${exerciseId}”.`);
    return exercise;
  };
  // The params reaching these have been through parse(), which only returns what the schema accepts.
  const own = (params: SandboxParams) => params as P;
  const asResult = (result: unknown) => result as R;
  return {
    id: definition.id,
    version: definition.version,
    defaults: definition.defaults,
    quick: definition.quick ?? {},
    silenceTimeoutMs: definition.silenceTimeoutMs ?? 30_000,
    exercises: definition.exercises.map((e) => ({ id: e.id, sandbox: definition.id, prompt: e.prompt, fields: e.fields })),
    parse(params) {
      const parsed = definition.schema.safeParse(params);
      if (parsed.success) return { ok: true, params: parsed.data };
      const issue = parsed.error.issues[0];
      return { ok: false, message: `${issue?.path.join('.') || 'settings'}: ${issue?.message ?? 'not valid'}` };
    },
    isDeterministic: (exerciseId, params) => isDeterministic(find(exerciseId), own(params)),
    evidence(exerciseId, kept) {
      const exercise = find(exerciseId);
      return exercise.evidence ? exercise.evidence(asResult(kept)) : kept;
    },
    check(exerciseId, result, answers, params) {
      try {
        return find(exerciseId).check(asResult(result), answers, own(params));
      } catch {
        return { pass: false, feedback: 'The result is not in the form this sandbox produces.' };
      }
    },
    forDownload: (result) => (definition.forDownload ? definition.forDownload(asResult(result)) : result),
    predictions: (definition.predictions ?? []).map(faceOf),
    measure(predictionId, result, params) {
      const prediction = definition.predictions?.find((p) => p.id === predictionId);
      return prediction ? measure(prediction, asResult(result), own(params)) : null;
    },
    async rerun(params, options = {}) {
      const client = new WorkerClient<RunApi<P, R, G>>(definition.spawn);
      try {
        return await client.run('run', own(params), { silenceTimeoutMs: Math.max(180_000, definition.silenceTimeoutMs ?? 0), signal: options.signal });
      } finally {
        client.terminate();
      }
    },
  };
}
