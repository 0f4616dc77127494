import { formatBytes, formatNumber } from '@/lib/format';
import styles from './lakehouse.module.css';
import type { LakehouseSnapshotsResult } from './types';

const ids = (xs: readonly number[]) => (xs.length ? xs.join(', ') : '—');

/** Readers that started before later commits: what they still see, and whether expiry cut them off. */
export function ReadersTable({ result }: { result: LakehouseSnapshotsResult }) {
  if (result.readers.length === 0) return <p className="field-hint">No reader in this run: add the step “A reader starts a long query” before a commit.</p>;
  return (
    <div className="table-scroll" role="region" aria-label="Readers" tabIndex={0}>
      <table className={`results-table ${styles.compact}`} data-table="readers">
        <caption>
          Each reader loaded the table's metadata at its step and reads its snapshot twice: right after the next commit lands, and again at the end of the script.
        </caption>
        <thead>
          <tr>
            <th scope="col">Reader: step, snapshot it loaded</th>
            <th scope="col">Read after the next commit</th>
            <th scope="col">Commits since</th>
            <th scope="col">Read at the end</th>
            <th scope="col">Rows now</th>
            <th scope="col">Uploads it still sees, gone now</th>
            <th scope="col">Uploads new since</th>
          </tr>
        </thead>
        <tbody>
          {result.readers.map((r) => (
            <tr key={r.step} data-reader={r.step + 1} data-ok={r.ok}>
              <th scope="row">
                step {r.step + 1}, snapshot {r.pinnedSeq}
              </th>
              <td className={styles.wrapCell}>
                {r.during ? `${formatNumber(r.during.seen)} rows, while snapshot ${r.during.currentSeq} (${formatNumber(r.during.currentRows)} rows) became current at step ${r.during.afterStep + 1}` : 'no later commit'}
              </td>
              <td>{r.commitsSince}</td>
              <td className={r.ok ? undefined : `${styles.fail} ${styles.wrapCell}`}>{r.ok ? formatNumber(r.rowsSeen) : `fails: ${r.error}`}</td>
              <td>{formatNumber(r.rowsNow)}</td>
              <td>{r.ok ? ids(r.goneSince) : '—'}</td>
              <td>{r.ok ? ids(r.newSince) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Two writers from the same snapshot: who won, what the loser found, and how its retry went. */
export function RacesTable({ result }: { result: LakehouseSnapshotsResult }) {
  if (result.races.length === 0) return <p className="field-hint">No two writers raced in this run: add “Two writers at once” before two writes.</p>;
  return (
    <div className="table-scroll" role="region" aria-label="Two writers at once" tabIndex={0}>
      <table className={`results-table ${styles.compact}`} data-table="races">
        <caption>Optimistic concurrency: both writers prepare their files against the same snapshot; the commit is an atomic swap to the next metadata version, which only one can make.</caption>
        <thead>
          <tr>
            <th scope="col">Step, both started on</th>
            <th scope="col">Winner</th>
            <th scope="col">Loser's first try</th>
            <th scope="col">Retry</th>
          </tr>
        </thead>
        <tbody>
          {result.races.map((r) => (
            <tr key={r.step} data-race={r.step + 1} data-outcome={r.outcome}>
              <th scope="row">
                step {r.step + 1}, snapshot {r.baseSeq}
              </th>
              <td className={styles.wrapCell}>
                {r.winner.what} → snapshot {r.winner.seq}
              </td>
              <td className={styles.wrapCell}>
                {r.loser.what}: {r.conflict}
              </td>
              <td className={`${styles.wrapCell} ${r.outcome === 'failed' ? styles.fail : styles.pass}`}>
                {r.outcome === 'retried' ? `Committed as snapshot ${r.retrySeq}. ${r.reason}` : `Refused: ${r.reason}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What each expiry deleted and which time travel it ended. */
export function ExpiriesTable({ result }: { result: LakehouseSnapshotsResult }) {
  if (result.expiries.length === 0) return <p className="field-hint">Nothing expired in this run: add “Expire old snapshots”.</p>;
  return (
    <div className="table-scroll" role="region" aria-label="Expiry" tabIndex={0}>
      <table className={`results-table ${styles.compact}`} data-table="expiries">
        <caption>Expiring snapshots removes them from the metadata and deletes the files only they reached; old metadata JSON files stay, but what they point to is gone.</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Kept newest</th>
            <th scope="col">Snapshots expired</th>
            <th scope="col">Data files deleted</th>
            <th scope="col">Manifests / lists deleted</th>
            <th scope="col">Bytes freed</th>
            <th scope="col">Uploads no version can read now</th>
          </tr>
        </thead>
        <tbody>
          {result.expiries.map((e) => (
            <tr key={e.step} data-expiry={e.step + 1}>
              <th scope="row">{e.step + 1}</th>
              <td>{e.keep}</td>
              <td>{ids(e.expiredSeqs)}</td>
              <td data-cell="data-files">{e.deleted.dataFiles}</td>
              <td>
                {e.deleted.manifests} / {e.deleted.manifestLists}
              </td>
              <td>{formatBytes(e.deleted.bytes)}</td>
              <td className={styles.wrapCell}>{ids(e.lostIds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
