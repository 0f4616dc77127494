import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatBytes } from '@/lib/format';
import styles from './lakehouse.module.css';
import type { LakehouseSnapshotsResult } from './types';

const series = [
  { key: 'storedBytes', name: 'Data files in the object store', color: 'var(--danger)' },
  { key: 'currentBytes', name: 'Data files the current snapshot reads', color: 'var(--accent)' },
  { key: 'metadataBytes', name: 'Metadata files (JSON, Avro)', color: 'var(--muted)' },
] as const;

/** Bytes kept against bytes read, after each step: history costs storage until expiry frees it. */
export function StorageChart({ result }: { result: LakehouseSnapshotsResult }) {
  const last = result.storage[result.storage.length - 1];
  return (
    <figure className="chart" aria-label={`Bytes after each step. At the end the store holds ${formatBytes(last?.storedBytes ?? 0)} of data files and the current snapshot reads ${formatBytes(last?.currentBytes ?? 0)}. Before expiry the store keeps every file any snapshot listed.`}>
      <figcaption>Bytes after each step: what is stored against what the current snapshot reads</figcaption>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={result.storage} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="label" stroke="var(--muted)" label={{ value: 'step', position: 'insideBottomRight', offset: -2, fill: 'var(--muted)' }} />
          <YAxis stroke="var(--muted)" width={52} tickFormatter={(v: number) => `${Math.round(v / 1000)} kB`} />
          <Tooltip formatter={(v) => formatBytes(Number(v))} labelFormatter={(l) => `after step ${typeof l === 'string' || typeof l === 'number' ? l : ''}`} contentStyle={{ background: 'var(--bg)', border: '1px solid var(--border)', color: 'var(--text)' }} />
          <Legend />
          {series.map((s) => (
            <Line key={s.key} type="stepAfter" dataKey={s.key} name={s.name} stroke={s.color} dot={false} strokeWidth={2} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

export function VersionsTable({ result }: { result: LakehouseSnapshotsResult }) {
  return (
    <div className="table-scroll" role="region" aria-label="Metadata versions" tabIndex={0}>
      <table className={`results-table ${styles.compact}`} data-table="versions">
        <caption>
          The metadata log: every change wrote a new metadata file. A file-system catalog commits by creating the next vN.metadata.json only if no writer has created it yet, then points
          version-hint.text at it (now v{result.finalVersion}). A schema change or an expiry writes a version without a snapshot.
        </caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Step</th>
            <th scope="col">Change</th>
            <th scope="col">Written (UTC)</th>
          </tr>
        </thead>
        <tbody>
          {result.versions.map((v) => (
            <tr key={v.version}>
              <th scope="row">{v.file.split('/').pop()}</th>
              <td>{v.step + 1}</td>
              <td>{v.change === 'snapshot' ? `snapshot ${v.snapshotSeq}` : v.change === 'schema' ? 'new schema (no snapshot)' : 'snapshots expired (no snapshot)'}</td>
              <td>{new Date(v.timestampMs).toISOString().slice(0, 16).replace('T', ' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const stateText = { current: 'read by the current snapshot', history: 'kept for time travel only', deleted: 'deleted', metadata: 'metadata' } as const;

export function FilesTable({ result }: { result: LakehouseSnapshotsResult }) {
  return (
    <div className="table-scroll" role="region" aria-label="Object store" tabIndex={0}>
      <table className={`results-table ${styles.compact}`} data-table="files">
        <caption>
          Every file the table wrote under s3://lake/uploads/, in the order written
          {result.filesTotal > result.files.length ? ` (the first ${result.files.length} of ${result.filesTotal})` : ''}. Only the
          pointer version-hint.text is rewritten; no other file was changed after it was written.
        </caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Now</th>
            <th scope="col">Kind</th>
            <th scope="col">Bytes</th>
          </tr>
        </thead>
        <tbody>
          {result.files.map((f) => (
            <tr key={f.path} data-state={f.state} className={f.state === 'deleted' ? styles.expired : undefined}>
              <th scope="row">{f.path}</th>
              <td>{stateText[f.state]}</td>
              <td>{f.kind}</td>
              <td>{formatBytes(f.bytes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
