'use client';

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import styles from './data-models.module.css';
import { MODEL_LABEL, MODELS, QUERIES, type ModelId, type ModelsResult, type QueryId } from './model';

export const MODEL_COLOUR: Record<ModelId, string> = {
  relational: 'var(--accent)',
  document: 'var(--focus)',
  graph: 'var(--ok)',
  timeseries: 'var(--text)',
};

/** One word per question, so five groups of bars fit a phone's width. */
const QUERY_WORD: Record<QueryId, string> = { profile: 'Profile', fof: 'Friends', revenue: 'Revenue', rolling: 'Clicks', address: 'Address' };

/** 1, 10, 100, 1k, 10k … */
export function compactCount(v: number): string {
  if (v >= 1e6) return `${+(v / 1e6).toPrecision(3)}M`;
  if (v >= 1e3) return `${+(v / 1e3).toPrecision(3)}k`;
  return `${+v.toPrecision(3)}`;
}
/** 1 µs, 100 µs, 10 ms, 1 s … */
export function compactMs(ms: number): string {
  if (ms >= 1000) return `${+(ms / 1000).toPrecision(3)} s`;
  if (ms >= 1) return `${+ms.toPrecision(3)} ms`;
  if (ms >= 1e-3) return `${+(ms * 1000).toPrecision(3)} µs`;
  return `${+(ms * 1e6).toPrecision(3)} ns`;
}

const tooltipStyle = { background: 'var(--bg)', border: '1px solid var(--border)', color: 'var(--text)' };

/** One group of bars per question, one bar per model that can answer it (log scale: the counts span six orders of magnitude). */
function ByQuestion({ result, title, value, format }: { result: ModelsResult; title: string; value: (c: ModelsResult['cells'][number]) => number | null; format: (v: number) => string }) {
  const data = QUERIES.map((q) => {
    const row: Record<string, string | number | null> = { question: QUERY_WORD[q] };
    for (const m of MODELS) {
      const cell = result.cells.find((c) => c.query === q && c.model === m);
      const v = cell?.expressible ? value(cell) : null;
      row[MODEL_LABEL[m]] = v !== null && v > 0 ? v : null;
    }
    return row;
  });
  const positive = data.flatMap((row) => MODELS.map((m) => row[MODEL_LABEL[m]])).filter((v): v is number => typeof v === 'number');
  // Whole decades at both ends, so no bar is clipped and the baseline sits below the smallest one.
  const floor = positive.length ? 10 ** (Math.floor(Math.log10(Math.min(...positive))) - 1) : 1;
  const ceiling = positive.length ? 10 ** Math.ceil(Math.log10(Math.max(...positive))) : 10;
  const ticks: number[] = [];
  for (let t = floor; t <= ceiling * 1.0001; t *= 10) ticks.push(t);
  return (
    <figure className="chart" aria-label={`${title}. The same numbers are in the verdict table and under Tables.`}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="question" stroke="var(--muted)" tick={{ fontSize: 11 }} interval={0} />
          <YAxis scale="log" domain={[floor, ceiling]} ticks={ticks.length > 7 ? ticks.filter((_, i) => i % 2 === 0) : ticks} allowDataOverflow stroke="var(--muted)" width={64} tick={{ fontSize: 11 }} tickFormatter={(v: number) => format(v)} />
          <Tooltip formatter={(v) => format(Number(v))} contentStyle={tooltipStyle} />
          <Legend itemSorter={(item) => MODELS.findIndex((m) => MODEL_LABEL[m] === item.value)} />
          {MODELS.map((m) => (
            <Bar key={m} dataKey={MODEL_LABEL[m]} fill={MODEL_COLOUR[m]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

export function ModelsCharts({ result }: { result: ModelsResult }) {
  const rolling = result.rolling.map((clicks, j) => ({ minute: j - 59, clicks }));
  return (
    <div className={styles.charts}>
      <ByQuestion result={result} title="Records touched, by question and model (log scale; documents count what is inside them)" value={(c) => c.records} format={compactCount} />
      <ByQuestion result={result} title="Median time per question, by model (log scale)" value={(c) => c.timing?.medianMs ?? null} format={compactMs} />
      <figure className="chart" aria-label="Clicks in the 5 minutes up to each minute of the last hour. Every model that answers gives these same counts.">
        <figcaption>Clicks in the 5 minutes up to each minute of the last hour</figcaption>
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={rolling} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis dataKey="minute" stroke="var(--muted)" tickFormatter={(m: number) => (m === 0 ? 'now' : `${m} min`)} ticks={[-59, -45, -30, -15, 0]} />
            <YAxis stroke="var(--muted)" allowDecimals={false} width={48} />
            <Tooltip labelFormatter={(m) => (Number(m) === 0 ? 'now' : `${Number(m)} min`)} contentStyle={tooltipStyle} />
            <Line type="monotone" dataKey="clicks" stroke="var(--accent)" strokeWidth={2} dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
}
