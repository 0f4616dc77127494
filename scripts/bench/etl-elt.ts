import { performance } from 'node:perf_hooks';
import { openNodeDuckDB, openNodeSqlite } from '../../lib/engines/node';
import { runEtlElt } from '../../sandboxes/etl-elt/compute';
import { COMPLEXITIES, defaultEtlEltParams, etlEltParamsSchema, type Complexity, type PatternRun, type StageId } from '../../sandboxes/etl-elt/model';
import { printTable } from './table';

const ms = (run: PatternRun, stage: StageId) => run.stages.find((s) => s.stage === stage)?.summary.p50.toFixed(0) ?? '–';

/**
 * The etl-elt sandbox's own code: ETL and ELT on DuckDB and SQLite (wasm, in Node), per-stage medians
 * of 3 runs at each transform complexity, the new question's cost, and the rows each pattern stores.
 */
export async function benchEtlElt(rows = 200_000, only?: Complexity): Promise<void> {
  const complexities = only ? [only] : COMPLEXITIES;
  console.log(`etl-elt: ${rows.toLocaleString('en-US')} extract lines (8% re-sent, 6% broken), both warehouses, median of 3 runs, 3 dashboard reads of a table`);
  const started = performance.now();
  const lines: string[][] = [];
  const questions: string[][] = [];
  for (const complexity of complexities) {
    const params = etlEltParamsSchema.parse({ ...defaultEtlEltParams, rows, complexity, warehouse: 'both', repeats: 3 });
    const result = await runEtlElt(params, { sqlite: openNodeSqlite, duckdb: openNodeDuckDB }, { now: () => performance.now(), progress: () => {} });
    for (const w of result.warehouses) {
      for (const run of [w.etl, w.elt])
        lines.push([
          complexity,
          w.engine,
          run.pattern.toUpperCase(),
          ms(run, 'extract'),
          ms(run, 'transform'),
          ms(run, 'load'),
          ms(run, 'query'),
          run.total.p50.toFixed(0),
          run.pattern === 'elt' ? `${(w.elt.total.p50 / w.etl.total.p50).toFixed(2)}×` : '',
          run.rowsStored.toLocaleString('en-US'),
          run.pattern === 'elt' ? (w.match.etl.equal && w.match.elt.equal ? 'yes' : 'NO') : '',
        ]);
      const { etl, elt } = w.newQuestion;
      questions.push([complexity, w.engine, etl.total.p50.toFixed(0), elt.total.p50.toFixed(0), `${(etl.total.p50 / elt.total.p50).toFixed(1)}×`, etl.sourceRowsRead.toLocaleString('en-US'), elt.warehouseRowsRead.toLocaleString('en-US'), w.newQuestion.match.equal ? 'yes' : 'NO']);
    }
  }
  printTable(['transform', 'warehouse', 'pattern', 'extract ms', 'transform ms', 'load ms', 'reads ms', 'total ms', 'ELT ÷ ETL', 'rows stored', 'same table'], lines);
  console.log('\n  the new question (revenue per channel, a field ETL dropped):');
  printTable(['transform', 'warehouse', 'ETL ms', 'ELT ms', 'ETL ÷ ELT', 'ETL rows from source', 'ELT rows in warehouse', 'same answer'], questions);
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}
