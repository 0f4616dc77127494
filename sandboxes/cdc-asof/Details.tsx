import { formatMs, formatNumber } from '@/lib/format';
import styles from './cdc-asof.module.css';
import { Region } from './Tables';
import { FEATURES, FEATURE_LABEL, type CdcAsofResult } from './model';

/** Per feature: rows whose naive value came from after the anchor (the chart's numbers). */
export function LeakCounts({ result }: { result: CdcAsofResult }) {
  const matched = result.anchors.train + result.anchors.test - result.anchors.naiveMissing;
  return (
    <Region label="Rows per feature with a value from the future">
      <table className="results-table">
        <caption>
          Of the {formatNumber(matched)} anchors the naive join found a final row for, {formatNumber(result.leakedRows)} hold at least one value from after the anchor
        </caption>
        <thead>
          <tr>
            <th scope="col">Feature</th>
            <th scope="col">Rows from the future</th>
          </tr>
        </thead>
        <tbody>
          {result.leaks.map((l) => (
            <tr key={l.feature} data-feature={l.feature}>
              <th scope="row">{FEATURE_LABEL[l.feature]}</th>
              <td data-rows={l.rows}>
                {formatNumber(l.rows)} ({(100 * l.share).toFixed(1)}%)
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Region>
  );
}

/** Where the anchors went, the two models' weights, sample events, the SQL, and the run's timings. */
export function RunDetails({ result }: { result: CdcAsofResult }) {
  const { anchors } = result;
  const [asof, naive] = result.models;
  return (
    <>
      <p className="results-note" data-anchors={anchors.total}>
        {formatNumber(anchors.total)} anchors, one per order: {formatNumber(anchors.finishedBefore)} left out because the order had already finished at its anchor, {formatNumber(anchors.noAsofRow)} with no row as of the anchor (kept, with
        NULL features read as 0), {formatNumber(anchors.naiveMissing)} with no final row (left out of the naive set); {formatNumber(anchors.train)} training and {formatNumber(anchors.test)} later-period anchors.{' '}
        {anchors.asofMatchesJs ? `DuckDB’s ASOF join and a plain replay of each order’s events up to its anchor found the same version for all ${formatNumber(anchors.asofChecked)} anchors.` : 'DuckDB’s ASOF join and the replay disagree on some anchors: please report this.'}
      </p>
      {asof && naive ? (
        <Region label="Model weights">
          <table className="results-table">
            <caption>
              Weights on standardised features (L2 penalty 1; a constant feature gets 0). Trained as of the anchor: {formatNumber(asof.trainRows)} rows, {(100 * asof.positiveRate).toFixed(1)}% cancelled; on final rows:{' '}
              {formatNumber(naive.trainRows)} rows, {(100 * naive.positiveRate).toFixed(1)}% cancelled.
            </caption>
            <thead>
              <tr>
                <th scope="col">Feature</th>
                <th scope="col">As of the anchor</th>
                <th scope="col">Final rows</th>
              </tr>
            </thead>
            <tbody>
              {FEATURES.map((f, j) => (
                <tr key={f}>
                  <th scope="row">{FEATURE_LABEL[f]}</th>
                  <td>{(asof.weights[j] ?? 0).toFixed(2)}</td>
                  <td>{(naive.weights[j] ?? 0).toFixed(2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Region>
      ) : null}
      <h4>One order’s change events (Debezium’s envelope: op, before, after, source.lsn, source.ts_ms)</h4>
      <pre className={styles.code} tabIndex={0}>
        {result.sampleEvents.join('\n')}
      </pre>
      <h4>The SQL DuckDB ran ({result.duckdbVersion})</h4>
      <pre className={styles.code} tabIndex={0}>
        {`${result.sql.history}\n\n-- Each anchor's row as of its time\n${result.sql.asof};\n\n-- Each anchor's final row (the naive join)\n${result.sql.naive};`}
      </pre>
      <p className="results-note">
        Generating and replaying took {formatMs(result.ms.generate)}, DuckDB {formatMs(result.ms.duckdb)}, comparing and training {formatMs(result.ms.models)}: {formatMs(result.ms.total)} in all.
      </p>
    </>
  );
}
