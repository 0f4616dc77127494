import type { ReactNode } from 'react';
import { ENGINE_LABEL } from '@/lib/engines/sql';
import { formatBytes, formatMs, formatNumber } from '@/lib/format';
import type { Summary } from '@/lib/stats';
import styles from './etl-elt.module.css';
import { COMPLEXITY_LABEL, DROP_LABEL, DROP_REASONS, PATTERN_LABEL, RAW_FIELDS, STAGE_LABEL, type EtlEltResult, type StageId, type TableMatch, type WarehouseResult } from './model';

/** The new question's steps, as columns: ELT has only the second (a CREATE VIEW) and the answer. */
const QUESTION_STEPS: [StageId, string][] = [
  ['extract', 'Extract again'],
  ['transform', 'Transform again, or create the view'],
  ['load', 'Load again'],
  ['query', 'Answer'],
];
const engineShort = (w: WarehouseResult) => (w.engine === 'duckdb' ? 'DuckDB' : 'SQLite');

/** The spread of the runs, compactly: "5.6–19.2 ms" (units written once when they agree). */
function range(s: Summary): string {
  if (s.n < 2) return 'one run';
  const [lo, hi] = [formatMs(s.min), formatMs(s.max)];
  const unit = (t: string) => t.slice(t.lastIndexOf(' ') + 1);
  return unit(lo) === unit(hi) ? `${lo.slice(0, lo.lastIndexOf(' '))}–${hi}` : `${lo}–${hi}`;
}

