import { formatMs, formatNumber } from '@/lib/format';
import styles from './dataflow.module.css';
import { modeLabels, modeNames, rateLabel, type DataflowParams, type DataflowResult, type LeadChange, type Mode, type SweepRow } from './model';

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;

type Run = DataflowResult['runs'][number];
interface Measure {
  id: string;
  label: string;
  show(run: Run): string;
  /** The raw number, for tests and tools (data-value). */
  value?(run: Run): number | null;
}

/** The rows of the results table: one measure per row, one mode per column, so it stays narrow. */
function measures(result: DataflowResult): Measure[] {
  const latency = (pick: (run: Run) => { p50: number; p99: number } | null, q: 'p50' | 'p99') => (run: Run) => {
    const summary = pick(run);
    return summary ? formatMs(summary[q]) : '—';
  };
  return [
    { id: 'wait-p50', label: 'A waited, median', show: latency((r) => r.callerWait, 'p50') },
    { id: 'wait-p99', label: 'A waited, p99', show: latency((r) => r.callerWait, 'p99') },
    { id: 'p50', label: 'End to end, median', show: latency((r) => r.endToEnd, 'p50'), value: (r) => r.endToEnd?.p50 ?? null },
    { id: 'p99', label: 'End to end, p99', show: latency((r) => r.endToEnd, 'p99'), value: (r) => r.endToEnd?.p99 ?? null },
    { id: 'errors', label: 'Errors A saw', show: (r) => `${pct(r.failed / r.requests)} (${formatNumber(r.failed)})`, value: (r) => r.failed / r.requests },
    { id: 'lost', label: 'Lost: deleted unread', show: (r) => (r.mode === 'bus' ? formatNumber(r.lost) : '—'), value: (r) => r.lost },
    { id: 'late', label: 'Late: after the deadline', show: (r) => formatNumber(r.late), value: (r) => r.late },
    { id: 'missed', label: 'Missed: errors, lost or late', show: (r) => pct(r.missedShare), value: (r) => r.missedShare },
    { id: 'throughput', label: 'Answers per second', show: (r) => r.throughputPerSec.toFixed(1), value: (r) => r.throughputPerSec },
    { id: 'attempts', label: 'Calls, queries or attempts', show: (r) => formatNumber(r.attempts), value: (r) => r.attempts },
    {
      id: 'staleness',
      label: 'B’s view behind, at most',
      show: (r) => (r.mode === 'bus' && result.bus ? `${result.bus.maxStalenessSec.toFixed(2)} s` : '0: reads live'),
      value: (r) => (r.mode === 'bus' && result.bus ? result.bus.maxStalenessSec : 0),
    },
  ];
}

