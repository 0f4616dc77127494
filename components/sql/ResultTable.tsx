import { formatNumber } from '@/lib/format';
import type { CellResult } from '@/lib/sql-cells/protocol';

const decimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const NUMERIC = /^(bigint|integer|double|decimal)/;

/** A value as the table shows it: numbers with separators (ids and years without), NULL marked. */
export function cellText(value: number | string | null, type: string, name: string): string {
  if (value === null) return 'NULL';
  if (typeof value === 'string') return value;
  if (Number.isInteger(value) && (/(^|_)(id|key|year)$/i.test(name) || Math.abs(value) < 10_000)) return String(value);
  return Number.isInteger(value) && type !== 'double' ? formatNumber(value) : decimals.format(value);
}

/** The summary a screen reader hears when a run ends, and the table's caption. */
export function resultSummary(result: CellResult): string {
  if (result.columns.length === 0) return `The ${result.statements === 1 ? 'statement' : `${result.statements} statements`} ran; no rows came back.`;
  const rows = `${formatNumber(result.total)} ${result.total === 1 ? 'row' : 'rows'}`;
  const shown = result.total > result.rows.length ? `, showing ${formatNumber(result.rows.length)} of ${formatNumber(result.total)}` : '';
  const last = result.statements > 1 ? ` (the last of ${result.statements} statements)` : '';
  return `${rows} × ${result.columns.length} ${result.columns.length === 1 ? 'column' : 'columns'}${last}${shown}`;
}

/** The result as a table that scrolls sideways on a phone: a focusable region named by its caption. */
export function ResultTable({ result, label, stale }: { result: CellResult; label: string; stale: boolean }) {
  const summary = resultSummary(result);
  if (result.columns.length === 0) return <p className="sql-cell-empty">{summary}</p>;
  return (
    <div className="table-scroll sql-cell-result" role="region" aria-label={`${label}: ${summary}`} tabIndex={0} data-stale={stale ? '' : undefined}>
      <table className="results-table">
        <caption>
          {stale ? 'Last good result: ' : 'Result: '}
          {summary}
        </caption>
        <thead>
          <tr>
            {result.columns.map((c, i) => (
              <th key={i} scope="col" className={NUMERIC.test(c.type) ? 'num' : undefined}>
                {c.name} <span className="sql-cell-type">{c.type}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row, r) => (
            <tr key={r}>
              {row.map((value, i) => {
                const column = result.columns[i] ?? { name: '', type: '' };
                return (
                  <td key={i} className={[typeof value === 'number' ? 'num' : '', value === null ? 'sql-null' : ''].join(' ').trim() || undefined}>
                    {cellText(value, column.type, column.name)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
