import { formatMs, formatNumber } from '@/lib/format';
import { backoffCeiling } from './backoff';
import type { DeliveryResult } from './compute';
import styles from './delivery.module.css';
import { countOf, type IdList } from './ledger';
import { crashPointLabel, modeShort, type DeliveryParams } from './model';

/** The ids, each kept on one line (“m-180”, never “m-” and “180”), then how many more. */
function Ids({ list }: { list: IdList }) {
  if (countOf(list) === 0) return <>—</>;
  return (
    <>
      {list.ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <span className={styles.id}>m-{id}</span>
        </span>
      ))}
      {list.more ? ` … and ${formatNumber(list.more)} more` : ''}
    </>
  );
}

/** The headline: every mode on the same messages and faults, checked against the ground truth. */
export function ModesTable({ result }: { result: DeliveryResult }) {
  return (
    <div className="table-scroll" role="region" aria-label="Each mode against the ground truth" tabIndex={0}>
      <table className={`results-table ${styles.numbers}`}>
        <caption>
          What reached the sink, per mode, for the same {formatNumber(result.messages)} messages and the same faults
        </caption>
        <thead>
          <tr>
            <th scope="col">Mode</th>
            <th scope="col">Once</th>
            <th scope="col">Duplicated (extra rows)</th>
            <th scope="col">Lost</th>
            <th scope="col">In the DLQ</th>
            <th scope="col">Dropped by the producer</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => (
            <tr key={row.mode} className={row.mode === result.mode ? styles.chosen : undefined} data-mode={row.mode} aria-current={row.mode === result.mode ? 'true' : undefined}>
              <th scope="row">
                {modeShort[row.mode]}
                {row.mode === result.mode && ' (your mode)'}
              </th>
              <td data-result="once">{formatNumber(row.once)}</td>
              <td data-result="duplicated">
                {formatNumber(row.duplicated)}
                {row.extraRows !== row.duplicated && ` (${formatNumber(row.extraRows)})`}
                {row.absorbed > 0 && ` · ${formatNumber(row.absorbed)} absorbed`}
              </td>
              <td data-result="lost">{formatNumber(row.lost)}</td>
              <td data-result="dlq">{formatNumber(row.dlq)}</td>
              <td data-result="dropped">{formatNumber(row.dropped)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The chosen mode's verdict with the exact message ids. */
export function IdsTable({ result }: { result: DeliveryResult }) {
  const r = result.reconciliation;
  const rows: Array<[string, string, IdList]> = [
    ['duplicated', 'Duplicated', r.duplicated],
    ['lost', 'Lost', r.lost],
    ['dlq', 'Parked in the DLQ', r.dlq],
    ['dropped', 'Dropped by the producer', r.dropped],
  ];
  return (
    <table className="results-table">
      <caption>
        {modeShort[result.mode]}: the exact ids ({formatNumber(r.once)} of {formatNumber(result.messages)} reached the sink exactly once)
      </caption>
      <tbody>
        {rows.map(([key, label, list]) => (
          <tr key={key}>
            <th scope="row">
              {label} ({formatNumber(countOf(list))})
            </th>
            <td className={styles.ids} data-ids={key}>
              <Ids list={list} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const faultText = (f: DeliveryResult['faults'][number]) =>
  f.kind === 'crash' ? `Crash ${crashPointLabel[f.point ?? 'before-write']}` : f.kind === 'rebalance' ? 'Rebalance: partitions taken mid-poll, commit refused' : 'Poll took longer than max.poll.interval.ms: partitions taken';

/** Every crash and lost partition, with what it left behind. */
export function FaultsTable({ result }: { result: DeliveryResult }) {
  if (result.faults.length === 0) return <p className="results-note">No crash or rebalance struck this run{result.unreached ? ` (${result.unreached} set for polls it never reached)` : ''}.</p>;
  return (
    <div className="table-scroll" role="region" aria-label="Faults in this run" tabIndex={0}>
      <table className={`results-table ${styles.numbers}`}>
        <caption>
          Faults under {modeShort[result.mode]}
          {result.faultsMore ? `: the first ${result.faults.length}, and ${result.faultsMore} more` : ''}
          {result.unreached ? ` (${result.unreached} set for polls the run never reached)` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Poll</th>
            <th scope="col">At</th>
            <th scope="col">Consumer (partitions)</th>
            <th scope="col">What happened</th>
            <th scope="col">Written, not committed</th>
            <th scope="col">Committed, not written</th>
            <th scope="col">Rolled back</th>
          </tr>
        </thead>
        <tbody>
          {result.faults.map((f, i) => (
            <tr key={i}>
              <th scope="row">{f.batch}</th>
              <td>{formatMs(f.atMs)}</td>
              <td>
                {f.consumer} ({f.partitions.join(', ')})
              </td>
              <td className={styles.what}>{faultText(f)}</td>
              <td>{f.inFlight}</td>
              <td>{f.atRisk}</td>
              <td>{f.aborted}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The closed form beside the count: duplicates per crash equal the records in flight. */
export function ClosedForm({ result }: { result: DeliveryResult }) {
  const r = result.reconciliation;
  if (result.mode === 'at-most-once')
    return (
      <p className="results-note" data-check="at-risk">
        Check: the crashes caught {formatNumber(result.atRisk)} record(s) committed but not written; the sink lacks {formatNumber(countOf(r.lost))} message(s)
        {countOf(r.lost) === result.atRisk ? ', the same number.' : ' (a transient failure or the DLQ accounts for the difference).'}
      </p>
    );
  if (result.mode === 'at-least-once' || result.mode === 'auto')
    return (
      <p className="results-note" data-check="in-flight">
        Check: the faults caught {formatNumber(result.inFlight)} record(s) written but not committed; the sink has {formatNumber(r.extraRows - result.extraFromReplay)} extra row(s) from redelivery
        {r.extraRows - result.extraFromReplay === result.inFlight ? ', the same number.' : ' (they differ when a redelivered record was parked in the DLQ instead of written again).'}
        {result.extraFromReplay ? ` Replaying the DLQ added ${formatNumber(result.extraFromReplay)} more.` : ''}
      </p>
    );
  return null;
}

/** Backoff: the waits the run drew before each retry, against their ceilings. */
export function RetryTable({ result, params }: { result: DeliveryResult; params: DeliveryParams }) {
  return (
    <table className={`results-table ${styles.numbers}`}>
      <caption>
        Waits before each retry (full jitter: uniform between 0 and the ceiling, so the mean should be near half of it)
      </caption>
      <thead>
        <tr>
          <th scope="col">Retry</th>
          <th scope="col">Ceiling</th>
          <th scope="col">Retries</th>
          <th scope="col">Mean wait</th>
          <th scope="col">Longest wait</th>
        </tr>
      </thead>
      <tbody>
        {result.retries.length === 0 ? (
          <tr>
            <td colSpan={5}>One attempt per record: no retries.</td>
          </tr>
        ) : (
          result.retries.map((row) => (
            <tr key={row.retry}>
              <th scope="row">{row.retry}</th>
              <td>{formatMs(backoffCeiling(row.retry, params.backoffMs, params.backoffCapMs))}</td>
              <td>{formatNumber(row.count)}</td>
              <td>{row.count ? formatMs(row.meanMs) : '—'}</td>
              <td>{row.count ? formatMs(row.maxMs) : '—'}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
