import { ENGINE_LABEL } from '@/lib/engines/sql';
import { formatBytes, formatMs, formatNumber } from '@/lib/format';
import { stageMs } from './exercises';
import { DROP_LABEL, DROP_REASONS, STAGE_LABEL, type EtlEltResult, type PatternRun, type WarehouseResult } from './model';

const factor = (a: number, b: number) => {
  const r = a >= b ? a / b : b / a;
  return r < 1.1 ? 'about the same' : `${r.toFixed(1)}×`;
};
const engineName = (w: WarehouseResult) => (w.engine === 'duckdb' ? 'DuckDB' : 'SQLite');

function largestStage(run: PatternRun) {
  const top = run.stages.reduce((a, b) => (b.summary.p50 > a.summary.p50 ? b : a));
  return `${STAGE_LABEL[top.stage].toLowerCase()} (${Math.round((100 * top.summary.p50) / Math.max(run.total.p50, 1e-9))}%)`;
}

/** Sentences about this run, computed from it. */
export function explainEtlElt(result: EtlEltResult): string[] {
  const out: string[] = [];
  const { source } = result;
  const dropped = DROP_REASONS.map((r) => [r, result.dropped[r]] as const).filter(([, n]) => n > 0);
  const droppedTotal = dropped.reduce((s, [, n]) => s + n, 0);
  const biggest = dropped.reduce<readonly [string, number] | null>((a, b) => (a === null || b[1] > a[1] ? b : a), null);
  out.push(
    `The extract was ${formatBytes(source.csvBytes)} of CSV: ${formatNumber(source.lines)} lines, with the country written ${source.countrySpellings} ways for ${source.countryCodes} codes. The transform kept ${formatNumber(result.finalRows)} rows and dropped ${formatNumber(droppedTotal)}${biggest ? `; the most common reason was ${DROP_LABEL[biggest[0] as keyof typeof DROP_LABEL]} (${formatNumber(biggest[1])})` : ''}.` +
      (result.duplicatesKept > 0 ? ` Light does not dedupe, so ${formatNumber(result.duplicatesKept)} orders are counted twice in its result: any revenue total over it is too high.` : ''),
  );

  for (const w of result.warehouses) {
    const { etl, elt } = w;
    const sooner = etl.total.p50 <= elt.total.p50 ? 'ETL' : 'ELT';
    out.push(
      `${ENGINE_LABEL[w.engine]}: ETL took ${formatMs(etl.total.p50)} and ELT ${formatMs(elt.total.p50)} (medians of ${result.repeats} run${result.repeats > 1 ? 's' : ''}), ${factor(etl.total.p50, elt.total.p50) === 'about the same' ? 'about the same' : `${sooner} ${factor(etl.total.p50, elt.total.p50)} faster`}. ` +
        `The transform took ${formatMs(stageMs(etl, 'transform'))} in JavaScript and ${formatMs(stageMs(elt, 'transform'))} in ${engineName(w)}’s SQL${result.eltAs === 'view' ? ' (only the CREATE VIEW: a view runs when it is read)' : ''}. ` +
        `ETL loaded ${formatNumber(etl.stages.find((s) => s.stage === 'load')!.rowsOut)} clean rows, ELT all ${formatNumber(elt.stages.find((s) => s.stage === 'load')!.rowsOut)} raw ones. Most of ETL’s time went to ${largestStage(etl)}, most of ELT’s to ${largestStage(elt)}.` +
        (w.engine === 'duckdb' && stageMs(elt, 'load') > stageMs(elt, 'transform')
          ? ' Loading into DuckDB here includes building Arrow columns in JavaScript first, which is slow for text: much of that load is spent before the warehouse sees a row.'
          : ''),
    );
  }

  const duck = result.warehouses.find((w) => w.engine === 'duckdb');
  const lite = result.warehouses.find((w) => w.engine === 'sqlite');
  if (duck && lite) {
    const [d, s] = [stageMs(duck.elt, result.eltAs === 'view' ? 'query' : 'transform'), stageMs(lite.elt, result.eltAs === 'view' ? 'query' : 'transform')];
    out.push(
      `The transform in each warehouse’s SQL ${result.eltAs === 'view' ? '(run by the dashboard reads of the view) ' : ''}took ${formatMs(d)} on DuckDB and ${formatMs(s)} on SQLite: ${factor(d, s) === 'about the same' ? 'about the same' : `${factor(d, s)} in the ${d <= s ? 'column' : 'row'} store’s favour`}. ` +
        (s / d >= 1.5
          ? 'A column store reads only the columns a step needs, a batch of values at a time: that speed is what made transforming inside the warehouse practical.'
          : 'At this size fixed costs hide the difference between the engines; try more rows and the heavy transform.'),
    );
  }

  if (result.reads > 0) {
    const w = duck ?? lite!;
    const [t, v] = [stageMs(w.etl, 'query'), stageMs(w.elt, 'query')];
    out.push(
      result.eltAs === 'view'
        ? `On ${engineName(w)}, ${result.reads} dashboard read${result.reads > 1 ? 's' : ''} took ${formatMs(t)} on ETL’s table and ${formatMs(v)} on ELT’s view: each read of a view reruns the whole transform over the raw rows.`
        : `On ${engineName(w)}, ${result.reads} dashboard read${result.reads > 1 ? 's' : ''} took ${formatMs(t)} on ETL’s table and ${formatMs(v)} on ELT’s: both read a finished table of the same rows.`,
    );
  }

  const matched = result.warehouses.every((w) => w.match.etl.equal && w.match.elt.equal);
  const maxDiff = Math.max(...result.warehouses.flatMap((w) => [w.match.etl.maxFloatDiff, w.match.elt.maxFloatDiff]));
  out.push(
    matched
      ? `Checked: on ${result.warehouses.length === 2 ? 'both warehouses' : engineName(result.warehouses[0]!)}, ETL’s table and ELT’s result hold the same ${formatNumber(result.finalRows)} rows, compared in order${maxDiff > 0 ? `; sums differed only in rounding (at most ${maxDiff.toExponential(1)})` : ', every value equal'}.`
      : 'The two patterns’ final tables differ: this is a bug in the sandbox, please report it (the difference is in the table above).',
  );

  for (const w of result.warehouses) {
    const { etl, elt } = w.newQuestion;
    out.push(
      `The new question on ${engineName(w)}: ETL extracted ${formatNumber(etl.sourceRowsRead)} rows from the source again and redid everything, ${formatMs(etl.total.p50)}; ELT read nothing from the source, put a view over the ${formatNumber(elt.warehouseRowsRead)} raw rows it kept, ${formatMs(elt.total.p50)}. ELT stores ${formatNumber(w.elt.rowsStored)} rows to ETL’s ${formatNumber(w.etl.rowsStored)} (${factor(w.elt.rowsStored, w.etl.rowsStored)}): that is the price of never going back to the source.`,
    );
  }
  return out;
}
