'use client';

import { useId, useState } from 'react';
import { useAfterPaint } from '@/components/sandbox/useAfterPaint';
import { formatBytes, formatNumber } from '@/lib/format';
import styles from './lakehouse.module.css';
import { snapshotAt } from './asof';
import type { FileRef, LakehouseSnapshotsResult, SnapshotRow } from './types';

const when = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
const short = (f: FileRef) => f.path.split('/').pop()!.replace('.parquet', '');

function FileChanges({ s }: { s: SnapshotRow }) {
  return (
    <>
      {s.added.map((f) => (
        <span key={f.path} className={styles.added}>
          +{short(f)} <span className={styles.muted}>({f.partition.slice(5)}, {f.rows} rows, {formatBytes(f.bytes)})</span>
        </span>
      ))}
      {s.removed.map((f) => (
        <span key={f.path} className={styles.removed}>
          −{short(f)} <span className={styles.muted}>({f.rows} rows)</span>
        </span>
      ))}
    </>
  );
}

/** The headline: one row per snapshot, then the table as of the snapshot (or moment) the reader picks. */
export function SnapshotsHeadline({ result }: { result: LakehouseSnapshotsResult }) {
  const id = useId();
  const [picked, setPicked] = useState<string>('current');
  const [time, setTime] = useState('2025-02-11T18:00');
  // The snapshots are drawn with the result and the table as of a snapshot after the next frame: drawing both at once
  // held the main thread for 53–61 ms in about one cold run of four.
  const drawAsOf = useAfterPaint(result);
  const bySeq = new Map(result.snapshots.map((s) => [s.seq, s]));
  const timeMs = Date.parse(`${time}:00Z`);
  const target = picked === 'time' ? snapshotAt(result.snapshots, timeMs) : (bySeq.get(picked === 'current' ? result.currentSeq : Number(picked)) ?? null);
  const asOf = target ? result.asOf.find((a) => a.seq === target.seq) : undefined;
  return (
    <>
      <div className="table-scroll" role="region" aria-label="Snapshots" tabIndex={0}>
        <table className={`results-table ${styles.compact}`} data-table="snapshots">
          <caption>
            Every commit made a snapshot (sequence number 1, 2, …). Files are only added; “−” means the new snapshot no longer lists a file, which stays in the object store until expiry.
          </caption>
          <thead>
            <tr>
              <th scope="col">Snapshot, committed (UTC)</th>
              <th scope="col">Step and operation</th>
              <th scope="col">Files added / removed</th>
              <th scope="col">Rows (±)</th>
              <th scope="col">Files, data bytes</th>
            </tr>
          </thead>
          <tbody>
            {result.snapshots.map((s) => (
              <tr key={s.seq} data-seq={s.seq} className={s.expiredAtStep !== null ? styles.expired : s.seq === result.currentSeq ? styles.current : undefined}>
                <th scope="row">
                  {s.seq}
                  {s.seq === result.currentSeq && <span className={styles.tag}>current</span>}
                  {s.expiredAtStep !== null && <span className={styles.tag}>expired</span>}
                  {s.retried && <span className={styles.tag}>retried</span>}
                  <span className={styles.when}>{when(s.timestampMs)}</span>
                </th>
                <td className={styles.wrapCell}>
                  {s.step + 1}. {s.what} <span className={styles.muted}>({s.operation})</span>
                </td>
                <td>
                  <div className={styles.fileCell}>
                    <FileChanges s={s} />
                  </div>
                </td>
                <td>
                  <span data-cell="rows">{formatNumber(s.totalRows)}</span>{' '}
                  <span className={styles.muted}>
                    (+{s.addedRows} / −{s.deletedRows})
                  </span>
                </td>
                <td>
                  {s.totalFiles}, {formatBytes(s.totalBytes)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className={styles.asOfControls}>
        <label htmlFor={`${id}-as-of`}>Read the table as of</label>
        <select id={`${id}-as-of`} value={picked} onChange={(e) => setPicked(e.target.value)}>
          <option value="current">the current snapshot ({result.currentSeq})</option>
          {result.snapshots.map((s) => (
            <option key={s.seq} value={s.seq}>
              VERSION AS OF snapshot {s.seq}
            </option>
          ))}
          <option value="time">TIMESTAMP AS OF a moment…</option>
        </select>
        {picked === 'time' && (
          <label>
            moment (UTC) <input type="datetime-local" value={time} onChange={(e) => setTime(e.target.value)} aria-label="Moment for TIMESTAMP AS OF (UTC)" />
          </label>
        )}
      </div>
      {drawAsOf ? <AsOfTable result={result} target={target} picked={picked} asOf={asOf} /> : <p className="results-note">Reading the table as of the snapshot…</p>}
    </>
  );
}

function AsOfTable({ result, target, picked, asOf }: { result: LakehouseSnapshotsResult; target: SnapshotRow | null; picked: string; asOf: LakehouseSnapshotsResult['asOf'][number] | undefined }) {
  if (!target || !asOf) return <p className="field-hint">No snapshot was current at that moment: the first commit came at {when(result.snapshots[0]?.timestampMs ?? 0)}.</p>;
  return (
    <div data-as-of={asOf.seq} data-readable={asOf.readable}>
      <p className={asOf.readable ? undefined : styles.warn}>
        {picked === 'time' && `The snapshot current then is ${target.seq} (committed ${when(target.timestampMs)}). `}
        {asOf.readable
          ? `Snapshot ${asOf.seq}: ${formatNumber(asOf.rowCount)} rows from ${asOf.files.length} data file${asOf.files.length === 1 ? '' : 's'} (${asOf.files.map((f) => f.split('/').pop()).join(', ')}), read back from the files with the snapshot's own schema.`
          : `Time travel to snapshot ${asOf.seq} fails now: ${asOf.error} Below is what it held when it was committed, read back then.`}
      </p>
      <div className="table-scroll" role="region" aria-label={`Table as of snapshot ${asOf.seq}`} tabIndex={0}>
        <table className={`results-table ${styles.compact}`} data-table="as-of">
          <caption>
            uploads as of snapshot {asOf.seq}
            {asOf.rowCount > asOf.rows.length ? `: the first ${asOf.rows.length} of ${formatNumber(asOf.rowCount)} rows by upload_id` : ''}
          </caption>
          <thead>
            <tr>
              {asOf.columns.map((c) => (
                <th scope="col" key={c}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {asOf.rows.map((row) => (
              <tr key={String(row.upload_id)} data-upload={String(row.upload_id)}>
                {asOf.columns.map((c) => (
                  <td key={c}>{row[c] === null || row[c] === undefined ? <span className={styles.muted}>null</span> : String(row[c])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
