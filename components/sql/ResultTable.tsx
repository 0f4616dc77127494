import { formatNumber } from '@/lib/format';
import type { CellResult, EarlierResult } from '@/lib/sql-cells/protocol';

const decimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const NUMERIC = /^(bigint|integer|double|decimal)/;

/** A value as the table shows it: numbers with separators (ids and years without), NULL marked. */
export function cellText(value: number | string | null, type: string, name: string): string {
  if (value === null) return 'NULL';
  if (typeof value === 'string') return value;
  if (Number.isInteger(value) && (/(^|_)(id|key|year)$/i.test(name) || Math.abs(value) < 10_000)) return String(value);
  return Number.isInteger(value) && type !== 'double' ? formatNumber(value) : decimals.format(value);
}

/** Rows and columns of one statement's result, with how many rows are shown; `last` names its place among several. */
function partSummary(part: Pick<CellResult, 'columns' | 'rows' | 'total'>, last = ''): string {
  const rows = `${formatNumber(part.total)} ${part.total === 1 ? 'row' : 'rows'}`;
  const shown = part.total > part.rows.length ? `, showing ${formatNumber(part.rows.length)} of ${formatNumber(part.total)}` : '';
  return `${rows} × ${part.columns.length} ${part.columns.length === 1 ? 'column' : 'columns'}${last}${shown}`;
}

/** The summary a screen reader hears when a run ends, and the last result's caption. */
export function resultSummary(result: CellResult): string {
  if (result.columns.length === 0) return `The ${result.statements === 1 ? 'statement' : `${result.statements} statements`} ran; no rows came back.`;
  return partSummary(result, result.statements > 1 ? ` (the last of ${result.statements} statements)` : '');
}

/** A statement's rows as a table that scrolls sideways on a phone: a focusable region named by its caption. */
function PartTable({ part, caption, name, stale }: { part: Pick<CellResult, 'columns' | 'rows' | 'total'>; caption: string; name: string; stale?: boolean }) {
  return (
    <div className="table-scroll sql-cell-result" role="region" aria-label={name} tabIndex={0} data-stale={stale ? '' : undefined}>
      <table className="results-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {part.columns.map((c, i) => (
              <th key={i} scope="col" className={NUMERIC.test(c.type) ? 'num' : undefined}>
                {c.name} <span className="sql-cell-type">{c.type}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {part.rows.map((row, r) => (
            <tr key={r}>
              {row.map((value, i) => {
                const column = part.columns[i] ?? { name: '', type: '' };
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

/** A run's results: what earlier statements returned (a SELECT before an UPDATE), then the last statement's. */
export function ResultTable({ result, label, stale }: { result: CellResult; label: string; stale: boolean }) {
  const summary = resultSummary(result);
  const earlier = result.earlier.map((part: EarlierResult) => (
    <PartTable
      key={part.statement}
      part={part}
      stale={stale}
      name={`${label}, statement ${part.statement} of ${result.statements}: ${partSummary(part)}`}
      caption={`${stale ? 'Last good run, statement' : 'Statement'} ${part.statement} of ${result.statements}: ${partSummary(part)}`}
    />
  ));
  if (result.columns.length === 0)
    return (
      <>
        {earlier}
        <p className="sql-cell-empty">{summary}</p>
      </>
    );
  return (
    <>
      {earlier}
      <PartTable part={result} stale={stale} name={`${label}: ${summary}`} caption={`${stale ? 'Last good result: ' : 'Result: '}${summary}`} />
    </>
  );
}
