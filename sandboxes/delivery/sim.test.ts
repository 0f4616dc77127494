import { describe, expect, it } from 'vitest';
import { expectedTotalWait } from './backoff';
import { countOf } from './ledger';
import { defaultDeliveryParams, modes, type CrashPoint, type DeliveryParams, type Fault, type Mode } from './model';
import { simulate } from './sim';

/** Two messages, one partition, one consumer, both in the first poll; nothing fails unless a fault says so. */
const two = (faults: Fault[]): DeliveryParams => ({
  ...defaultDeliveryParams,
  messages: 2,
  produceRate: 1000,
  partitions: 1,
  consumers: 1,
  maxPollRecords: 2,
  writeMs: 1,
  transientRate: 0,
  overflow: 'grow',
  replay: false,
  faults,
});

/** Which messages end once, twice and nowhere: "1:1 2:0" is m-1 once, m-2 lost. */
function rowsAfter(mode: Mode, faults: Fault[]): string {
  const out = simulate(two(faults), mode).reconciliation;
  const rows = (id: number) => (out.lost.ids.includes(id) ? 0 : out.duplicated.ids.includes(id) ? 2 : 1);
  return `1:${rows(1)} 2:${rows(2)}`;
}

const crash = (point: CrashPoint): Fault[] => [{ kind: 'crash', batch: 1, point }];

describe('two messages, one crash in the first poll, per mode', () => {
  // Worked by hand from the order of each mode's steps: [commit, w1, w2] at most once; [w1, w2, commit] otherwise.
  const expected: Record<Mode, Record<CrashPoint | 'rebalance', string>> = {
    'at-most-once': { 'before-commit': '1:1 2:1', 'after-commit': '1:0 2:0', 'before-write': '1:0 2:0', 'mid-write': '1:1 2:0', 'after-write': '1:1 2:1', rebalance: '1:1 2:1' },
    'at-least-once': { 'before-commit': '1:2 2:2', 'after-commit': '1:1 2:1', 'before-write': '1:1 2:1', 'mid-write': '1:2 2:1', 'after-write': '1:2 2:2', rebalance: '1:2 2:2' },
    // Nothing is auto-committed before the interval passes, so a crash anywhere in the first poll redoes what was written.
    auto: { 'before-commit': '1:1 2:1', 'after-commit': '1:1 2:1', 'before-write': '1:1 2:1', 'mid-write': '1:2 2:1', 'after-write': '1:2 2:2', rebalance: '1:2 2:2' },
    idempotent: { 'before-commit': '1:1 2:1', 'after-commit': '1:1 2:1', 'before-write': '1:1 2:1', 'mid-write': '1:1 2:1', 'after-write': '1:1 2:1', rebalance: '1:1 2:1' },
    transactional: { 'before-commit': '1:1 2:1', 'after-commit': '1:1 2:1', 'before-write': '1:1 2:1', 'mid-write': '1:1 2:1', 'after-write': '1:1 2:1', rebalance: '1:1 2:1' },
  };
  for (const mode of modes) {
    it(`${mode}`, () => {
      for (const point of ['before-commit', 'after-commit', 'before-write', 'mid-write', 'after-write'] as const) {
        expect([point, rowsAfter(mode, crash(point))]).toEqual([point, expected[mode][point]]);
      }
      expect(['rebalance', rowsAfter(mode, [{ kind: 'rebalance', batch: 1 }])]).toEqual(['rebalance', expected[mode].rebalance]);
    });
  }

  it('counts what the idempotent sink absorbed and what the transaction rolled back', () => {
    const idem = simulate(two(crash('after-write')), 'idempotent');
    expect(idem.reconciliation.absorbed).toBe(2);
    expect(idem.sinkRows).toBe(2);
    const tx = simulate(two(crash('mid-write')), 'transactional');
    expect(tx.faults[0]!.aborted).toBe(1);
    expect(tx.reconciliation.absorbed).toBe(0);
  });
});

