'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { NumberField, SandboxFrame } from '@/components/SandboxFrame';
import { formatBytes, formatMs, formatNumber } from '@/lib/format';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { sandboxCatalog } from '../catalog';
import { formatsExercises } from './exercises';
import { Exercises } from '@/components/sandbox/Exercises';
import { defaultFormatsParams, formatsParamsSchema, MAX_DOWNLOAD_ROWS, RESULTS_VERSION, SANDBOX_ID, type FormatResult, type FormatsApi, type FormatsParams, type FormatsResult } from './model';
import { runner } from './runner';

const { spawn } = runner;
/** Short names for chart axes, where the long labels do not fit. */
const shortName = (f: FormatResult) => (f.format.startsWith('parquet-') ? `Parquet ${f.format.slice(8).replace('_', ' ')}` : f.format === 'arrow' ? 'Arrow' : f.format === 'avro' ? 'Avro' : f.format.toUpperCase());
const accessNote: Record<FormatResult['columnAccess'], string> = {
  'parse-all': 'parses everything',
  'column-only': 'reads that column only',
  'in-place': 'maps columns, no parsing',
};
const extension: Record<string, string> = { json: 'json', ndjson: 'ndjson', csv: 'csv', avro: 'avro', arrow: 'arrow' };

function downloadFile(format: FormatResult) {
  if (!format.file) return;
  const url = URL.createObjectURL(new Blob([format.file as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `formats-sample.${extension[format.format] ?? `${format.format.replace('parquet-', '')}.parquet`}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function FormatsView() {
  const info = sandboxCatalog[SANDBOX_ID];
  const { form, run: sandbox, frame } = useSandbox<FormatsApi, 'run', typeof defaultFormatsParams>({
    id: SANDBOX_ID,
    version: RESULTS_VERSION,
    schema: formatsParamsSchema,
    defaults: defaultFormatsParams,
    spawn,
    op: 'run',
    silenceTimeoutMs: 120_000,
    forDownload: runner.forDownload,
  });
  const { draft, errors } = form;

  const field = (key: keyof FormatsParams, label: string, hint: string) => (
    <NumberField label={label} hint={hint} error={errors[key]} value={draft[key]} onChange={(value) => form.setField(key, value)} />
  );

  const p = sandbox.progress;
  const progress = p ? { fraction: p.total ? p.done / p.total : null, label: p.step === 'loading' ? 'Loading the Parquet engine (5 MB, once)…' : `${p.format}: ${p.step}…` } : null;

  return (
    <SandboxFrame
      {...frame}
      title={info.title}
      description={info.summary}
      progress={progress}
      controls={
        <>
          {field('rows', 'Rows', '1,000 to 1,000,000.')}
          {field('repeats', 'Timed samples', '1 to 15; the median is shown.')}
          {field('seed', 'Seed', 'The same seed writes the same table.')}
        </>
      }
      results={sandbox.result ? <FormatsResults result={sandbox.result} params={sandbox.resultRequest} /> : null}
    />
  );
}

function FormatsResults({ result, params }: { result: FormatsResult; params: FormatsParams | null }) {
  const json = result.formats.find((f) => f.format === 'json')!;
  const factor = (value: number, base: number) => (value / base < 0.01 ? '<0.01×' : `${(value / base).toFixed(2)}×`);
  return (
    <>
      <p className="results-note">
        {formatNumber(result.rows)} rows, 10 columns; median of {result.repeats} samples each, measured in a worker in this browser. Factors are relative to JSON.
        “Read all” decodes into each format’s own in-memory form: JavaScript objects for the text formats and Avro, Arrow columns for Arrow and Parquet; an
        Arrow IPC file needs no decoding at all, which is why it is so fast.
      </p>
      <div className="table-scroll" role="region" aria-label="Format measurements" tabIndex={0}>
        <table className="results-table">
          <caption>Each format, measured on your machine</caption>
          <thead>
            <tr>
              <th scope="col">Format</th>
              <th scope="col">Size</th>
              <th scope="col">Write</th>
              <th scope="col">Read all</th>
              <th scope="col">Sum one column</th>
              <th scope="col">File</th>
            </tr>
          </thead>
          <tbody>
            {result.formats.map((f) => (
              <tr key={f.format} data-format={f.format}>
                <th scope="row">{f.label}</th>
                <td data-cell="bytes" data-value={f.bytes}>
                  {formatBytes(f.bytes)} <span className="factor">({factor(f.bytes, json.bytes)})</span>
                </td>
                <td>
                  {formatMs(f.writeMs)} <span className="factor">({factor(f.writeMs, json.writeMs)})</span>
                </td>
                <td data-cell="read" data-value={f.readMs}>
                  {formatMs(f.readMs)} <span className="factor">({factor(f.readMs, json.readMs)})</span>
                </td>
                <td>
                  {formatMs(f.columnMs)} <span className="factor">({factor(f.columnMs, json.columnMs)})</span>
                  <span className="factor"> {accessNote[f.columnAccess]}</span>
                </td>
                <td>
                  {f.file ? (
                    <button type="button" className="button-link" onClick={() => downloadFile(f)}>
                      Download<span className="visually-hidden"> {f.label}</span>
                    </button>
                  ) : (
                    <span className="factor">≤ {formatNumber(MAX_DOWNLOAD_ROWS)} rows</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="chart-grid">
        <FactorChart title="Size, relative to JSON" data={result.formats.map((f) => ({ name: shortName(f), value: f.bytes / json.bytes }))} />
        <FactorChart title="Write time, relative to JSON" data={result.formats.map((f) => ({ name: shortName(f), value: f.writeMs / json.writeMs }))} />
        <FactorChart title="Read-all time, relative to JSON" data={result.formats.map((f) => ({ name: shortName(f), value: f.readMs / json.readMs }))} />
        <FactorChart title="Sum-one-column time, relative to JSON" data={result.formats.map((f) => ({ name: shortName(f), value: f.columnMs / json.columnMs }))} />
      </div>
      <div className="explain" data-fidelity>
        <p className="sandbox-part">What came back after the round trip</p>
        <ul>
          {result.formats.map((f) => (
            <li key={f.format} data-fidelity-format={f.format}>
              <strong>{f.label}:</strong>{' '}
              {f.fidelity.length === 0
                ? 'every value came back with its type.'
                : f.fidelity.map((finding) => `${finding.column} — ${finding.what} (${formatNumber(finding.changed)} rows; e.g. ${finding.example?.before} → ${finding.example?.after})`).join('; ')}
            </li>
          ))}
        </ul>
      </div>
      <Exercises exercises={formatsExercises} result={result} params={params} />
    </>
  );
}

function FactorChart({ title, data }: { title: string; data: Array<{ name: string; value: number }> }) {
  return (
    <figure className="chart" aria-label={`${title}. The same numbers are in the table.`}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={320}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis type="number" stroke="var(--muted)" tickFormatter={(v: number) => `${v.toFixed(1)}×`} />
          <YAxis type="category" dataKey="name" width={130} interval={0} stroke="var(--muted)" tick={{ fontSize: 11 }} />
          <Tooltip formatter={(v) => `${Number(v).toFixed(2)}× JSON`} contentStyle={{ background: 'var(--bg)', border: '1px solid var(--border)', color: 'var(--text)' }} />
          <Bar dataKey="value" fill="var(--accent)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
