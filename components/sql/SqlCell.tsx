import type { ReactNode } from 'react';
import { formatNumber } from '@/lib/format';
import { datasetCatalog, datasetRows, isDatasetId } from '@/lib/sql-cells/catalog';
import { textOf } from '../Table';
import { SqlCellSlot } from './SqlCellSlot';

/**
 * <SqlCell dataset="…"> around a ```sql block: the book's query, runnable on one of the book's
 * seeded datasets. The page's HTML holds the query as the chapter shows it (printable, searchable,
 * readable without JavaScript) and the dataset it runs on; the editor's code loads as the cell
 * nears the viewport, and DuckDB only when the reader focuses the editor or runs the query.
 */
export function SqlCell({ dataset, children }: { dataset: string; children?: ReactNode }) {
  if (!isDatasetId(dataset)) throw new Error(`<SqlCell> names dataset "${dataset}", which lib/sql-cells/catalog.ts does not have.`);
  const sql = textOf(children).replace(/\n+$/, '');
  const info = datasetCatalog[dataset];
  // Named by the query's first comment when it has one, so two cells on a page are told apart.
  const comment = /^\s*--\s*(.+)$/m.exec(sql)?.[1]?.trim();
  return (
    <section className="sql-cell" data-sql-cell={dataset} aria-label={`SQL on the ${dataset} dataset${comment ? `: ${comment}` : ''}`}>
      <div className="sql-cell-dataset" data-pagefind-ignore="">
        <p>
          Runs on <strong>{dataset}</strong> — {formatNumber(datasetRows(dataset))} rows in {info.tables.length} {info.tables.length === 1 ? 'table' : 'tables'}, seed {info.seed},
          from {info.source}.
        </p>
        <details>
          <summary>Tables in this dataset</summary>
          <p>{info.summary}</p>
          <ul>
            {info.tables.map((table) => (
              <li key={table.name}>
                <code>{table.name}</code> ({formatNumber(table.rows)} rows):{' '}
                {table.columns.map(([name, type], i) => (
                  <span key={name}>
                    {i > 0 ? ', ' : ''}
                    <code>{name}</code> <span className="sql-cell-type">{type}</span>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </details>
      </div>
      <SqlCellSlot dataset={dataset} sql={sql}>
        {children}
      </SqlCellSlot>
    </section>
  );
}

/** After a ```sql block that cannot run in the page: says why (another dialect, a cluster, a table the book does not generate). */
export function SqlNote({ children }: { children?: ReactNode }) {
  return (
    <p className="sql-note" data-sql-note="">
      {children}
    </p>
  );
}
