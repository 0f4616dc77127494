import type { ManifestFile } from './avro';
import type { Prepared } from './ops';
import type { IcebergSchema } from './parquet';
import type { DataFile, IcebergTable, Manifest, Snapshot } from './table';

export interface Attempt {
  ok: boolean;
  /** Files this attempt wrote (rewritten manifests, the manifest list): deleted again if it fails. */
  written: string[];
  manifestsWritten: number;
  manifestsReused: number;
  snapshot: Snapshot | null;
}

const sum = (files: readonly DataFile[], f: (d: DataFile) => number) => files.reduce((t, d) => t + f(d), 0);

function listEntry(path: string, bytes: number, snapshotId: number, seq: number, live: DataFile[], added: DataFile[], deleted: DataFile[]): ManifestFile {
  const existing = live.filter((f) => !added.includes(f));
  return {
    manifest_path: path,
    manifest_length: bytes,
    partition_spec_id: 0,
    content: 0,
    sequence_number: seq,
    min_sequence_number: live.length ? Math.min(...live.map((f) => (added.includes(f) ? seq : f.seq))) : seq,
    added_snapshot_id: snapshotId,
    added_files_count: added.length,
    existing_files_count: existing.length,
    deleted_files_count: deleted.length,
    added_rows_count: sum(added, (f) => f.rows.length),
    existing_rows_count: sum(existing, (f) => f.rows.length),
    deleted_rows_count: sum(deleted, (f) => f.rows.length),
  };
}

/**
 * One commit attempt of a prepared write on top of (`baseVersion`, `base`): carry over the manifests
 * it does not touch, rewrite those listing a removed file (EXISTING + DELETED entries), add the
 * manifest of new files, write the manifest list, then swap in v(N+1).metadata.json — which fails
 * when another writer wrote that version first.
 */
export function attemptCommit(table: IcebergTable, p: Prepared, baseVersion: number, base: Snapshot | null, lastSeq: number, timestampMs: number, attempt: number): Attempt {
  if (p.newSchema) {
    if (table.store.has(table.metadataPath(baseVersion + 1))) return { ok: false, written: [], manifestsWritten: 0, manifestsReused: 0, snapshot: null };
    const current = table.schema;
    const field = p.newSchema.fields[p.newSchema.fields.length - 1]!;
    // Re-applied on the table as it is now (a retry sees another writer's schema change too).
    const schema: IcebergSchema = { type: 'struct', 'schema-id': Math.max(...table.schemas.map((s) => s['schema-id'])) + 1, fields: [...current.fields, { ...field, id: table.lastColumnId + 1 }] };
    table.schemas.push(schema);
    table.currentSchemaId = schema['schema-id'];
    table.lastColumnId += 1;
    table.swapMetadata(baseVersion, timestampMs);
    return { ok: true, written: [], manifestsWritten: 0, manifestsReused: 0, snapshot: null };
  }
  const seq = lastSeq + 1;
  const removedPaths = new Set(p.removed.map((f) => f.path));
  const schema = table.schema;
  const written: string[] = [];
  const manifests: Manifest[] = [];
  let reused = 0;
  for (const m of base?.manifests ?? []) {
    const gone = m.live.filter((f) => removedPaths.has(f.path));
    if (gone.length > 0) {
      const keep = m.live.filter((f) => !removedPaths.has(f.path));
      const path = table.writeManifest(p.snapshotId, [...keep.map((file) => ({ file, status: 0 as const })), ...gone.map((file) => ({ file, status: 2 as const }))], schema);
      written.push(path);
      manifests.push({ path, live: keep, hasDeleted: true, addedSnapshotId: p.snapshotId, listEntry: listEntry(path, table.store.get(path)!.byteLength, p.snapshotId, seq, keep, [], gone) });
    } else if (m.live.length > 0) {
      manifests.push(m);
      reused += 1;
    }
  }
  if (p.addedManifest) {
    const path = p.addedManifest;
    manifests.push({ path, live: p.added, hasDeleted: false, addedSnapshotId: p.snapshotId, listEntry: listEntry(path, table.store.get(path)!.byteLength, p.snapshotId, seq, p.added, p.added, []) });
  }
  const snapshot = { id: p.snapshotId, parentId: base?.id ?? null, seq };
  const manifestList = table.writeManifestList(snapshot, manifests.map((m) => m.listEntry), attempt);
  written.push(manifestList);
  const result = { written, manifestsWritten: written.length - 1 + (p.addedManifest ? 1 : 0), manifestsReused: reused };
  if (table.store.has(table.metadataPath(baseVersion + 1))) return { ok: false, ...result, snapshot: null };

  for (const f of p.added) {
    f.seq = seq;
    f.addedBy = p.snapshotId;
  }
  const files = [...(base?.files.filter((f) => !removedPaths.has(f.path)) ?? []), ...p.added];
  const summary = {
    'added-data-files': String(p.added.length),
    'deleted-data-files': String(p.removed.length),
    'added-records': String(sum(p.added, (f) => f.rows.length)),
    'deleted-records': String(sum(p.removed, (f) => f.rows.length)),
    'added-files-size': String(sum(p.added, (f) => f.bytes)),
    'removed-files-size': String(sum(p.removed, (f) => f.bytes)),
    'changed-partition-count': String(new Set([...p.added, ...p.removed].map((f) => f.date)).size),
    'total-records': String(sum(files, (f) => f.rows.length)),
    'total-files-size': String(sum(files, (f) => f.bytes)),
    'total-data-files': String(files.length),
    'total-delete-files': '0',
    'total-position-deletes': '0',
    'total-equality-deletes': '0',
  };
  const committed: Snapshot = { ...snapshot, timestampMs, manifestList, manifests, operation: p.operation, summary, schemaId: table.currentSchemaId, files };
  table.snapshots.push(committed);
  table.currentId = committed.id;
  table.lastSeq = seq;
  table.snapshotLog.push({ 'timestamp-ms': timestampMs, 'snapshot-id': committed.id });
  table.swapMetadata(baseVersion, timestampMs);
  return { ok: true, ...result, snapshot: committed };
}

