import { numberAnswer, type Exercise } from '@/lib/sandbox/exercise';
import type { DeliveryResult } from './compute';
import { countOf } from './ledger';
import type { DeliveryParams } from './model';

type DeliveryExercise = Exercise<DeliveryParams, DeliveryResult>;

/** Duplicates under at least once: one crash after the last write of a full poll. */
export const inFlight: DeliveryExercise = {
  id: 'delivery-in-flight',
  prompt:
    'Under at least once, a consumer crashes after writing all the records of poll 30 but before committing. Before you run: how many messages will the sink hold twice? Run it and enter the count of duplicated messages.',
  explore: { mode: 'at-least-once', transientRate: 0, faults: [{ kind: 'crash', batch: 30, point: 'after-write' }] },
  fields: [{ name: 'duplicated', kind: 'number', label: 'Messages duplicated' }],
  deterministic: true,
  evidence: (r) => r.rows,
  check(result, answers, params) {
    if (result.mode !== 'at-least-once') return { pass: false, feedback: 'Set the mode to at least once first (the suggested settings do it).' };
    const dup = countOf(result.reconciliation.duplicated);
    if (numberAnswer(answers, 'duplicated') !== dup) return { pass: false, feedback: 'Not yet: read the duplicated count for your mode from the results.' };
    return {
      pass: true,
      feedback: `Yes: ${dup}. The crashes left ${result.inFlight} record(s) written but not committed, and every one was read again from the last committed offset; with a full poll that is max.poll.records (${params.maxPollRecords}).`,
    };
  },
};

/** Losses under at most once are exactly the committed-but-unwritten records. */
export const lostIds: DeliveryExercise = {
  id: 'delivery-lost-ids',
  prompt: 'Choose at most once and keep the default faults. How many messages are lost, and what is the smallest lost message id (the number after “m-”)?',
  explore: { mode: 'at-most-once' },
  fields: [
    { name: 'lost', kind: 'number', label: 'Messages lost' },
    { name: 'first', kind: 'number', label: 'Smallest lost id' },
  ],
  deterministic: true,
  evidence: (r) => r.reconciliation.lost,
  check(result, answers) {
    if (result.mode !== 'at-most-once') return { pass: false, feedback: 'Set the mode to at most once first.' };
    const lost = countOf(result.reconciliation.lost);
    const first = result.reconciliation.lost.ids[0];
    if (lost === 0 || first === undefined) return { pass: false, feedback: 'This run lost nothing: put back a crash that strikes after the commit or during the writes.' };
    if (numberAnswer(answers, 'lost') !== lost || numberAnswer(answers, 'first') !== first) return { pass: false, feedback: 'Not yet: the lost ids are listed in the Tables tab.' };
    return { pass: true, feedback: `Yes: ${lost}, from m-${first}. They were committed before they were written (${result.atRisk} at risk at the crashes), so no consumer reads them again.` };
  },
};

/** Backpressure: dropping at a full buffer loses messages no consumer setting can repair. */
export const dropped: DeliveryExercise = {
  id: 'delivery-dropped',
  prompt:
    'Make the producer drop messages when the buffer is full, with a buffer of 100. How many messages are dropped? Then add a third consumer (and a partition for it if needed) and see how the count changes.',
  explore: { overflow: 'drop', buffer: 100 },
  fields: [{ name: 'dropped', kind: 'number', label: 'Messages dropped' }],
  deterministic: true,
  evidence: (r) => r.rows,
  check(result, answers, params) {
    if (params.overflow !== 'drop') return { pass: false, feedback: 'Set “When the buffer is full” to drop first.' };
    const count = countOf(result.reconciliation.dropped);
    if (numberAnswer(answers, 'dropped') !== count) return { pass: false, feedback: 'Not yet: read the dropped count from the results.' };
    return {
      pass: true,
      feedback: `Yes: ${count}. With ${params.consumers} consumer(s) writing ${params.writeMs} ms a record the group takes about ${Math.round((params.consumers * 1000) / params.writeMs)} messages a second against the producer's ${params.produceRate}; what the buffer cannot hold is gone.`,
    };
  },
};

export const deliveryExercises: readonly DeliveryExercise[] = [inFlight, lostIds, dropped];
