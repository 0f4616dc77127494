import { formatBytes, formatMs, formatNumber } from '@/lib/format';
import type { QueryPlansResult } from './model';

/** The headline: every plan's bytes read (with a bar against no pushdown), requests, skips and time. */
export function PlansTable({ result }: { result: QueryPlansResult }) {
  const most = Math.max(1, ...result.plans.map((p) => p.bytesRead));
  return (
    <div className="table-scroll" role="region" aria-label="Plans compared" tabIndex={0}>
      <table className="results-table">
        <caption>
          One query, {result.plans.length} plans, over {result.files.length} files ({formatBytes(result.totalBytes)}, {formatNumber(result.totalRowGroups)} row groups, {result.columnsInFile} columns).
          The airline and cancelled filters keep {(100 * result.matchShare).toFixed(1)}% of the flights in the date range. Bytes are counted where the reader asks for byte ranges; time is the median of the timed runs.
        </caption>
        <thead>
          <tr>
            <th scope="col">Plan</th>
            <th scope="col">Bytes read (requests)</th>
            <th scope="col">Files read / skipped</th>
            <th scope="col">Row groups read / skipped by stats</th>
            <th scope="col">Columns</th>
            <th scope="col">Time</th>
            <th scope="col">Same answer</th>
          </tr>
        </thead>
        <tbody>
          {result.plans.map((p, i) => (
            <tr key={p.name} data-plan={p.name} aria-current={i === result.chosen ? 'true' : undefined}>
              <th scope="row">
                {p.name}
                {i === result.chosen ? ' (yours)' : ''}
              </th>
              <td data-cell="bytes" data-value={p.bytesRead}>
                {formatBytes(p.bytesRead)} <span className="factor">({formatNumber(p.requests)})</span>
                <span aria-hidden="true" style={{ display: 'block', height: 6, marginTop: 2, width: `${Math.max(1, (100 * p.bytesRead) / most)}%`, background: 'var(--accent)', borderRadius: 2 }} />
              </td>
              <td data-cell="files">
                {p.filesRead} / {p.filesSkipped}
              </td>
              <td data-cell="groups" data-value={p.rowGroupsSkippedByStats}>
                {formatNumber(p.rowGroupsRead)} / {formatNumber(p.rowGroupsSkippedByStats)}
              </td>
              <td>{p.columnsRead}</td>
              <td data-cell="ms" data-value={p.ms}>
                {formatMs(p.ms)}
              </td>
              <td data-cell="same">{p.sameAnswer ? 'yes' : 'NO'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The query's answer, from the plans, and whether DuckDB's agrees. */
export function AnswerTable({ result }: { result: QueryPlansResult }) {
  return (
    <div className="table-scroll" role="region" aria-label="The query's answer" tabIndex={0}>
      <table className="results-table">
        <caption>
          The answer, identical under every plan{result.duckdb.agrees ? ' and in DuckDB' : `; DuckDB differs: ${result.duckdb.mismatch ?? ''}`}
          {result.moreGroups ? ` (top 20 of ${result.answer.length + result.moreGroups} airports)` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">origin_airport</th>
            <th scope="col">mean_dep_delay_min</th>
            <th scope="col">flights</th>
          </tr>
        </thead>
        <tbody>
          {result.answer.map((row) => (
            <tr key={row.origin}>
              <th scope="row">{row.origin}</th>
              <td>{row.meanDelay === null ? 'NULL' : row.meanDelay.toFixed(2)}</td>
              <td>{formatNumber(row.flights)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every file of the table: its folder, size, row groups and how many of them could hold a kept airline. */
export function FilesTable({ result }: { result: QueryPlansResult }) {
  return (
    <div className="table-scroll" role="region" aria-label="The files" tabIndex={0}>
      <table className="results-table">
        <caption>The table’s files, one per day; “could match” counts row groups whose airline min/max overlaps the kept airlines</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Size</th>
            <th scope="col">Row groups</th>
            <th scope="col">Could match</th>
          </tr>
        </thead>
        <tbody>
          {result.files.map((f) => (
            <tr key={f.path}>
              <th scope="row">
                <code>{f.path}</code>
              </th>
              <td>{formatBytes(f.bytes)}</td>
              <td>{f.rowGroups}</td>
              <td>{f.groupsMatchingCarrier}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The query as SQL and DuckDB's own EXPLAIN ANALYZE of it. */
export function DuckDBPlan({ result }: { result: QueryPlansResult }) {
  const { duckdb } = result;
  return (
    <section aria-label="DuckDB's plan">
      <h4>DuckDB {duckdb.version}: EXPLAIN ANALYZE</h4>
      <pre>{result.sql}</pre>
      <p>
        DuckDB loaded the {result.files.length} files in {formatMs(duckdb.loadMs)} and ran the query under EXPLAIN ANALYZE in {formatMs(duckdb.queryMs)}. This DuckDB build has no Parquet reader:
        parquet-wasm decodes each file and DuckDB scans the table made from them, with flight_date taken from the folder names. So its plan shows the filters and the
        projection inside the scan (TABLE_SCAN’s Filters and Projections) but cannot show files or Parquet row groups skipped; DuckDB reading the files itself
        (READ_PARQUET) also lists its file filters and the files it scanned.
      </p>
      <div className="table-scroll" role="region" aria-label="DuckDB's EXPLAIN ANALYZE output" tabIndex={0} style={{ maxHeight: '32rem', overflowY: 'auto' }}>
        <pre data-plan="duckdb">{duckdb.plan}</pre>
      </div>
    </section>
  );
}
