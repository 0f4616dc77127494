import { createRng } from '@/lib/random';
import { Simulator } from '@/lib/sim/events';
import { jitteredWait, RetryStats } from './backoff';
import { Ledger } from './ledger';
import { faultRecord, faultsInBatch, fetchRecords, planBatch, type Consumer, type Rec } from './batch';
import type { DeliveryParams, Mode } from './model';
import type { FaultRecord, LagPoint, SimOutcome } from './outcome';

/** When the group's members join (after the producer starts), and how long an offset commit takes (simulated ms). */
export const JOIN_MS = 5;
export const COMMIT_MS = 1;
const MAX_EVENTS = 5_000_000;
const MAX_OVERRUNS = 5;

type Ev = { kind: 'produce'; i: number } | { kind: 'poll' | 'op' | 'restart'; c: number; epoch: number } | { kind: 'sample' };

/**
 * One mode's run: a producer appends m-1 … m-N round-robin to the partitions of a topic at a steady
 * rate; each consumer of the group polls its own partitions (partition p belongs to consumer p mod C),
 * gets at most max.poll.records, and writes each record to the sink, committing where its mode says.
 * Crashes and rebalances strike at numbered polls; after one, the consumer's partitions wait out the
 * restart time and resume from the last committed offset (from the sink's own offsets in the
 * transactional mode). Poison messages fail until the fix; every write may also fail for a moment.
 */
