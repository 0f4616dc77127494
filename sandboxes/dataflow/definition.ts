import { defineSandbox } from '@/lib/sandbox/define';
import { dataflowExercises } from './exercises';
import { explainRun } from './explain';
import { dataflowParamsSchema, defaultDataflowParams, modeLabels, modes, RESULTS_VERSION, SANDBOX_ID, SLOW_TAIL_FACTOR, type DataflowProgress } from './model';

const phaseLabels = { run: 'Simulating the chosen modes', sweep: 'Sweeping the failure rate', hops: 'Sweeping the chain length' } as const;

/** The sandbox without its view: the view, the frame, the review page and the tests all read this. */
export const definition = defineSandbox({
  id: SANDBOX_ID,
  version: RESULTS_VERSION,
  schema: dataflowParamsSchema,
  defaults: defaultDataflowParams,
  controls: {
    mode: {
      label: 'Mode',
      hint: 'Or all three side by side, on the same requests.',
      options: [
        ['all', 'All three'],
        ['db', modeLabels.db],
        ['rpc', modeLabels.rpc],
        ['bus', modeLabels.bus],
      ],
    },
    requestRate: { label: 'Requests per second', hint: 'From A, at random (Poisson) times.', decimal: true },
    runSec: { label: 'Run length (s)', hint: 'Simulated seconds, 5 to 600.', decimal: true },
    deadlineMs: { label: 'Deadline (ms)', hint: 'A request counts as served only if its data got through within this.', decimal: true },
    seed: { label: 'Seed', hint: 'The same seed gives the same run.' },
    sweep: { label: 'Sweep failure rates and chain lengths (about 150 runs)' },
    failureRate: { label: 'Failure rate per hop (p)', hint: 'A probability: 0.01 is 1 %. Every RPC hop, database query and consumer attempt fails this often.', decimal: true },
    hopLatencyMs: { label: 'Per-hop latency (ms)', hint: 'The time of one call.', decimal: true },
    latencyShape: {
      label: 'Latency shape',
      hint: `Slow tail: 1 call in 100 takes ${SLOW_TAIL_FACTOR}× as long.`,
      options: [
        ['fixed', 'Fixed'],
        ['exponential', 'Exponential (this is the mean)'],
        ['slow-tail', 'Slow tail'],
      ],
    },
    timeoutMs: { label: 'Timeout (ms)', hint: 'A caller gives up on a call after this; a failed call never answers.', decimal: true },
    retries: { label: 'Retry failed calls, with exponential backoff and full jitter' },
    maxRetries: { label: 'Retries at most', hint: '1 to 5 per call, when retries are on.' },
    backoffMs: { label: 'Backoff base (ms)', hint: 'Retry k waits a random time up to base × 2ᵏ.', decimal: true },
    hops: { label: 'Hops', hint: '1 to 10 calls, one after another.' },
    slowQueriesPerSec: { label: "B's slow queries per second", hint: 'Reports B runs on the same database.', decimal: true },
    slowQueryMs: { label: 'Slow query time (ms)', hint: 'Each holds a connection this long.', decimal: true },
    consumerRate: { label: 'Consumer rate (messages/s)', hint: 'What B can process when nothing fails.', decimal: true },
    retentionSec: { label: 'Retention (s)', hint: 'The topic deletes messages older than this, read or not.', decimal: true },
    outageStartSec: { label: 'Outage start (s)', hint: 'When B’s consumer goes down.', decimal: true },
    outageSec: { label: 'Outage length (s)', hint: '0 for none; it must end within the run.', decimal: true },
  },
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: dataflowExercises,
  progress: (p: DataflowProgress) => ({ fraction: p.total ? p.done / p.total : null, label: `${phaseLabels[p.phase]}… ${p.done} of ${p.total} runs` }),
  explain: explainRun,
  // The defaults' sweep simulates about 150 runs of 12,000 requests (3 s in Node); a 30 s run at 20 per second keeps every part, sweep included.
  quick: { requestRate: 20, runSec: 30, outageStartSec: 10, outageSec: 3 },
  predictions: [
    {
      id: 'rpc-failed',
      prompt: 'With these settings, what percentage of requests will the RPC chain fail (every attempt at some hop failed or timed out)?',
      kind: 'number',
      unit: '%',
      min: 0,
      max: 100,
      actual: (result) => Number(((result.runs.find((r) => r.mode === 'rpc')?.errorRate ?? Number.NaN) * 100).toFixed(2)),
    },
    {
      id: 'fewest-missed',
      prompt: 'Which mode will miss the fewest requests (failed, lost or later than the deadline)?',
      kind: 'choice',
      choices: modes.map((m) => ({ value: m, label: modeLabels[m] })),
      actual: (result) => result.runs.reduce((a, b) => (b.missedShare < a.missedShare ? b : a)).mode,
    },
  ],
});
