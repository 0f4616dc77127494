import { describe, expect, it } from 'vitest';
import { envelope, generateLog, isPeak } from './generate';
import { DAY_S, formatLsn, formatTime } from './time';
import { replayGuarded } from './replay';

describe('the generated change log', () => {
  const log = generateLog({ ordersPerDay: 100, days: 6, purgePercent: 40, seed: 3 });

  it('is in strictly increasing log order, each order changing at strictly later seconds', () => {
    for (let i = 1; i < log.events.length; i++) expect(log.events[i]!.lsn).toBeGreaterThan(log.events[i - 1]!.lsn);
    const last = new Map<number, number>();
    for (const e of log.events) {
      expect(e.commitS).toBeGreaterThan(last.get(e.orderId) ?? -1);
      last.set(e.orderId, e.commitS);
    }
  });

  it('replays in log order to its final rows; each before image is the previous after image', () => {
    expect(replayGuarded(log.events).rows).toEqual(log.finalRows);
    const seen = new Map<number, unknown>();
    for (const e of log.events) {
      expect(e.before).toEqual(seen.get(e.orderId) ?? null);
      seen.set(e.orderId, e.after);
    }
    expect(log.orders).toBe(600);
  });

  it('creates each order once, deletes only cancelled orders, and repeats itself for a seed', () => {
    expect(log.events.filter((e) => e.op === 'c')).toHaveLength(600);
    for (const e of log.events.filter((x) => x.op === 'd')) expect(e.before?.status).toBe('cancelled');
    expect(generateLog({ ordersPerDay: 100, days: 6, purgePercent: 40, seed: 3 }).events).toEqual(log.events);
  });

  it('prints times, log positions and the dinner peak', () => {
    expect(formatTime(2 * DAY_S + 18 * 3600 + 2 * 60 + 15)).toBe('day 2 18:02:15');
    expect(formatLsn(0x16b3748)).toBe('0/16B3748');
    expect(isPeak(18 * 3600)).toBe(1);
    expect(isPeak(21 * 3600)).toBe(0);
  });

  it('prints an event in Debezium’s envelope: op, before, after, source.lsn and source.ts_ms', () => {
    const update = log.events.find((e) => e.op === 'u')!;
    const parsed = JSON.parse(envelope(update)) as { op: string; before: unknown; after: unknown; source: { lsn: number; ts_ms: number } };
    expect(parsed).toMatchObject({ op: 'u', before: update.before, after: update.after, source: { lsn: update.lsn } });
    expect(parsed.source.ts_ms).toBe(Date.UTC(2026, 0, 5) + update.commitS * 1000);
  });
});
