import { browserEnv } from '@/lib/engines/browser';
import type { WorkerScope } from '@/lib/worker/host';
import type { SandboxParams } from './params';
import { serveSandbox, type SandboxEnv, type SandboxHandler } from './serve';

/** Starts worker code in this worker: its scope, and warm engines whose status goes to the page. */
export function bootWorker(serve: (scope: WorkerScope, env: SandboxEnv) => void): void {
  const scope = self as unknown as WorkerScope;
  serve(scope, browserEnv((status) => scope.postMessage({ type: 'engine', status })));
}

/** A sandbox's worker.ts is this one call: serve its handler in this worker, with warm engines whose status goes to the page. */
export function bootSandboxWorker<P extends SandboxParams, R, G>(handler: SandboxHandler<P, R, G>): void {
  bootWorker((scope, env) => serveSandbox(handler, scope, env));
}
