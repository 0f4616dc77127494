import { icebergMetadata, icebergRead } from 'icebird';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { nodeEnv } from '@/lib/engines/node';
import { writeTable } from './compute';
import { defaultLakehouseSnapshotsParams, lakehouseSnapshotsParamsSchema, TABLE_LOCATION, type Row, type Step } from './model';
import type { ParquetModule } from './parquet';
import type { Store } from './table';

/**
 * The proof that the sandbox writes a real Iceberg table: icebird, an Iceberg reader written by
 * others (with its own Avro and Parquet decoders), reads every snapshot back from the same bytes.
 * It fetches files by URL, so a fetch stub serves them from the sandbox's in-memory object store.
 */
let pq: ParquetModule;
beforeAll(async () => {
  pq = await nodeEnv().engines.parquet();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function serve(store: Store) {
  vi.stubGlobal('fetch', (input: string | URL | Request): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    // icebird turns s3://bucket/key into https://bucket.s3.amazonaws.com/key; map it back.
    const path = url.replace(/^https:\/\/([^.]+)\.s3\.amazonaws\.com\//, 's3://$1/');
    const bytes = store.get(path);
    return Promise.resolve(bytes ? new Response(new Uint8Array(bytes)) : new Response('missing', { status: 404, statusText: 'Not Found' }));
  });
}

const normal = (row: Record<string, unknown>): Row =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, v === undefined || v === null ? null : typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString().slice(0, 10) : (v as string | number)]),
  );
const sorted = (rows: readonly Row[]) => [...rows].sort((a, b) => Number(a.upload_id) - Number(b.upload_id));
const hooks = { now: () => 0, progress: () => undefined };
const build = (steps: Step[]) => writeTable(lakehouseSnapshotsParamsSchema.parse({ ...defaultLakehouseSnapshotsParams, steps }), pq, hooks);

describe('icebird reads the sandbox’s table', () => {
  it('reads the chapter’s three commits by metadata version: 2, 4 and 3 rows', async () => {
    const h = build([
      { kind: 'append', date: '2025-02-11', rows: 2, user: 55 },
      { kind: 'append', date: '2025-02-11', rows: 2, user: 55 },
      { kind: 'delete', column: 'upload_id', op: '=', value: '105' },
    ]);
    serve(h.table.store);
    const ids: number[][] = [];
    for (const v of [1, 2, 3]) ids.push((await icebergRead({ tableUrl: TABLE_LOCATION, metadataFileName: `v${v}.metadata.json` })).map((r) => Number(r.upload_id)).sort((a, b) => a - b));
    expect(ids).toEqual([
      [102, 103],
      [102, 103, 104, 105],
      [102, 103, 104],
    ]);
    // With no version named, icebird follows version-hint.text to the latest metadata.
    expect((await icebergRead({ tableUrl: TABLE_LOCATION })).length).toBe(3);
  });

  it('reads every snapshot of the default script as the sandbox’s own reader did, and fails on expired ones', async () => {
    const h = build(defaultLakehouseSnapshotsParams.steps);
    serve(h.table.store);
    const expired = new Set(h.expiries.flatMap((e) => e.expired.map((s) => s.seq)));
    expect(expired.size).toBeGreaterThan(0);
    const latest = await icebergMetadata({ tableUrl: TABLE_LOCATION });
    for (const commit of h.commits) {
      const ours = h.reads.get(commit.snapshot.seq)!;
      if (expired.has(commit.snapshot.seq)) {
        // Its metadata file is still there, but its manifest list is gone: that time travel has ended.
        await expect(icebergRead({ tableUrl: TABLE_LOCATION, metadataFileName: `v${commit.version}.metadata.json` })).rejects.toThrow();
        expect(latest.snapshots?.some((s) => s['snapshot-id'] === commit.snapshot.id)).toBe(false);
        continue;
      }
      // VERSION AS OF: the latest metadata with this snapshot made current, read with the snapshot's own schema.
      const schemaId = latest.snapshots!.find((s) => s['snapshot-id'] === commit.snapshot.id)!['schema-id']!;
      const metadata = { ...latest, 'current-snapshot-id': commit.snapshot.id, 'current-schema-id': schemaId };
      const theirs = (await icebergRead({ tableUrl: TABLE_LOCATION, metadata })).map(normal);
      expect(sorted(theirs)).toEqual(sorted(ours.rows));
    }
  });

  it('reads all snapshots of a script without expiry, including a retried commit and an added column', async () => {
    const steps = defaultLakehouseSnapshotsParams.steps.filter((s) => s.kind !== 'expire');
    const h = build(steps);
    serve(h.table.store);
    expect(h.commits.some((c) => c.retried)).toBe(true);
    for (const commit of h.commits) {
      const theirs = (await icebergRead({ tableUrl: TABLE_LOCATION, metadataFileName: `v${commit.version}.metadata.json` })).map(normal);
      const ours = h.reads.get(commit.snapshot.seq)!.rows;
      // icebird reads with the metadata's current schema; at these versions that is the snapshot's own.
      expect(sorted(theirs)).toEqual(sorted(ours));
    }
  });
});
