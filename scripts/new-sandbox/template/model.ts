import { z } from 'zod';

export const SANDBOX_ID = 'sandbox-template';
/** Bump it when a result or the params change shape, so old runs are not compared with new ones. */
export const RESULTS_VERSION = 1;

/** Every setting, with the message the reader sees beside its control when a value is refused. */
export const sandboxTemplateParamsSchema = z.object({
  points: z
    .number({ error: 'Enter a whole number of points.' })
    .int('Enter a whole number of points.')
    .min(1_000, 'Use at least 1,000 points.')
    .max(10_000_000, 'At most 10,000,000 points.'),
  seed: z
    .number({ error: 'Enter a whole number as the seed.' })
    .int('Enter a whole number as the seed.')
    .min(0, 'The seed is 0 or more.')
    .max(4_294_967_295, 'The seed fits in 32 bits (at most 4,294,967,295).'),
});
export type SandboxTemplateParams = z.infer<typeof sandboxTemplateParamsSchema>;

export const defaultSandboxTemplateParams: SandboxTemplateParams = { points: 1_000_000, seed: 42 };

export interface SandboxTemplateProgress {
  fraction: number;
}

export interface SandboxTemplateResult {
  points: number;
  /** Points that landed inside the quarter circle of radius 1. */
  inside: number;
  /** 4 × inside / points. */
  estimate: number;
  /** estimate − π. */
  error: number;
  /** The standard error of the estimate: 4 √(p (1 − p) / points), with p = π / 4. */
  standardError: number;
  ms: number;
}