/** Files added and removed by the snapshots committed after `base` (what a retry must validate against). */
export function changesSince(table: IcebergTable, base: Snapshot | null): { added: DataFile[]; removed: DataFile[] } {
  const before = new Set(base?.files.map((f) => f.path) ?? []);
  const now = table.current?.files ?? [];
  const nowSet = new Set(now.map((f) => f.path));
  return { added: now.filter((f) => !before.has(f.path)), removed: (base?.files ?? []).filter((f) => !nowSet.has(f.path)) };
}

/**
 * Iceberg's expire_snapshots with retain_last = keep: drop the older snapshots from the metadata and
 * delete every file only they reached (data files, manifests, manifest lists). Old metadata JSON files stay.
 */
export function expireSnapshots(table: IcebergTable, keep: number, timestampMs: number): { expired: Snapshot[]; deleted: string[] } {
  const ordered = [...table.snapshots].sort((a, b) => a.seq - b.seq);
  const retained = ordered.slice(-keep);
  const expired = ordered.slice(0, Math.max(0, ordered.length - keep));
  if (expired.length === 0) return { expired, deleted: [] };
  const reachable = new Set<string>();
  for (const s of retained) {
    reachable.add(s.manifestList);
    for (const m of s.manifests) reachable.add(m.path);
    for (const f of s.files) reachable.add(f.path);
  }
  const candidates = new Set<string>();
  for (const s of expired) {
    candidates.add(s.manifestList);
    for (const m of s.manifests) candidates.add(m.path);
    for (const f of s.files) candidates.add(f.path);
  }
  const deleted = [...candidates].filter((path) => !reachable.has(path) && table.store.has(path));
  for (const path of deleted) table.store.delete(path);
  const expiredIds = new Set(expired.map((s) => s.id));
  table.snapshots = retained;
  table.snapshotLog = table.snapshotLog.filter((e) => !expiredIds.has(e['snapshot-id']));
  table.swapMetadata(table.version, timestampMs);
  return { expired, deleted };
}
