import type { z } from 'zod';
import type { WorkerLike } from '@/lib/worker/client';
import type { Exercise } from './exercise';

/**
 * What it takes to run a sandbox without its view: its worker, op, params schema, results version,
 * exercises, and the form its results are kept in. The views use it, and so does the review page
 * that re-runs a learner's deterministic exercises from their recorded params and seed.
 */
export interface SandboxRunner<P = any, R = any> {
  id: string;
  op: string;
  version: number;
  schema: z.ZodType<P>;
  spawn(): WorkerLike;
  exercises: ReadonlyArray<Exercise<P, R>>;
  /** The result as downloads and the progress store keep it (large parts dropped); the result itself if absent. */
  forDownload?: (result: R) => unknown;
}
