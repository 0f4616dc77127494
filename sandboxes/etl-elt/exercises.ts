import type { EngineKind } from '@/lib/engines/sql';
import { formatMs, formatNumber } from '@/lib/format';
import { near, numberAnswer, type Exercise } from '@/lib/sandbox/exercise';
import type { EtlEltParams, EtlEltResult, PatternRun, StageId, WarehouseResult } from './model';

type EtlEltExercise = Exercise<EtlEltParams, EtlEltResult>;

export function warehouse(result: EtlEltResult, engine: EngineKind): WarehouseResult | undefined {
  return result.warehouses.find((w) => w.engine === engine);
}

/** The median time of one stage of a pattern's run, or NaN if it did not run. */
export function stageMs(run: PatternRun | undefined, stage: StageId): number {
  return run?.stages.find((s) => s.stage === stage)?.summary.p50 ?? Number.NaN;
}

const totalDropped = (r: EtlEltResult) => Object.values(r.dropped).reduce((a, b) => a + b, 0);

export const whatWasDropped: EtlEltExercise = {
  id: 'etl-elt-what-was-dropped',
  prompt:
    'At medium complexity, how many lines of the extract did the transform drop in all, and how many of those were second copies of an order it had already kept? (ETL drops them for good; ELT keeps every one in its raw table.)',
  explore: { complexity: 'medium' },
  fields: [
    { name: 'dropped', kind: 'number', label: 'Lines dropped in all' },
    { name: 'duplicates', kind: 'number', label: 'Of which duplicates' },
  ],
  deterministic: true,
  // The counts repeat exactly for the same settings and seed; the timings beside them never do.
  evidence: (r) => ({ lines: r.source.lines, dropped: r.dropped, finalRows: r.finalRows }),
  check(result, answers) {
    if (result.complexity === 'light') return { pass: false, feedback: 'Light does not remove duplicates: choose medium (or heavy) and run again.' };
    const dropped = totalDropped(result);
    const duplicates = result.dropped.duplicate;
    if (numberAnswer(answers, 'dropped') !== dropped)
      return { pass: false, feedback: `Not yet: the extract had ${formatNumber(result.source.lines)} lines and the final table has ${formatNumber(result.finalRows)} rows.` };
    if (numberAnswer(answers, 'duplicates') !== duplicates) return { pass: false, feedback: 'The total is right. For the duplicates, look at the table of what the cleaning dropped, under Details.' };
    return {
      pass: true,
      feedback: `Yes: ${formatNumber(dropped)} lines (${((100 * dropped) / result.source.lines).toFixed(1)}%), ${formatNumber(duplicates)} of them re-sent copies. A copy counts as a duplicate only when an earlier copy passed every other rule.`,
    };
  },
};

export const whereSqlRuns: EtlEltExercise = {
  id: 'etl-elt-where-sql-runs',
  prompt:
    'Run the heavy transform on both warehouses. How many times longer did ELT’s SQL transform take on SQLite than on DuckDB, and which pattern finished sooner in total on SQLite?',
  explore: { complexity: 'heavy', warehouse: 'both', rows: 100_000 },
  fields: [
    { name: 'factor', kind: 'number', label: 'SQLite’s transform ÷ DuckDB’s', unit: '×' },
    { name: 'winner', kind: 'choice', label: 'Sooner on SQLite', options: [{ value: 'etl', label: 'ETL' }, { value: 'elt', label: 'ELT' }] },
  ],
  deterministic: false,
  check(result, answers) {
    const sqlite = warehouse(result, 'sqlite');
    const duck = warehouse(result, 'duckdb');
    if (!sqlite || !duck) return { pass: false, feedback: 'Choose both warehouses and run again: the question compares them.' };
    if (result.complexity !== 'heavy') return { pass: false, feedback: 'Choose the heavy transform and run again.' };
    const factor = stageMs(sqlite.elt, 'transform') / stageMs(duck.elt, 'transform');
    const winner = sqlite.etl.total.p50 <= sqlite.elt.total.p50 ? 'etl' : 'elt';
    if (!near(numberAnswer(answers, 'factor'), factor)) return { pass: false, feedback: 'Not yet: divide the median of SQLite’s ELT transform row by DuckDB’s.' };
    if (answers.winner !== winner) return { pass: false, feedback: 'The factor is right. For the winner, compare the two SQLite totals.' };
    return {
      pass: true,
      feedback: `Yes: ${factor.toFixed(1)}×, and ${winner.toUpperCase()} was sooner on SQLite (${formatMs(sqlite.etl.total.p50)} against ${formatMs(sqlite.elt.total.p50)}). The same SQL runs on a row store that reads every column of every row, one row at a time; a column store reads only the columns it needs, in vectors. That speed is what made transforming inside the warehouse practical.`,
    };
  },
};

