import { browserEnv } from '@/lib/engines/browser';
import type { WorkerScope } from '@/lib/worker/host';
import type { SandboxParams } from './params';
import { serveSandbox, type SandboxHandler } from './serve';

/** A sandbox's worker.ts is this one call: serve its handler in this worker, with warm engines whose status goes to the page. */
export function bootSandboxWorker<P extends SandboxParams, R, G>(handler: SandboxHandler<P, R, G>): void {
  const scope = self as unknown as WorkerScope;
  serveSandbox(handler, scope, browserEnv((status) => scope.postMessage({ type: 'engine', status })));
}
