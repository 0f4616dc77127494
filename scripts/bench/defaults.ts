/**
 * npm run bench -- defaults [runs]: each ready sandbox, run from its defaults by its own handler in
 * this process (the worker's code, served through the same worker protocol the page uses), once its
 * engines are loaded: the time to its result, median of `runs` (default 3), and the time of one run
 * at its quick settings. The goal is a first result in about 3 s from the defaults on a 2-core laptop.
 */
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { nodeEnv } from '@/lib/engines/node';
import type { RunApi } from '@/lib/sandbox/define';
import type { SandboxParams } from '@/lib/sandbox/params';
import { serveSandbox, type SandboxHandler, type WarmApi } from '@/lib/sandbox/serve';
import { WorkerClient } from '@/lib/worker/client';
import { createInProcessWorker } from '@/lib/worker/inProcess';
import { loadDefinition, sandboxIds } from '@/sandboxes/catalog';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchDefaults(runs = 3, only?: string): Promise<void> {
  console.log(`defaults: time from Run to the result, engines already loaded, median of ${runs} (load average ${os.loadavg()[0]!.toFixed(1)})`);
  const rows: string[][] = [['sandbox', 'defaults s', 'runs (s)', 'quick s']];
  for (const id of sandboxIds) {
    if (only && id !== only) continue;
    const sandbox = await loadDefinition(id);
    const { handler } = (await import(`../../sandboxes/${id}/handler.ts`)) as { handler: SandboxHandler<SandboxParams, unknown, unknown> };
    const env = nodeEnv(() => {});
    const client = new WorkerClient<RunApi<SandboxParams, unknown, unknown> & WarmApi>(() => createInProcessWorker((scope) => serveSandbox(handler, scope, env)));
    try {
      await client.run('warm', null);
      const time = async (values: unknown) => {
        const parsed = sandbox.parse(values);
        if (!parsed.ok) throw new Error(`${id}: its settings do not parse`);
        const started = performance.now();
        await client.run('run', parsed.params, { silenceTimeoutMs: 600_000 });
        return (performance.now() - started) / 1000;
      };
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await time(sandbox.defaults));
      const quick = Object.keys(sandbox.quick ?? {}).length > 0 ? (await time({ ...sandbox.defaults, ...sandbox.quick })).toFixed(2) : '(defaults)';
      rows.push([id, median(times).toFixed(2), times.map((t) => t.toFixed(2)).join(' '), quick]);
      console.log(`  ${id}: ${median(times).toFixed(2)} s`);
    } finally {
      client.terminate();
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) console.log('  ' + row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  console.log();
}