export const newQuestion: EtlEltExercise = {
  id: 'etl-elt-new-question',
  prompt:
    'A team now wants revenue per sales channel, a field ETL’s transform dropped. On DuckDB, how many rows did ETL read again from the source to answer, and how many times longer than ELT did it take?',
  explore: { warehouse: 'duckdb' },
  fields: [
    { name: 'rows', kind: 'number', label: 'Rows ETL read again from the source' },
    { name: 'factor', kind: 'number', label: 'ETL’s time ÷ ELT’s time', unit: '×' },
  ],
  deterministic: false,
  check(result, answers) {
    const duck = warehouse(result, 'duckdb');
    if (!duck) return { pass: false, feedback: 'Include DuckDB in the run: the question is about DuckDB.' };
    const { etl, elt } = duck.newQuestion;
    if (numberAnswer(answers, 'rows') !== etl.sourceRowsRead)
      return { pass: false, feedback: 'Not yet: ETL kept none of the raw lines, so it extracts the whole source again, the lookup included.' };
    const factor = etl.total.p50 / elt.total.p50;
    if (!near(numberAnswer(answers, 'factor'), factor)) return { pass: false, feedback: 'The rows are right. For the factor, divide the two medians in the new-question table.' };
    return {
      pass: true,
      feedback: `Yes: ${formatNumber(etl.sourceRowsRead)} rows again from the source, ${factor.toFixed(1)}× ELT’s time. ELT read ${formatNumber(elt.warehouseRowsRead)} raw rows it already held and touched the source not at all; it paid for that by storing ${formatNumber(duck.elt.rowsStored)} rows against ETL’s ${formatNumber(duck.etl.rowsStored)}.`,
    };
  },
};

export const viewOrTable: EtlEltExercise = {
  id: 'etl-elt-view-or-table',
  prompt:
    'Keep ELT’s result as a view and let the dashboard read it 20 times. On DuckDB, how many times longer does one read of ELT’s view take than one read of ETL’s table?',
  explore: { eltAs: 'view', reads: 20, warehouse: 'duckdb' },
  fields: [{ name: 'factor', kind: 'number', label: 'One view read ÷ one table read', unit: '×' }],
  deterministic: false,
  check(result, answers) {
    const duck = warehouse(result, 'duckdb');
    if (!duck || result.eltAs !== 'view' || result.reads === 0) return { pass: false, feedback: 'Set ELT to a view, give the dashboard some reads, include DuckDB, and run again.' };
    const factor = stageMs(duck.elt, 'query') / stageMs(duck.etl, 'query');
    if (!near(numberAnswer(answers, 'factor'), factor)) return { pass: false, feedback: 'Not yet: divide the medians of the two “Dashboard reads” rows on DuckDB (both cover the same number of reads).' };
    return {
      pass: true,
      feedback: `Yes: about ${factor.toFixed(0)}×. Every read of a view reruns the transform over all ${formatNumber(result.source.lines)} raw rows; a table pays that once. This is the callout’s arithmetic: materialise what is read often.`,
    };
  },
};

export const etlEltExercises: readonly EtlEltExercise[] = [whatWasDropped, whereSqlRuns, newQuestion, viewOrTable];
