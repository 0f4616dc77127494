import { defineSandbox } from '@/lib/sandbox/define';
import { deliveryExercises } from './exercises';
import { explainRun } from './explain';
import { defaultDeliveryParams, deliveryParamsSchema, FAULTS_VERSION, modeLabel, modes, overflowLabel, overflows, RESULTS_VERSION, SANDBOX_ID, type DeliveryProgress } from './model';

/** The sandbox without its view: the view, the frame, the review page and the tests all read this. */
export const definition = defineSandbox({
  id: SANDBOX_ID,
  version: RESULTS_VERSION,
  schema: deliveryParamsSchema,
  defaults: defaultDeliveryParams,
  controls: {
    mode: { label: 'Delivery mode', hint: 'At most once commits before writing, at least once after; every mode also runs on the same faults, for the comparison.', options: modes.map((m) => [m, modeLabel[m]] as const) },
    messages: { label: 'Messages', hint: 'm-1 to m-N, 2 to 20,000.' },
    produceRate: { label: 'Producer rate (messages/s)', hint: 'Steady, round-robin over the partitions.', decimal: true },
    partitions: { label: 'Partitions', hint: '1 to 8; partition p belongs to consumer p mod consumers.' },
    consumers: { label: 'Consumers in the group', hint: '1 to 4, at most one per partition.' },
    maxPollRecords: { label: 'Records per poll', hint: 'At most; Kafka’s max.poll.records (default 500).' },
    writeMs: { label: 'Sink write time (ms)', hint: 'Per record; a commit takes 1 ms.', decimal: true },
    autoCommitMs: { label: 'Auto-commit interval (ms)', hint: 'Auto-commit mode only; Kafka’s auto.commit.interval.ms (default 5,000).', decimal: true },
    maxPollIntervalMs: { label: 'Poll interval limit (ms)', hint: 'A consumer slower than this between polls loses its partitions; Kafka’s max.poll.interval.ms (default 300,000).', decimal: true },
    restartMs: { label: 'Restart time (ms)', hint: 'Until a crashed or evicted consumer’s partitions are read again.', decimal: true },
    buffer: { label: 'Buffer (messages)', hint: 'Messages past the committed offsets the pipeline holds at most.' },
    overflow: { label: 'When the buffer is full', hint: 'Waiting is backpressure; a Kafka topic itself has no bound.', options: overflows.map((o) => [o, overflowLabel[o]] as const) },
    transientRate: { label: 'Transient failure rate', hint: 'Chance that one write attempt fails for a moment (0.01 is 1 %).', decimal: true },
    maxAttempts: { label: 'Attempts before the DLQ', hint: '1 to 10 tries per record.' },
    backoffMs: { label: 'Backoff base (ms)', hint: 'Retry k waits a random time up to base × 2^(k−1) (full jitter).', decimal: true },
    backoffCapMs: { label: 'Backoff cap (ms)', hint: 'No wait’s ceiling goes above this.', decimal: true },
    classify: { label: 'Send poison messages to the DLQ at once (retry only transient failures)' },
    replay: { label: 'Deploy the fix at the end and replay the DLQ' },
    faults: {
      label: 'Faults',
      hint: 'Crashes and rebalances strike a numbered poll (counting the polls that returned records, across the group); a poison message fails every write until the fix.',
      scriptVersion: FAULTS_VERSION,
    },
    seed: { label: 'Seed', hint: 'Draws the transient failures and the jitter; the same seed gives the same run.' },
  },
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: deliveryExercises,
  // Annotated: nothing else in the definition names the progress type, so it would be inferred as unknown.
  progress: (p: DeliveryProgress) => ({ fraction: p.total ? p.done / p.total : null, label: `Simulating the modes… ${p.done} of ${p.total}` }),
  explain: explainRun,
  predictions: [
    {
      id: 'lost',
      prompt: 'Under the mode you chose, how many messages will be lost: in neither the sink nor the dead-letter queue?',
      kind: 'number',
      unit: 'messages',
      min: 0,
      max: 10_000_000,
      integer: true,
      actual: (result) => result.rows.find((r) => r.mode === result.mode)!.lost,
    },
    {
      id: 'duplicated',
      prompt: 'Under plain at-least-once delivery, with the same faults, how many messages will the sink hold more than once?',
      kind: 'number',
      unit: 'messages',
      min: 0,
      max: 10_000_000,
      integer: true,
      actual: (result) => result.rows.find((r) => r.mode === 'at-least-once')!.duplicated,
    },
  ],
});
