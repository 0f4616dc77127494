import type { z } from 'zod';
import type { EngineLoaders } from '@/lib/engines/warm';
import type { EngineId } from '@/lib/engines/kinds';
import { serveWorker, type HandlerContext, type WorkerScope } from '@/lib/worker/host';
import type { RunApi } from './define';
import type { SandboxParams } from './params';

/** What a sandbox's compute code may use of where it runs: a clock and the engines. Node tests pass their own. */
export interface SandboxEnv {
  now(): number;
  engines: EngineLoaders;
}

export interface RunContext<G> {
  progress(progress: G): void;
  env: SandboxEnv;
}

/**
 * A sandbox's worker code, apart from its worker boot: a schema and a run function. vitest serves it
 * through the real protocol in-process; worker.ts serves it in a browser worker.
 */
export interface SandboxHandler<P extends SandboxParams, R, G> {
  schema: z.ZodType<P>;
  run(params: P, context: RunContext<G>): R | Promise<R>;
  /** Engines to load when the page asks the worker to warm up (before the first Run). */
  engines?: readonly EngineId[];
}

export function defineHandler<P extends SandboxParams, R, G>(handler: SandboxHandler<P, R, G>): SandboxHandler<P, R, G> {
  return handler;
}

/** The worker side of a sandbox: "run" parses the request with the sandbox's schema, then runs; "warm" loads its engines. */
export type WarmApi = { warm: { request: null; response: { engines: EngineId[] }; progress: never } };

export function serveSandbox<P extends SandboxParams, R, G>(handler: SandboxHandler<P, R, G>, scope: WorkerScope, env: SandboxEnv): void {
  serveWorker<RunApi<unknown, R, G> & WarmApi>(
    {
      run: (request: unknown, context: HandlerContext<G>) => handler.run(handler.schema.parse(request), { progress: context.progress, env }),
      warm: async () => {
        const engines = [...(handler.engines ?? [])];
        await Promise.all(engines.map((engine) => env.engines.preload(engine)));
        return { engines };
      },
    },
    scope,
  );
}
