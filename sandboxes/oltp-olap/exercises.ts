import { near, numberAnswer, type Exercise } from '@/lib/sandbox/exercise';
import type { EngineResult, OltpParams, OltpResult, WorkloadId } from './model';

type OltpExercise = Exercise<OltpParams, OltpResult>;

export function p50(result: OltpResult, engine: EngineResult['engine'], workload: WorkloadId): number {
  return result.engines.find((e) => e.engine === engine)?.workloads.find((w) => w.workload === workload)?.summary.p50 ?? Number.NaN;
}

/** How many times faster DuckDB's median aggregation was than SQLite's in this run. */
export function aggregationLead(result: OltpResult): number {
  return p50(result, 'sqlite', 'aggregate') / p50(result, 'duckdb', 'aggregate');
}

export const tenTimes: OltpExercise = {
  id: 'oltp-olap-ten-times',
  prompt:
    'Find a table size at which DuckDB’s median aggregation is at least 10× faster than SQLite’s on your machine. Try sizes from 10,000 rows upwards, then enter the row count of the run that shows it.',
  explore: { rows: 200_000, aggregations: 10 },
  fields: [{ name: 'rows', kind: 'number', label: 'Rows in that run' }],
  deterministic: false,
  check(result, answers) {
    const rows = numberAnswer(answers, 'rows');
    if (rows !== result.rows) return { pass: false, feedback: `Enter the row count of your last run (${result.rows.toLocaleString('en-US')}), after a run where the lead is 10× or more.` };
    const lead = aggregationLead(result);
    if (!(lead >= 10)) return { pass: false, feedback: `Not yet: at ${rows.toLocaleString('en-US')} rows DuckDB led by ${lead.toFixed(1)}×. A bigger table gives the column store more to skip.` };
    return { pass: true, feedback: `Yes: at ${rows.toLocaleString('en-US')} rows DuckDB’s median aggregation was ${lead.toFixed(1)}× faster. It reads 3 of the 8 columns, in compressed vectors; SQLite walks every row’s whole record.` };
  },
};

export const lookupWinner: OltpExercise = {
  id: 'oltp-olap-lookup-winner',
  prompt: 'With SQLite’s key on id in place, which engine wins point lookups by id, and by what factor (slower median ÷ faster median)?',
  explore: { sqliteIndex: true },
  fields: [
    { name: 'engine', kind: 'choice', label: 'Faster engine', options: [{ value: 'sqlite', label: 'SQLite (row store)' }, { value: 'duckdb', label: 'DuckDB (column store)' }] },
    { name: 'factor', kind: 'number', label: 'By a factor of', unit: '×' },
  ],
  deterministic: false,
  check(result, answers, params) {
    if (!params.sqliteIndex) return { pass: false, feedback: 'Turn SQLite’s key on id back on and run again: this question is about the indexed table.' };
    const s = p50(result, 'sqlite', 'lookup');
    const d = p50(result, 'duckdb', 'lookup');
    const winner = s <= d ? 'sqlite' : 'duckdb';
    const factor = Math.max(s, d) / Math.min(s, d);
    if (answers.engine !== winner) return { pass: false, feedback: 'Not yet: compare the p50 column of the two “Point lookup by id” rows.' };
    if (!near(numberAnswer(answers, 'factor'), factor)) return { pass: false, feedback: 'The engine is right. For the factor, divide the slower p50 by the faster one.' };
    return { pass: true, feedback: `Yes: ${winner === 'sqlite' ? 'SQLite' : 'DuckDB'} was ${factor.toFixed(1)}× faster. SQLite walks a few B-tree pages to one row; DuckDB prunes to one row group, then decodes a vector from each of 8 columns.` };
  },
};

export const interference: OltpExercise = {
  id: 'oltp-olap-interference',
  prompt:
    'On SQLite, how many times higher is a point lookup’s p99 when aggregations share the engine (the mixed stream) than when lookups run alone?',
  explore: { rows: 200_000, mixLookupPercent: 95, arrivalsPerSecond: 20 },
  fields: [{ name: 'factor', kind: 'number', label: 'p99 in the mix ÷ p99 alone', unit: '×' }],
  deterministic: false,
  check(result, answers) {
    const sqlite = result.engines.find((e) => e.engine === 'sqlite');
    const alone = sqlite?.workloads.find((w) => w.workload === 'lookup')?.summary.p99;
    const mixed = sqlite?.mix.lookupLatency.p99;
    if (!alone || mixed === undefined) return { pass: false, feedback: 'Run the sandbox first.' };
    const factor = mixed / alone;
    if (!near(numberAnswer(answers, 'factor'), factor, 0.2)) return { pass: false, feedback: 'Not yet: divide SQLite’s lookup p99 in the mix by its p99 in the “Point lookup by id” row.' };
    return { pass: true, feedback: `Yes: about ${factor.toFixed(0)}×. A lookup that arrives during an aggregation waits for all of it; that wait, not the lookup, is the tail. This is why shops keep analytics off the database that serves the app.` };
  },
};

export const oltpExercises: readonly OltpExercise[] = [tenTimes, lookupWinner, interference];
