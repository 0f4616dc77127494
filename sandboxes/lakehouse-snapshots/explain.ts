import type { LakehouseSnapshotsParams } from './model';
import type { LakehouseSnapshotsResult } from './types';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const list = (xs: readonly number[]) => (xs.length <= 8 ? xs.join(', ') : `${xs.slice(0, 8).join(', ')} and ${xs.length - 8} more`);

/** Sentences about this run, from its own numbers. */
export function explainRun(result: LakehouseSnapshotsResult, params: LakehouseSnapshotsParams): string[] {
  const out: string[] = [];
  const { snapshots } = result;
  out.push(
    `${plural(params.steps.length, 'step')} made ${plural(snapshots.length, 'snapshot')} and ${plural(result.finalVersion, 'metadata version')} (v1 … v${result.finalVersion}.metadata.json). Each snapshot was read back from its own files — metadata JSON, Avro manifest list and manifests, Parquet data — and matched what its writer meant to write: ${plural(result.verified.rows, 'row')} checked.`,
  );
  if (snapshots.length >= 2) {
    out.push(`Row counts by snapshot: ${snapshots.map((s) => `${s.seq}: ${s.totalRows}`).join(', ')}. No data file or manifest was ever changed in place: each commit added files, and removed ones only from the new snapshot's list.`);
  }
  const last = result.storage[result.storage.length - 1];
  if (last) {
    out.push(
      `At the end the current snapshot reads ${kb(last.currentBytes)} of data files, while the object store holds ${kb(last.storedBytes)} of data files and ${kb(last.metadataBytes)} of metadata: the difference is what keeping history costs.`,
    );
  }
  for (const r of result.readers) {
    const during = r.during
      ? `After step ${r.during.afterStep + 1} committed snapshot ${r.during.currentSeq} (${plural(r.during.currentRows, 'row')}), the reader that started at step ${r.step + 1} on snapshot ${r.pinnedSeq} still read its ${plural(r.during.seen, 'row')}: it keeps the metadata it loaded.`
      : `The reader that started at step ${r.step + 1} on snapshot ${r.pinnedSeq} saw no later commit.`;
    const end = r.ok
      ? ` At the end, ${plural(r.commitsSince, 'commit')} later, it still reads ${plural(r.rowsSeen, 'row')}${r.goneSince.length ? `, including upload ${list(r.goneSince)} that the current table no longer has` : ''}.`
      : ` At the end its read fails: ${r.error} Expiry deleted a file its snapshot needed.`;
    out.push(during + end);
  }
  for (const race of result.races) {
    out.push(
      `At step ${race.step + 1} two writers started from snapshot ${race.baseSeq}. "${race.winner.what}" committed first; "${race.loser.what}" found ${race.conflict.split(' ')[0]} taken and ${race.outcome === 'retried' ? `retried against the new snapshot, committing snapshot ${race.retrySeq}.` : `was refused on retry: ${race.reason}`}`,
    );
  }
  for (const e of result.expiries) {
    if (e.expiredSeqs.length === 0) {
      out.push(`Step ${e.step + 1} kept the newest ${e.keep}: there was nothing older to expire.`);
      continue;
    }
    out.push(
      `Expiring at step ${e.step + 1} removed snapshot${e.expiredSeqs.length === 1 ? '' : 's'} ${list(e.expiredSeqs)} and deleted ${plural(e.deleted.dataFiles, 'data file')}, ${plural(e.deleted.manifests, 'manifest')} and ${plural(e.deleted.manifestLists, 'manifest list')} (${kb(e.deleted.bytes)}). Time travel to ${e.expiredSeqs.length === 1 ? 'it' : 'them'} now fails${e.lostIds.length ? `, and upload${e.lostIds.length === 1 ? '' : 's'} ${list(e.lostIds)} can no longer be read at any version` : ''}.`,
    );
  }
  return out;
}