function Region({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** The headline: each pattern on each warehouse, stage by stage, and whether their final tables agree. */
export function StageTable({ result }: { result: EtlEltResult }) {
  const stageColumns: StageId[] = result.reads > 0 ? ['extract', 'transform', 'load', 'query'] : ['extract', 'transform', 'load'];
  return (
    <>
      <p className="results-note">
        {formatNumber(result.source.lines)} CSV lines ({formatBytes(result.source.csvBytes)}), {COMPLEXITY_LABEL[result.complexity]}. ETL transforms, then loads; ELT loads, then transforms.
        Each cell shows the median of {result.repeats} timed run{result.repeats > 1 ? 's' : ''}, their range and the rows the stage left.{' '}
        {result.allMatch ? (
          <strong data-match="equal">
            ETL’s and ELT’s final tables are identical on {result.warehouses.length === 2 ? 'both warehouses' : engineShort(result.warehouses[0]!)}: {formatNumber(result.finalRows)} rows compared
            in order, floats within a millionth.
          </strong>
        ) : (
          <strong data-match="different">ETL’s and ELT’s final tables differ: this is a bug, please report it (see the check under Details).</strong>
        )}
      </p>
      <Region label="Time per stage by warehouse and pattern">
        <table className="results-table">
          <caption>Each stage: median, range, rows left</caption>
          <thead>
            <tr>
              <th scope="col">Pipeline</th>
              {stageColumns.map((stage) => (
                <th key={stage} scope="col">
                  {STAGE_LABEL[stage]}
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {result.warehouses.flatMap((w) =>
              [w.etl, w.elt].map((run) => (
                <tr key={`${w.engine}-${run.pattern}`} data-row={`${w.engine}-${run.pattern}`}>
                  <th scope="row">
                    {PATTERN_LABEL[run.pattern]} on {engineShort(w)}
                    <span className={styles.what}>{run.pattern === 'etl' ? 'transform in JavaScript, load the result' : 'load raw rows, transform in SQL'}</span>
                  </th>
                  {stageColumns.map((stage) => {
                    const s = run.stages.find((x) => x.stage === stage);
                    return s ? (
                      <td key={stage} data-cell={stage} data-value={s.summary.p50}>
                        {formatMs(s.summary.p50)}
                        <span className={styles.note}>{range(s.summary)}</span>
                        <span className={styles.note}>{stage === 'query' ? `read ${formatNumber(s.rowsIn)} rows` : `→ ${formatNumber(s.rowsOut)} rows`}</span>
                      </td>
                    ) : (
                      <td key={stage}>—</td>
                    );
                  })}
                  <td data-cell="total" data-value={run.total.p50}>
                    <strong>{formatMs(run.total.p50)}</strong>
                    <span className={styles.note}>{range(run.total)}</span>
                    <span className={styles.note}>stores {formatNumber(run.rowsStored)} rows</span>
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </Region>
    </>
  );
}

/** What the new question (revenue per channel, a field ETL dropped) cost each pattern, and its answer. */
export function QuestionTables({ result }: { result: EtlEltResult }) {
  return (
    <>
      <p className="sandbox-part">A new question arrives</p>
      <p className="results-note">
        A team wants revenue per sales channel. ETL’s transform dropped the channel field, so ETL extracts the source again, reruns the whole transform with the field kept, and reloads; ELT adds a
        view over the raw rows it kept. Both then answer with the same query.
      </p>
      <Region label="What the new question cost each pattern">
        <table className="results-table">
          <caption>The new question: median, range, rows read</caption>
          <thead>
            <tr>
              <th scope="col">Pipeline</th>
              {QUESTION_STEPS.map(([stage, label]) => (
                <th key={stage} scope="col">
                  {label}
                </th>
              ))}
              <th scope="col">Total</th>
              <th scope="col">Rows read from the source</th>
              <th scope="col">Rows read in the warehouse</th>
            </tr>
          </thead>
          <tbody>
            {result.warehouses.flatMap((w) =>
              [w.newQuestion.etl, w.newQuestion.elt].map((q) => (
                <tr key={`${w.engine}-${q.pattern}`} data-row={`question-${w.engine}-${q.pattern}`}>
                  <th scope="row">
                    {PATTERN_LABEL[q.pattern]} on {engineShort(w)}
                    <span className={styles.what}>{q.pattern === 'etl' ? 'extract, transform and load again' : 'a view over the raw rows'}</span>
                  </th>
                  {QUESTION_STEPS.map(([stage]) => {
                    const s = q.stages.find((x) => x.stage === stage);
                    return s ? (
                      <td key={stage} data-cell={stage}>
                        {formatMs(s.summary.p50)}
                        <span className={styles.note}>{range(s.summary)}</span>
                      </td>
                    ) : (
                      <td key={stage}>—</td>
                    );
                  })}
                  <td data-cell="total" data-value={q.total.p50}>
                    <strong>{formatMs(q.total.p50)}</strong>
                    <span className={styles.note}>{range(q.total)}</span>
                  </td>
                  <td data-cell="source-rows" data-value={q.sourceRowsRead}>
                    {formatNumber(q.sourceRowsRead)}
                  </td>
                  <td>{formatNumber(q.warehouseRowsRead)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </Region>
      <Region label="The answer to the new question">
        <table className="results-table">
          <caption>The answer: revenue per sales channel ({result.warehouses.map((w) => `${engineShort(w)}: ETL and ELT ${w.newQuestion.match.equal ? 'agree' : 'DISAGREE'}`).join('; ')})</caption>
          <thead>
            <tr>
              <th scope="col">Channel</th>
              <th scope="col">Orders</th>
              <th scope="col">Revenue</th>
            </tr>
          </thead>
          <tbody>
            {result.warehouses[0]!.newQuestion.answer.map((a) => (
              <tr key={a.channel} data-channel={a.channel}>
                <th scope="row">{a.channel}</th>
                <td>{formatNumber(a.orders)}</td>
                <td>{a.revenue.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Region>
    </>
  );
}

/** Lines of the extract by what the cleaning did with them. */
export function DroppedTable({ result }: { result: EtlEltResult }) {
  return (
    <>
      <p className="sandbox-part">The mess, and what the cleaning did with it</p>
      <Region label="Lines the cleaning dropped">
        <table className="results-table">
          <caption>Lines of the extract, by what the transform did with them</caption>
          <thead>
            <tr>
              <th scope="col">Outcome</th>
              <th scope="col">Lines</th>
            </tr>
          </thead>
          <tbody>
            <tr data-outcome="kept">
              <th scope="row">kept in the final table</th>
              <td>{formatNumber(result.finalRows)}</td>
            </tr>
            {DROP_REASONS.filter((r) => r !== 'duplicate' || result.complexity !== 'light').map((r) => (
              <tr key={r} data-outcome={r}>
                <th scope="row">dropped: {DROP_LABEL[r]}</th>
                <td data-value={result.dropped[r]}>{formatNumber(result.dropped[r])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Region>
    </>
  );
}

/** The first lines of the extract as they arrived, and the first line dropped for each reason. */
export function PreviewTable({ result }: { result: EtlEltResult }) {
  return (
    <Region label="The first lines of the extract">
      <table className="results-table">
        <caption>The first lines of the extract as they arrived, and the first line dropped for each reason</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            {RAW_FIELDS.map((f) => (
              <th key={f} scope="col">
                {f}
              </th>
            ))}
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {result.preview.map((line) => (
            <tr key={line.line}>
              <th scope="row">{line.line}</th>
              {RAW_FIELDS.map((f) => (
                <td key={f}>{line.raw[f] === null ? <em>null</em> : <code className={styles.raw}>{JSON.stringify(line.raw[f])}</code>}</td>
              ))}
              <td>{line.outcome === 'kept' ? 'kept' : `dropped: ${line.outcome === 'test' ? 'test order' : line.outcome === 'duplicate' ? 'duplicate' : line.outcome}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Region>
  );
}

function matchText(m: TableMatch): string {
  return m.equal ? `same ${formatNumber(m.rowsCompared)} rows` : `differs: ${m.mismatch}`;
}

/** How the run was timed, the tables each pattern left in each warehouse, and the check of both against the transform's rows. */
export function WarehouseNotes({ result }: { result: EtlEltResult }) {
  return (
    <>
      <p className="results-note">
        Each stage is timed in this worker around the work itself; each pattern ran {result.repeats} time{result.repeats > 1 ? 's' : ''} after a warm-up on 1,000 lines, in alternating order. The
        source also holds a {result.source.lookupRows}-row country lookup.
      </p>
      <p className="sandbox-part">The tables each pattern left in the warehouse, and the check</p>
      <ul data-check>
        {result.warehouses.map((w) => (
          <li key={w.engine}>
            {ENGINE_LABEL[w.engine]} {w.version}: ETL {w.etl.tables.map((t) => `${t.name} (${formatNumber(t.rows)} rows)`).join(', ')}; ELT{' '}
            {w.elt.tables.map((t) => `${t.name} (${t.kind === 'view' ? 'view' : `${formatNumber(t.rows)} rows`})`).join(', ')}. ETL’s loaded table: {matchText(w.match.etl)}; ELT’s result:{' '}
            {matchText(w.match.elt)} as the JavaScript transform’s rows.
          </li>
        ))}
      </ul>
    </>
  );
}
