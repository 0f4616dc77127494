import { beforeAll, describe, expect, it } from 'vitest';
import { nodeEnv } from '@/lib/engines/node';
import { runLakehouse } from './compute';
import { lakehouseSnapshotsExercises, expiryEndsTimeTravel, makeTheRetryFail, timestampAsOf } from './exercises';
import { explainRun } from './explain';
import { defaultLakehouseSnapshotsParams, lakehouseSnapshotsParamsSchema, type LakehouseSnapshotsParams } from './model';
import type { ParquetModule } from './parquet';
import type { LakehouseSnapshotsResult } from './types';

let pq: ParquetModule;
let result: LakehouseSnapshotsResult;
const params = defaultLakehouseSnapshotsParams;
beforeAll(async () => {
  pq = await nodeEnv().engines.parquet();
  result = runLakehouse(params, pq, { now: () => 0, progress: () => undefined });
});

describe('exercises over the default run', () => {
  it('TIMESTAMP AS OF 18:00 is snapshot 2 with its 4 rows (the chapter’s answer)', () => {
    expect(timestampAsOf.check(result, { rows: '4' }, params).pass).toBe(true);
    expect(timestampAsOf.check(result, { rows: '3' }, params).pass).toBe(false);
  });

  it('the expiry exercise wants the data files the last expiry deleted', () => {
    const expiry = result.expiries[result.expiries.length - 1]!;
    expect(expiryEndsTimeTravel.check(result, { files: String(expiry.deleted.dataFiles) }, params).pass).toBe(true);
    expect(expiryEndsTimeTravel.check(result, { files: String(expiry.deleted.dataFiles + 1) }, params).pass).toBe(false);
  });

  it('the conflict exercise fails on the defaults (the loser retries) and passes when the loser overwrites the winner’s partition', () => {
    expect(makeTheRetryFail.check(result, {}, params).pass).toBe(false);
    const steps = params.steps.map((s, i) => (i === 7 ? ({ kind: 'overwrite', date: '2025-02-12', rows: 1, user: 9 } as const) : s));
    const changed: LakehouseSnapshotsParams = lakehouseSnapshotsParamsSchema.parse({ ...params, steps });
    const run = runLakehouse(changed, pq, { now: () => 0, progress: () => undefined });
    expect(makeTheRetryFail.check(run, {}, changed).pass).toBe(true);
  });

  it('every exercise has a unique id with the sandbox prefix', () => {
    expect(new Set(lakehouseSnapshotsExercises.map((e) => e.id)).size).toBe(lakehouseSnapshotsExercises.length);
    for (const e of lakehouseSnapshotsExercises) expect(e.id.startsWith('lakehouse-snapshots-')).toBe(true);
  });

  it('explains the run with its own numbers', () => {
    const text = explainRun(result, params).join(' ');
    expect(text).toContain(`made ${result.snapshots.length} snapshots`);
    expect(text).toContain('on snapshot 2 still read its 4 rows');
    expect(text).toContain('At the end its read fails');
    expect(text).toContain('retried against the new snapshot');
  });
});

describe('settings refused with a message', () => {
  const refuse = (steps: unknown[]) => {
    const parsed = lakehouseSnapshotsParamsSchema.safeParse({ ...params, steps });
    return parsed.success ? null : parsed.error.issues.map((i) => i.message).join(' | ');
  };
  const append = { kind: 'append', date: '2025-02-11', rows: 2, user: 55 };
  it('names the step and the reason', () => {
    expect(refuse([])).toMatch(/at least one append/);
    expect(refuse([append, { kind: 'update', column: 'upload_id', op: '=', value: '102', set: 'caption', to: 'x' }])).toMatch(/Step 2: there is no column "caption" yet/);
    expect(refuse([append, { kind: 'delete', column: 'upload_id', op: '=', value: 'abc' }])).toMatch(/Step 2: compare upload_id with a whole number/);
    expect(refuse([append, { kind: 'together', winner: 'first' }, append])).toMatch(/needs the next two steps to be writes/);
    expect(refuse([{ ...append, date: '2025-13-45' }])).toMatch(/not a calendar date/);
    expect(refuse([{ ...append, rows: 0 }])).toMatch(/at least 1 row/);
    expect(refuse([append, { kind: 'addColumn', name: 'user_id' }])).toMatch(/already has a column "user_id"/);
    expect(refuse([append, { kind: 'expire', keep: 0 }])).toMatch(/Keep at least the current snapshot/);
  });
});
