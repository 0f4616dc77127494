import { formatMs } from '@/lib/format';
import type { DeliveryResult } from './compute';
import { countOf } from './ledger';
import { modeShort, type DeliveryParams } from './model';

const n = (x: number) => x.toLocaleString('en-US');
const plural = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;

/** "What your run shows": sentences computed from the run, the verdict first. */
export function explainRun(result: DeliveryResult, params: DeliveryParams): string[] {
  const r = result.reconciliation;
  const dup = countOf(r.duplicated);
  const lost = countOf(r.lost);
  const parked = countOf(r.dlq);
  const dropped = countOf(r.dropped);
  const out: string[] = [];
  out.push(
    `${modeShort[result.mode]}: of ${n(result.messages)} messages, ${n(r.once)} reached the sink exactly once, ${n(dup)} more than once (${plural(r.extraRows, 'extra row')}), ${lost ? `${n(lost)} never arrived` : 'none went missing'}` +
      `${parked ? `, and ${n(parked)} sit in the dead-letter queue` : ''}${dropped ? `; the producer dropped ${n(dropped)}` : ''}.`,
  );
  const hits = result.faults.length + result.faultsMore;
  if (result.mode === 'at-least-once' || result.mode === 'auto') {
    out.push(
      `Your ${plural(hits, 'crash or lost partition', 'crashes and lost partitions')} left ${plural(result.inFlight, 'record')} written but not committed, and each was read and written again: ${n(r.extraRows - result.extraFromReplay)} of the extra rows come from that${result.extraFromReplay ? `, ${n(result.extraFromReplay)} from replaying the dead-letter queue` : ''}.`,
    );
  } else if (result.mode === 'at-most-once') {
    out.push(`At the crashes, ${plural(result.atRisk, 'record')} had their offsets committed but were not yet written; nobody reads them again, so they are the ${plural(lost, 'lost message')}.`);
  } else if (result.mode === 'idempotent') {
    out.push(`The same faults sent ${plural(r.absorbed, 'repeated write')} to the sink; each found its message id already there and changed nothing.`);
  } else {
    const aborted = result.faults.reduce((s, f) => s + f.aborted, 0);
    out.push(`The faults rolled back ${plural(aborted, 'write')} with their open transactions; since the offsets live in the same transaction, the consumer resumed exactly after the last committed write.`);
  }
  const peak = Math.max(0, ...result.lag.map((p) => p.lag));
  if (params.overflow === 'block' && result.producer.blockedMs > 0) {
    out.push(`The full buffer held the producer back for ${formatMs(result.producer.blockedMs)} in all: it sent its last message at ${formatMs(result.producer.endMs)} instead of ${formatMs(result.producer.plannedEndMs)}.`);
  } else if (params.overflow === 'drop' && dropped > 0) {
    out.push(`The buffer of ${n(params.buffer)} filled up and the producer dropped ${plural(dropped, 'message')} at the door: losses no consumer setting can repair.`);
  } else {
    out.push(`The uncommitted backlog peaked at ${plural(peak, 'message')}${params.overflow === 'grow' ? ', with nothing to stop it growing' : `, under the buffer's ${n(params.buffer)}`}.`);
  }
  if (result.replay) {
    out.push(`${plural(result.replay.records, 'record')} reached the dead-letter queue after up to ${params.maxAttempts} attempts; after the fix, at ${formatMs(result.replay.atMs)}, they were put back into the topic${result.dlqAtEnd ? ` and ${n(result.dlqAtEnd)} failed again` : ''}.`);
  }
  return out;
}
