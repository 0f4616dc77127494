'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMs, formatNumber } from '@/lib/format';
import { PATTERN_LABEL, STAGE_LABEL, type EtlEltResult, type StageId, type StageTiming } from './model';

const STAGE_COLOUR: Record<StageId, string> = { extract: 'var(--muted)', transform: 'var(--accent)', load: 'var(--ok)', query: 'var(--focus)' };
const STAGES: StageId[] = ['extract', 'transform', 'load', 'query'];
/** In the new question, ELT's transform is only a CREATE VIEW and the query is the answer. */
const QUESTION_NAMES: Record<StageId, string> = { extract: 'Extract again', transform: 'Transform (or create the view)', load: 'Load again', query: 'Answer' };
const tooltipStyle = { background: 'var(--bg)', border: '1px solid var(--border)', color: 'var(--text)' };
const engineShort = (engine: string) => (engine === 'duckdb' ? 'DuckDB' : 'SQLite');

// --warn is not among the theme's tokens; --focus (orange) and --danger (red) are, in light and dark.
/** Recharts copies a data row's fields onto each bar's SVG element, so a field named "transform" would become an SVG transform. */
const key = (stage: StageId) => `${stage}Ms`;

/** One chart row: its name and the median ms of each stage (0 for a stage it does not have). */
function stackRow(name: string, stages: readonly StageTiming[]) {
  const row: Record<string, string | number> = { name };
  for (const s of STAGES) row[key(s)] = stages.find((x) => x.stage === s)?.summary.p50 ?? 0;
  return row;
}

function StackedStages({ title, data, keys, names = STAGE_LABEL }: { title: string; data: Record<string, string | number>[]; keys: StageId[]; names?: Record<StageId, string> }) {
  return (
    <figure className="chart" aria-label={`${title}. The numbers are in the results table and under Tables.`}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={60 + data.length * 44}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" horizontal={false} />
          <XAxis type="number" stroke="var(--muted)" tick={{ fontSize: 11 }} tickFormatter={(v: number) => formatMs(v)} />
          <YAxis type="category" dataKey="name" stroke="var(--muted)" tick={{ fontSize: 12 }} width={96} />
          <Tooltip contentStyle={tooltipStyle} formatter={(v) => formatMs(Number(v))} />
          <Legend itemSorter={(item) => STAGES.findIndex((stage) => key(stage) === item.dataKey)} />
          {keys.map((k) => (
            <Bar key={k} dataKey={key(k)} name={names[k]} stackId="time" fill={STAGE_COLOUR[k]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** Where each pattern's time goes (stacked medians), what the new question costs, and what each stores. */
export function EtlEltCharts({ result }: { result: EtlEltResult }) {
  const pipelines = result.warehouses.flatMap((w) => [w.etl, w.elt].map((run) => stackRow(`${PATTERN_LABEL[run.pattern]} · ${engineShort(w.engine)}`, run.stages)));
  const questions = result.warehouses.flatMap((w) => [w.newQuestion.etl, w.newQuestion.elt].map((run) => stackRow(`${PATTERN_LABEL[run.pattern]} · ${engineShort(w.engine)}`, run.stages)));
  const first = result.warehouses[0]!;
  const rows = (['etl', 'elt'] as const).map((p) => ({
    name: PATTERN_LABEL[p],
    stored: first[p].rowsStored,
    reread: first.newQuestion[p].sourceRowsRead,
  }));
  return (
    <div className="chart-grid">
      <StackedStages title="Median time per stage of each pipeline" data={pipelines} keys={result.reads > 0 ? STAGES : STAGES.slice(0, 3)} />
      <StackedStages title="The new question: median time to an answer" data={questions} keys={STAGES} names={QUESTION_NAMES} />
      <figure className="chart" aria-label="Rows each pattern stores, and rows it reads again from the source for the new question. The numbers are in the results table and under Tables.">
        <figcaption>Rows stored in the warehouse, and rows read again from the source</figcaption>
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis dataKey="name" stroke="var(--muted)" />
            <YAxis stroke="var(--muted)" width={64} tickFormatter={(v: number) => formatNumber(v)} />
            <Tooltip contentStyle={tooltipStyle} formatter={(v) => formatNumber(Number(v))} />
            <Legend itemSorter={(item) => (item.dataKey === 'stored' ? 0 : 1)} />
            <Bar dataKey="stored" name="Rows stored" fill="var(--accent)" isAnimationActive={false} />
            <Bar dataKey="reread" name="Rows re-read from the source" fill="var(--danger)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
}