/** The headline: each chosen mode on the same requests, one measure per row. */
export function ModeTable({ result, params }: { result: DataflowResult; params: DataflowParams }) {
  return (
    <>
      <div className="table-scroll" role="region" aria-label="Each mode's results" tabIndex={0}>
        <table className={`results-table ${styles.numbers}`}>
          <caption>Each mode on the same requests, with a {formatMs(result.deadlineMs)} deadline</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              {result.runs.map((r) => (
                <th key={r.mode} scope="col" data-mode={r.mode}>
                  {modeLabels[r.mode]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {measures(result).map((measure) => (
              <tr key={measure.id} data-measure={measure.id}>
                <th scope="row">{measure.label}</th>
                {result.runs.map((r) => (
                  <td key={r.mode} data-mode={r.mode} data-value={measure.value?.(r) ?? undefined}>
                    {measure.show(r)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="results-note">
        {formatNumber(result.requests)} requests from A over {result.runSec} simulated seconds (seed {params.seed}), the same requests for every mode; {formatNumber(result.events)} simulated
        events in all. Times are simulated milliseconds, not measured ones, so a seed always gives the same numbers.
      </p>
    </>
  );
}

/** The main run's chain against 1 − (1 − q)ᴴ. */
export function RpcCheck({ result }: { result: DataflowResult }) {
  const rpc = result.runs.find((r) => r.mode === 'rpc');
  if (!result.rpc || !rpc) return null;
  return (
    <p className="results-note" data-rpc-check>
      RPC chain against its closed form: measured error rate {pct(rpc.errorRate)}, predicted {pct(result.rpc.predictedErrorRate)} ± {pct(4 * result.rpc.standardError)} (4 standard errors for this
      many requests).
    </p>
  );
}

function leader(row: SweepRow): string {
  const best = Math.min(row.db.missedShare, row.rpc.missedShare, row.bus.missedShare);
  return (['rpc', 'bus', 'db'] as Mode[])
    .filter((m) => row[m].missedShare === best)
    .map((m) => modeLabels[m])
    .join(', ');
}

function leadText(lead: LeadChange | 'from-start' | null): string {
  if (lead === 'from-start') return 'from 0';
  if (lead === null) return 'never';
  return `≈ ${(lead.estimate * 100).toFixed(2)} %`;
}

/** The failure-rate sweep, and where each pair of modes changes places. */
export function SweepTable({ sweep, params }: { sweep: NonNullable<DataflowResult['sweep']>; params: DataflowParams }) {
  return (
    <>
      <p className="sandbox-part">The sweep: every mode at each failure rate</p>
      <div className="table-scroll" role="region" aria-label="Failure-rate sweep" tabIndex={0}>
        <table className={`results-table ${styles.numbers}`}>
          <caption>
            Requests missed (failed, lost or later than {formatMs(params.deadlineMs)}) at each per-hop failure rate; the chain has {params.hops} hop{params.hops === 1 ? '' : 's'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Failure rate per hop</th>
              <th scope="col">{modeLabels.db}</th>
              <th scope="col">{modeLabels.rpc}</th>
              <th scope="col">{modeLabels.bus}</th>
              <th scope="col">Chain errors</th>
              <th scope="col">Fewest missed</th>
            </tr>
          </thead>
          <tbody>
            {sweep.rows.map((row) => (
              <tr key={row.failureRate} data-rate={row.failureRate}>
                <th scope="row">{rateLabel(row.failureRate)}</th>
                <td>{pct(row.db.missedShare)}</td>
                <td data-cell="rpc">{pct(row.rpc.missedShare)}</td>
                <td data-cell="bus">{pct(row.bus.missedShare)}</td>
                <td>{pct(row.rpc.errorRate)}</td>
                <td>{leader(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className={styles.crossovers} data-crossovers>
        {sweep.crossovers.map((c) => (
          <li key={`${c.a}-${c.b}`}>
            {modeLabels[c.a]} against {modeNames[c.b]}:{' '}
            {c.changes.length === 0
              ? `${c.atStart === 'tie' ? 'level' : `${modeNames[c.atStart]} misses fewer`} all the way.`
              : `${c.atStart === 'tie' ? 'level at 0' : `${modeNames[c.atStart]} misses fewer at 0`}; ${c.changes
                  .map((change) => `${modeNames[change.leader]} leads from ≈ ${(change.estimate * 100).toFixed(2)} % (between the swept ${rateLabel(change.fromRate)} and ${rateLabel(change.toRate)})`)
                  .join(', then ')}.`}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The chain at the reader's failure rate by its number of hops, against (1 − q)ᴴ, and where the other modes overtake it. */
export function HopTable({ sweep, params }: { sweep: NonNullable<DataflowResult['sweep']>; params: DataflowParams }) {
  return (
    <>
      <p className="sandbox-part">The chain by its length</p>
      <div className="table-scroll" role="region" aria-label="Chain-length sweep" tabIndex={0}>
        <table className={`results-table ${styles.numbers}`}>
          <caption>
            The chain at p = {rateLabel(params.failureRate)}
            {params.retries ? ` with up to ${params.maxRetries} retries` : ', no retries'}, by its number of hops, and the failure rate from which each other mode misses fewer requests
          </caption>
          <thead>
            <tr>
              <th scope="col">Hops</th>
              <th scope="col">Success, measured</th>
              <th scope="col">Success, closed form</th>
              <th scope="col">Bus misses fewer from p</th>
              <th scope="col">Database misses fewer from p</th>
            </tr>
          </thead>
          <tbody>
            {sweep.hops.map((row) => (
              <tr key={row.hops} data-hops={row.hops}>
                <th scope="row">{row.hops}</th>
                <td data-cell="success">{pct(1 - row.errorRate)}</td>
                <td>
                  {pct(1 - row.predictedErrorRate)} <span className="factor">± {pct(4 * row.standardError)}</span>
                </td>
                <td>{leadText(row.busOvertakesAt)}</td>
                <td>{leadText(row.dbOvertakesAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
