import { describe, expect, it } from 'vitest';
import { nodeEnv } from '@/lib/engines/node';
import { serveSandbox, type SandboxHandler, type WarmApi } from '@/lib/sandbox/serve';
import type { RunApi } from '@/lib/sandbox/define';
import type { SandboxParams } from '@/lib/sandbox/params';
import { WorkerClient } from '@/lib/worker/client';
import { createInProcessWorker } from '@/lib/worker/inProcess';
import { loadDefinition, sandboxIds } from './catalog';

/**
 * Every built sandbox, through the real worker protocol in-process (structured clone, transfer,
 * the envelope's zod checks): its handler, served as its worker serves it, runs from the
 * definition's defaults (or its `quick` settings) to a result every exercise can read and a
 * download can hold.
 */
const handlers = import.meta.glob<{ handler: SandboxHandler<SandboxParams, unknown, unknown> }>('./*/handler.ts');

describe.each(sandboxIds)('sandbox %s through the worker protocol', (id) => {
  it('has its handler apart from its worker boot', () => {
    expect(Object.keys(handlers)).toContain(`./${id}/handler.ts`);
  });

  it('runs from its defaults to a result its exercises, its predictions and its download can read', async () => {
    const sandbox = await loadDefinition(id);
    const { handler } = await handlers[`./${id}/handler.ts`]!();
    const statuses: string[] = [];
    const env = nodeEnv((s) => statuses.push(`${s.engine}:${s.state}`));
    const client = new WorkerClient<RunApi<SandboxParams, unknown, unknown> & WarmApi>(() => createInProcessWorker((scope) => serveSandbox(handler, scope, env)));
    const parsed = sandbox.parse({ ...sandbox.defaults, ...sandbox.quick });
    expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
    if (!parsed.ok) return;
    try {
      const result = await client.run('run', parsed.params, { silenceTimeoutMs: 120_000 });
      expect(result).not.toBeNull();
      const kept = JSON.parse(JSON.stringify(sandbox.forDownload(result))) as unknown;
      expect(kept).toBeTypeOf('object');
      for (const exercise of sandbox.exercises) {
        const verdict = sandbox.check(exercise.id, result, {}, parsed.params);
        expect(verdict.feedback, exercise.id).not.toBe('The result is not in the form this sandbox produces.');
        expect(() => sandbox.evidence(exercise.id, kept), exercise.id).not.toThrow();
      }
      // Every prediction reads its measured value from this run (a number, or one of its choices).
      for (const prediction of sandbox.predictions) expect(sandbox.measure(prediction.id, result, parsed.params), `prediction ${prediction.id}`).not.toBeNull();
      // Engines report loading then ready, once each, whatever the run opened.
      for (const engine of new Set(statuses.map((s) => s.split(':')[0]))) expect(statuses.filter((s) => s === `${engine}:ready`), engine).toHaveLength(1);
    } finally {
      client.terminate();
    }
  }, 180_000);
});