describe('closed forms', () => {
  const busy: DeliveryParams = {
    ...defaultDeliveryParams,
    messages: 3000,
    transientRate: 0,
    replay: false,
    faults: [
      { kind: 'crash', batch: 3, point: 'mid-write' },
      { kind: 'crash', batch: 11, point: 'after-write' },
      { kind: 'crash', batch: 12, point: 'before-write' },
      { kind: 'rebalance', batch: 30 },
      { kind: 'crash', batch: 47, point: 'after-commit' },
      { kind: 'crash', batch: 60, point: 'before-commit' },
    ],
  };

  it('at least once: the duplicates equal the records written but not committed at each crash', () => {
    for (const mode of ['at-least-once', 'auto'] as const) {
      const out = simulate(busy, mode);
      expect(out.faults.length).toBeGreaterThanOrEqual(6);
      const inFlight = out.faults.reduce((s, f) => s + f.inFlight, 0);
      expect(inFlight).toBeGreaterThan(0);
      expect(out.reconciliation.extraRows).toBe(inFlight);
      expect(countOf(out.reconciliation.lost)).toBe(0);
    }
  });

  it('at least once, one crash after the last write of a full poll: exactly max.poll.records duplicates', () => {
    const out = simulate({ ...busy, partitions: 1, consumers: 1, faults: [{ kind: 'crash', batch: 30, point: 'after-write' }] }, 'at-least-once');
    // By poll 30 the consumer (250 a second) has fallen behind the producer (400 a second), so every poll is full.
    expect(out.faults[0]!.records).toBe(busy.maxPollRecords);
    expect(out.reconciliation.extraRows).toBe(busy.maxPollRecords);
  });

  it('at most once: the losses equal the records committed but not yet written at each crash, and nothing is duplicated', () => {
    const out = simulate(busy, 'at-most-once');
    const atRisk = out.faults.reduce((s, f) => s + f.atRisk, 0);
    expect(atRisk).toBeGreaterThan(0);
    expect(countOf(out.reconciliation.lost)).toBe(atRisk);
    expect(out.reconciliation.extraRows).toBe(0);
  });

  it('both effectively-once modes deliver every message exactly once under the same faults', () => {
    for (const mode of ['idempotent', 'transactional'] as const) {
      const out = simulate(busy, mode);
      expect(out.reconciliation.once).toBe(busy.messages);
    }
  });

  it('full jitter: each wait lies under its ceiling and averages half of it', () => {
    const out = simulate({ ...defaultDeliveryParams, messages: 4000, transientRate: 0.3, maxAttempts: 4, backoffMs: 10, backoffCapMs: 30, faults: [] }, 'idempotent');
    const ceilings = [10, 20, 30];
    out.retries.forEach((row, i) => {
      expect(row.ceilingMs).toBe(ceilings[i]);
      expect(row.maxMs).toBeLessThanOrEqual(row.ceilingMs);
      expect(row.count).toBeGreaterThan(50);
      // The mean of k uniform draws on [0, c] has standard deviation c / √(12k); allow 4 of them.
      expect(Math.abs(row.meanMs - row.ceilingMs / 2)).toBeLessThan((4 * row.ceilingMs) / Math.sqrt(12 * row.count));
    });
    // A record tried 4 times fails about 0.3⁴ of the time and is parked.
    expect(expectedTotalWait(4, 10, 30)).toBe(5 + 10 + 15);
  });

  it('a poison message is tried max-attempts times, then parked, then delivered by the replay after the fix', () => {
    const p: DeliveryParams = { ...defaultDeliveryParams, transientRate: 0, faults: [{ kind: 'poison', message: 7 }] };
    const parked = simulate({ ...p, replay: false }, 'at-least-once');
    expect(parked.reconciliation.dlq.ids).toEqual([7]);
    expect(parked.retries.map((r) => r.count)).toEqual([1, 1, 1]);
    const replayed = simulate(p, 'at-least-once');
    expect(replayed.replay?.records).toBe(1);
    expect(replayed.reconciliation.once).toBe(p.messages);
    const classified = simulate({ ...p, classify: true, replay: false }, 'at-least-once');
    expect(classified.retries.every((r) => r.count === 0)).toBe(true);
  });
});

describe('the bounded buffer', () => {
  // One consumer writing 10 ms per record keeps up with about 100 messages a second; the producer offers 1,000.
  const flood: DeliveryParams = { ...defaultDeliveryParams, messages: 1000, produceRate: 1000, partitions: 1, consumers: 1, writeMs: 10, buffer: 50, transientRate: 0, faults: [] };

  it('drop: what the consumer cannot take in while the producer runs is dropped at the door', () => {
    const out = simulate({ ...flood, overflow: 'drop' }, 'at-least-once');
    const dropped = countOf(out.reconciliation.dropped);
    // In the producer's 1 s the consumer commits about 1 s / (20 × 10 ms + 1 ms) polls of 20; the buffer holds 50 more.
    const taken = 50 + Math.floor(999 / 201) * 20;
    expect(Math.abs(1000 - dropped - taken)).toBeLessThanOrEqual(20);
    expect(out.reconciliation.once).toBe(1000 - dropped);
  });

  it('block: nothing is lost, and the producer takes as long as the consumer needs', () => {
    const out = simulate({ ...flood, overflow: 'block' }, 'at-least-once');
    expect(out.reconciliation.once).toBe(1000);
    expect(out.producer.endMs).toBeGreaterThan(8000);
    expect(Math.max(...out.lag.map((l) => l.lag))).toBeLessThanOrEqual(50);
  });

  it('grow: nothing is lost or blocked, and the lag peaks near what the consumer could not take', () => {
    const out = simulate({ ...flood, overflow: 'grow' }, 'at-least-once');
    expect(out.producer.blockedMs).toBe(0);
    expect(Math.max(...out.lag.map((l) => l.lag))).toBeGreaterThan(800);
  });
});

describe('determinism', () => {
  it('gives the same outcome for the same seed', () => {
    const p = { ...defaultDeliveryParams, transientRate: 0.05 };
    expect(simulate(p, 'at-least-once')).toEqual(simulate(p, 'at-least-once'));
  });
});

describe('long runs and stuck groups', () => {
  it('a slow producer costs no idle polling: consumers wait inside poll() until a record arrives', () => {
    const out = simulate({ ...defaultDeliveryParams, messages: 2000, produceRate: 1, faults: [] }, 'at-least-once');
    expect(out.reconciliation.once).toBe(2000);
    expect(out.events).toBeLessThan(40_000);
  });

  it('auto-commit still commits while the consumer waits, so the run ends with everything committed', () => {
    const out = simulate({ ...defaultDeliveryParams, messages: 50, produceRate: 10, faults: [] }, 'auto');
    expect(out.reconciliation.once).toBe(50);
  });

  it('refuses, with a message, a group that keeps overrunning the poll interval limit', () => {
    expect(() => simulate({ ...defaultDeliveryParams, writeMs: 120, maxPollIntervalMs: 1000, faults: [] }, 'at-least-once')).toThrow(/stuck rebalancing/);
  });
});