export function simulate(params: DeliveryParams, mode: Mode): SimOutcome {
  const { messages: n, partitions: P, consumers: C, transientRate, maxAttempts, backoffMs, backoffCapMs, classify } = params;
  const rng = createRng(params.seed);
  const sim = new Simulator<Ev>();
  const ledger = new Ledger(n, mode);
  const stats = new RetryStats();
  const poison = new Set(params.faults.flatMap((f) => (f.kind === 'poison' ? [f.message] : [])));
  const faultsAt = new Map<number, DeliveryParams['faults']>();
  for (const f of params.faults) if (f.kind !== 'poison') faultsAt.set(f.batch, [...(faultsAt.get(f.batch) ?? []), f]);

  const logs: Rec[][] = Array.from({ length: P }, () => []);
  const position = new Array<number>(P).fill(0);
  const committed = new Array<number>(P).fill(0);
  const parts = (c: number) => Array.from({ length: P }, (_, p) => p).filter((p) => p % C === c);
  const occupancy = () => logs.reduce((sum, log, p) => sum + log.length - committed[p]!, 0);
  const consumers: Consumer[] = Array.from({ length: C }, () => ({ epoch: 0, down: false, idle: false, waiting: false, overruns: 0, evicted: false, lastPoll: 0, lastAutoCommit: 0, inFlight: 0, batch: null }));

  const faults: FaultRecord[] = [];
  const dlq: Rec[] = [];
  const lag: LagPoint[] = [];
  const producer = { plannedEndMs: ((n - 1) / params.produceRate) * 1000, endMs: 0, blockedMs: 0, dropped: 0, done: false, blocked: null as null | { i: number; since: number } };
  let batches = 0;
  let fixed = false;
  let replay: SimOutcome['replay'] = null;
  let finished = false;
  // About 300 samples over the longer of the producer's run and the sink's work.
  const sampleMs = Math.max(1, producer.plannedEndMs, (n * params.writeMs) / C) / 300;

  const planned = (i: number) => (i / params.produceRate) * 1000;
  const append = (id: number, replayed: boolean) => {
    const p = (id - 1) % P;
    logs[p]!.push({ p, offset: logs[p]!.length, id, replayed });
    // A consumer blocked in poll() gets the record at once, and was polling all along.
    const owner = consumers[p % C]!;
    if (owner.waiting && !owner.down) {
      owner.waiting = false;
      owner.lastPoll = sim.now;
      sim.after(0, { kind: 'poll', c: p % C, epoch: owner.epoch });
    }
  };
  const wakeProducer = () => {
    const b = producer.blocked;
    if (b && occupancy() < params.buffer) {
      producer.blockedMs += sim.now - b.since;
      producer.blocked = null;
      sim.after(0, { kind: 'produce', i: b.i });
    }
  };
  const evictedNow = (c: Consumer) => c.evicted || sim.now - c.lastPoll > params.maxPollIntervalMs;

  /** The consumer loses its partitions: it stops, the uncommitted work is redone from the committed offsets. */
  const rewind = (ci: number, kind: FaultRecord['kind']) => {
    const c = consumers[ci]!;
    if (kind === 'overran' && ++c.overruns >= MAX_OVERRUNS) {
      throw new Error(
        `Consumer ${ci + 1} lost its partitions ${MAX_OVERRUNS} times in a row for taking longer than the poll interval limit (${params.maxPollIntervalMs} ms) between polls: the group is stuck rebalancing. Lower the records per poll, or raise the limit.`,
      );
    }
    const aborted = mode === 'transactional' ? ledger.abortPending(ci) : 0;
    faults.push(faultRecord(mode, kind, c, { consumer: ci + 1, partitions: parts(ci).map((p) => p + 1), atMs: sim.now, aborted, lastBatch: batches }));
    for (const p of parts(ci)) position[p] = committed[p]!;
    c.inFlight = 0;
    c.batch = null;
    c.evicted = false;
    c.down = true;
    c.epoch++;
    sim.after(params.restartMs, { kind: 'restart', c: ci, epoch: c.epoch });
  };

  /** commitSync of the given offsets; refused (CommitFailedException, or a fenced transaction) once the group has moved on. */
  const commit = (ci: number, to: readonly number[]): boolean => {
    const c = consumers[ci]!;
    if (evictedNow(c)) {
      rewind(ci, c.evicted ? 'rebalance' : 'overran');
      return false;
    }
    if (mode === 'transactional') ledger.commitPending(ci);
    c.overruns = 0;
    for (const p of parts(ci)) committed[p] = Math.max(committed[p]!, to[p]!);
    c.inFlight = 0;
    wakeProducer();
    return true;
  };

  const consumerDone = (ci: number) => producer.done && parts(ci).every((p) => position[p] === logs[p]!.length && committed[p] === logs[p]!.length);

  const endOrReplay = () => {
    if (!consumers.every((c) => c.idle)) return;
    if (params.replay && !replay && dlq.length > 0) {
      // The fix is deployed; the DLQ's records go back into the topic (new offsets, same ids).
      fixed = true;
      replay = { atMs: sim.now, records: dlq.length };
      const back = dlq.splice(0);
      for (const r of back) {
        ledger.dlqCount[r.id] = 0;
        append(r.id, true);
      }
      consumers.forEach((c, ci) => {
        c.idle = false;
        sim.after(0, { kind: 'poll', c: ci, epoch: c.epoch });
      });
      return;
    }
    finished = true;
  };

  const poll = (ci: number) => {
    const c = consumers[ci]!;
    if (evictedNow(c)) return rewind(ci, c.evicted ? 'rebalance' : 'overran');
    const before = [...position];
    const autoDue = mode === 'auto' && sim.now - c.lastAutoCommit >= params.autoCommitMs && parts(ci).some((p) => committed[p]! < position[p]!);
    c.lastPoll = sim.now;
    const records = fetchRecords(logs, position, parts(ci), params.maxPollRecords);
    if (records.length === 0) {
      if (autoDue) {
        commit(ci, before);
        c.lastAutoCommit = sim.now;
      }
      if (consumerDone(ci)) {
        c.idle = true;
        endOrReplay();
      } else {
        c.waiting = true;
        // Auto-commit still runs inside the waiting poll once its interval has passed.
        if (mode === 'auto' && parts(ci).some((p) => committed[p]! < position[p]!)) sim.at(Math.max(sim.now + COMMIT_MS, c.lastAutoCommit + params.autoCommitMs), { kind: 'poll', c: ci, epoch: c.epoch });
      }
      return;
    }
    batches++;
    const ops = planBatch(mode, records, autoDue, before, [...position]);
    c.batch = { no: batches, records, ops, i: 0, attempts: 0, ...faultsInBatch(mode, ops, faultsAt.get(batches) ?? []) };
    if (autoDue) c.lastAutoCommit = sim.now;
    sim.after(0, { kind: 'op', c: ci, epoch: c.epoch });
  };

  const step = (ci: number) => {
    const c = consumers[ci]!;
    const b = c.batch!;
    if (b.attempts === 0) {
      if (b.evictAt === b.i) c.evicted = true;
      if (b.crashAt === b.i) return rewind(ci, 'crash');
    }
    const op = b.ops[b.i];
    if (!op) {
      c.batch = null;
      sim.after(0, { kind: 'poll', c: ci, epoch: c.epoch });
      return;
    }
    if (op.kind === 'commit') {
      if (!commit(ci, op.to)) return;
      b.i++;
      sim.after(COMMIT_MS, { kind: 'op', c: ci, epoch: c.epoch });
      return;
    }
    const { id, replayed } = op.r;
    b.attempts++;
    const permanent = poison.has(id) && !fixed;
    const failed = rng.next() < transientRate || permanent;
    if (!failed) {
      ledger.write(id, replayed, ci);
      c.inFlight++;
    } else if (!((permanent && classify) || b.attempts >= maxAttempts)) {
      const wait = jitteredWait(b.attempts, backoffMs, backoffCapMs, rng);
      stats.add(b.attempts, wait);
      sim.after(params.writeMs + wait, { kind: 'op', c: ci, epoch: c.epoch });
      return;
    } else {
      dlq.push(op.r);
      ledger.dlqCount[id]! += 1;
    }
    b.i++;
    b.attempts = 0;
    sim.after(params.writeMs, { kind: 'op', c: ci, epoch: c.epoch });
  };

  const produce = (i: number) => {
    const id = i + 1;
    if (params.overflow !== 'grow' && occupancy() >= params.buffer) {
      if (params.overflow === 'block') {
        producer.blocked = { i, since: sim.now };
        return;
      }
      ledger.dropped[id] = 1;
      producer.dropped++;
    } else append(id, false);
    if (i + 1 < n) sim.at(Math.max(sim.now, planned(i + 1)), { kind: 'produce', i: i + 1 });
    else {
      producer.done = true;
      producer.endMs = sim.now;
      // Consumers waiting in poll() see that nothing more is coming (the run's end, not Kafka's).
      consumers.forEach((c, ci) => {
        if (c.waiting && !c.down) sim.after(0, { kind: 'poll', c: ci, epoch: c.epoch });
      });
    }
  };

  const sample = () => {
    lag.push({ t: sim.now, lag: occupancy(), produced: logs.reduce((s, l) => s + l.length, 0), rows: ledger.totalRows, dlq: dlq.length });
    if (!finished) sim.after(sampleMs, { kind: 'sample' });
  };

  sim.at(0, { kind: 'sample' });
  sim.at(0, { kind: 'produce', i: 0 });
  // The group's members join a moment after the producer starts.
  consumers.forEach((_, ci) => sim.at(JOIN_MS, { kind: 'poll', c: ci, epoch: 0 }));
  sim.run((ev) => {
    if (sim.eventsHandled > MAX_EVENTS) throw new Error(`The simulation passed ${MAX_EVENTS.toLocaleString('en-US')} events; use fewer messages or a faster sink.`);
    if (ev.kind === 'produce') return produce(ev.i);
    if (ev.kind === 'sample') return sample();
    const c = consumers[ev.c]!;
    if (ev.epoch !== c.epoch) return;
    if (ev.kind === 'restart') {
      c.down = false;
      c.lastPoll = sim.now;
      c.lastAutoCommit = sim.now;
      return poll(ev.c);
    }
    if (c.down) return;
    if (ev.kind === 'poll') {
      // A poll already under way (woken by a record) makes a scheduled one redundant.
      if (c.batch) return;
      if (c.waiting) {
        // It was inside poll() all along, so the poll interval limit restarts now.
        c.waiting = false;
        c.lastPoll = sim.now;
      }
      return poll(ev.c);
    }
    step(ev.c);
  });

  return {
    mode,
    reconciliation: ledger.reconcile(),
    extraFromReplay: ledger.extraFromReplay,
    faults,
    unreached: params.faults.filter((f) => f.kind !== 'poison' && f.batch > batches).length,
    lag,
    retries: stats.rows(backoffMs, backoffCapMs, maxAttempts),
    producer: { plannedEndMs: producer.plannedEndMs, endMs: producer.endMs, blockedMs: producer.blockedMs, dropped: producer.dropped },
    replay,
    dlqAtEnd: dlq.length,
    finishedMs: sim.now,
    batches,
    events: sim.eventsHandled,
    sinkRows: ledger.totalRows,
  };
}
