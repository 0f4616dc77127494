import { defineSandbox } from '@/lib/sandbox/define';
import { sandboxTemplateExercises } from './exercises';
import { defaultSandboxTemplateParams, RESULTS_VERSION, SANDBOX_ID, sandboxTemplateParamsSchema, type SandboxTemplateProgress } from './model';

/** The sandbox without its view: the view, the frame, the review page and the tests all read this. */
export const definition = defineSandbox({
  id: SANDBOX_ID,
  version: RESULTS_VERSION,
  schema: sandboxTemplateParamsSchema,
  defaults: defaultSandboxTemplateParams,
  controls: {
    points: { label: 'Points thrown', hint: '1,000 to 10,000,000 random points in the unit square.' },
    seed: { label: 'Seed', hint: 'The same seed throws the same points.' },
  },
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: sandboxTemplateExercises,
  // Annotated: nothing else in the definition names the progress type, so it would be inferred as unknown.
  progress: (p: SandboxTemplateProgress) => ({ fraction: p.fraction, label: `Throwing points… ${Math.round(p.fraction * 100)}%` }),
  explain: (result) => [
    `${result.inside.toLocaleString('en-US')} of your ${result.points.toLocaleString('en-US')} points landed inside the quarter circle, so π ≈ 4 × ${(result.inside / result.points).toFixed(4)} = ${result.estimate.toFixed(4)}.`,
    `That is ${Math.abs(result.error).toFixed(4)} from π; with this many points the estimate typically lands within ${result.standardError.toFixed(4)} (one standard error).`,
  ],
  // "Predict first": one or two questions about the trade-off, answerable before Run; `actual` reads the answer from the result.
  predictions: [
    {
      id: 'inside',
      prompt: 'How many of your points will land inside the quarter circle?',
      kind: 'number',
      unit: 'points',
      min: 0,
      max: 10_000_000,
      integer: true,
      actual: (result) => result.inside,
    },
  ],
});
