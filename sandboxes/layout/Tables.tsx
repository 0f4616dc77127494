import { formatMs, formatNumber } from '@/lib/format';
import type { LayoutResult } from './model';

/** The headline: at each column count, both layouts' scan and lookup times, and the column scan's lead. */
export function LeadTable({ result }: { result: LayoutResult }) {
  return (
    <div className="table-scroll" role="region" aria-label="Layout measurements" tabIndex={0}>
      <table className="results-table">
        <caption>
          Scans and lookups at each column count: {formatNumber(result.rows)} rows of float64, median of {result.repeats} samples, {formatNumber(result.lookups)} random
          lookups per sample, measured in a worker in this browser
        </caption>
        <thead>
          <tr>
            <th scope="col">Columns (row bytes)</th>
            <th scope="col">Scan, row-major</th>
            <th scope="col">Scan, column-major</th>
            <th scope="col">Column scan lead</th>
            <th scope="col">Lookup, row-major</th>
            <th scope="col">Lookup, column-major</th>
          </tr>
        </thead>
        <tbody>
          {result.sweep.map((s) => (
            <tr key={s.columns} data-columns={s.columns}>
              <th scope="row">
                {s.columns} ({s.rowBytes} B)
              </th>
              <td>{formatMs(s.row.scanMs)}</td>
              <td>{formatMs(s.column.scanMs)}</td>
              <td data-cell="scan-lead">{(s.row.scanMs / s.column.scanMs).toFixed(1)}×</td>
              <td>{s.row.lookupNs.toFixed(1)} ns</td>
              <td>{s.column.lookupNs.toFixed(1)} ns</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The cache lines each access touches, counted from the layout's addresses, beside the scans' throughput. */
export function LinesTable({ result }: { result: LayoutResult }) {
  return (
    <div className="table-scroll" role="region" aria-label="Cache lines touched" tabIndex={0}>
      <table className="results-table">
        <caption>Cache lines (64 bytes) each access touches, and the scans’ useful bytes per second</caption>
        <thead>
          <tr>
            <th scope="col">Columns (row bytes)</th>
            <th scope="col">Lines per scan (row / col)</th>
            <th scope="col">Lines per lookup (row / col)</th>
            <th scope="col">Scan throughput (row / col)</th>
          </tr>
        </thead>
        <tbody>
          {result.sweep.map((s) => (
            <tr key={s.columns} data-lines-columns={s.columns}>
              <th scope="row">
                {s.columns} ({s.rowBytes} B)
              </th>
              <td>
                {formatNumber(s.row.scanLines)} / {formatNumber(s.column.scanLines)}
              </td>
              <td>
                {s.row.lookupLines.toFixed(1)} / {s.column.lookupLines.toFixed(1)}
              </td>
              <td>
                {s.row.scanGBps.toFixed(1)} / {s.column.scanGBps.toFixed(1)} GB/s
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
