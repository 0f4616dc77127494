import type { ReactNode } from 'react';
import { formatMs, formatNumber } from '@/lib/format';
import styles from './codebook-trap.module.css';
import { PAYMENT_LABEL, RATE_LABEL, type Cell, type CodebookTrapResult, type Question, type RowsTable } from './model';

const QUESTION_LABEL: Record<Question['id'], { title: string; naive: string; codebook: string; unit: 'usd' | 'pct' }> = {
  'avg-tip': { title: 'Average tip', naive: 'every row', codebook: 'WHERE payment_type = 1', unit: 'usd' },
  'share-tipping': { title: 'Riders who tip', naive: 'every row, tip_amount > 0', codebook: 'WHERE payment_type = 1', unit: 'pct' },
  'standard-fare': { title: 'Fare of a standard metered trip', naive: 'every row', codebook: 'WHERE RatecodeID = 1 AND payment_type <> 6', unit: 'usd' },
};

const show = (v: number | null, unit: 'usd' | 'pct') => (v === null ? '—' : unit === 'usd' ? `$${v.toFixed(2)}` : `${v.toFixed(1)} %`);

function Region({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** The headline: each question asked naively and as the dictionary says, beside what only the generator knows. */
export function QuestionTable({ result }: { result: CodebookTrapResult }) {
  return (
    <Region label="Each question asked naively and as the dictionary says">
      <table className="results-table">
        <caption>
          {formatNumber(result.trips)} generated trips in DuckDB {result.duckdbVersion}: the first two answers are query results; the truth comes from what the generator hid from the table
        </caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Naive SQL</th>
            <th scope="col">As the dictionary says</th>
            <th scope="col">Truth (known only to the generator)</th>
          </tr>
        </thead>
        <tbody>
          {result.questions.map((q) => {
            const l = QUESTION_LABEL[q.id];
            return (
              <tr key={q.id} data-question={q.id}>
                <th scope="row">{l.title}</th>
                <td data-answer="naive">
                  {show(q.naive.value, l.unit)}
                  <span className={styles.note}>{l.naive}</span>
                </td>
                <td data-answer="codebook">
                  <strong>{show(q.codebook.value, l.unit)}</strong>
                  <span className={styles.note}>
                    <code>{l.codebook}</code>
                  </span>
                </td>
                <td data-answer="truth">
                  {show(q.truth, l.unit)}
                  <span className={styles.note}>{q.id === 'standard-fare' ? 'true rate codes, 99s included' : 'card and cash riders, cash tips included'}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Region>
  );
}

function codeName(column: string, v: Cell): string {
  if (typeof v !== 'number') return String(v ?? 'NULL');
  const label = column === 'payment_type' ? PAYMENT_LABEL[v] : column === 'RatecodeID' ? RATE_LABEL[v] : undefined;
  return label ? `${v} · ${label}` : String(v);
}

/** A DuckDB result as a table; code columns get their dictionary meaning beside the number. */
export function DuckTable({ table, caption, label }: { table: RowsTable; caption: string; label: string }) {
  return (
    <Region label={label}>
      <table className="results-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((v, j) => (
                <td key={j}>{codeName(table.columns[j]!, v)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Region>
  );
}

export function ReaderResult({ result }: { result: CodebookTrapResult }) {
  const { reader } = result;
  return (
    <>
      <h4>Your query</h4>
      <pre className={styles.sql}>{reader.sql}</pre>
      {reader.error ? (
        <p className="field-error" data-reader="error">
          DuckDB refused it: {reader.error}
        </p>
      ) : reader.table && reader.table.columns.length > 0 ? (
        <DuckTable
          table={reader.table}
          label="Your query's result"
          caption={`${formatNumber(reader.table.rows.length)} row${reader.table.rows.length === 1 ? '' : 's'}${reader.more ? ' shown; there are more' : ''} in ${formatMs(reader.ms)}`}
        />
      ) : (
        <p className="results-note">Your query returned no rows.</p>
      )}
    </>
  );
}

/** The tables DuckDB computed over the whole month, and the first rows as a reader of the raw file sees them. */
export function TablesPanel({ result }: { result: CodebookTrapResult }) {
  return (
    <>
      <ReaderResult result={result} />
      <h4>By payment type</h4>
      <DuckTable table={result.byPayment} label="Trips by payment type" caption="GROUP BY payment_type: tips are recorded only for code 1" />
      <h4>By rate code</h4>
      <DuckTable table={result.byRate} label="Trips by rate code" caption="GROUP BY RatecodeID: 2 is a flat fare, 99 a rate nobody recorded" />
      <h4>The first rows</h4>
      <DuckTable table={result.sample} label="The first rows of the trips table" caption="SELECT * FROM trips ORDER BY tpep_pickup_datetime LIMIT 8" />
    </>
  );
}
