import type { SandboxRunner } from '@/lib/sandbox/runner';
import type { ReadySandboxId } from './catalog';

/** Each sandbox's runner, loaded on demand (the review page re-runs only the sandboxes it needs). */
export const sandboxRunners: Record<ReadySandboxId, () => Promise<SandboxRunner>> = {
  'sum-demo': async () => (await import('./sum-demo/runner')).runner,
  layout: async () => (await import('./layout/runner')).runner,
  formats: async () => (await import('./formats/runner')).runner,
  'oltp-olap': async () => (await import('./oltp-olap/runner')).runner,
  dataflow: async () => (await import('./dataflow/runner')).runner,
  'batch-stream': async () => (await import('./batch-stream/runner')).runner,
  windows: async () => (await import('./windows/runner')).runner,
  'etl-elt': async () => (await import('./etl-elt/runner')).runner,
  'data-models': async () => (await import('./data-models/runner')).runner,
};
