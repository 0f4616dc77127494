'use client';

import { Field, NumberField, SandboxFrame } from '@/components/SandboxFrame';
import { formatMs, formatNumber } from '@/lib/format';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { sandboxCatalog } from '../catalog';
import { LayoutCharts } from './Charts';
import { explainScan } from './explain';
import { Exercises } from '@/components/sandbox/Exercises';
import { layoutExercises } from './exercises';
import { defaultLayoutParams, layoutParamsSchema, RESULTS_VERSION, SANDBOX_ID, type LayoutApi, type LayoutParams, type LayoutResult } from './model';
import { SmallView } from './SmallView';
import { runner } from './runner';

const { spawn } = runner;

export default function LayoutView() {
  const info = sandboxCatalog[SANDBOX_ID];
  const { form, run: sandbox, frame } = useSandbox<LayoutApi, 'run', typeof defaultLayoutParams>({
    id: SANDBOX_ID,
    version: RESULTS_VERSION,
    schema: layoutParamsSchema,
    defaults: defaultLayoutParams,
    spawn,
    op: 'run',
  });
  const { draft, errors } = form;

  const field = (key: 'rows' | 'lookups' | 'repeats' | 'seed', label: string, hint: string) => (
    <NumberField label={label} hint={hint} error={errors[key]} value={draft[key]} onChange={(value) => form.setField(key, value)} />
  );

  const p = sandbox.progress;
  const progress = p
    ? { fraction: null, label: `${p.columns} column${p.columns === 1 ? '' : 's'}, ${p.layout}-major: ${p.phase === 'building' ? 'building the table' : `measuring ${Math.round(p.fraction * 100)}%`}` }
    : null;

  return (
    <SandboxFrame
      {...frame}
      title={info.title}
      description={info.summary}
      progress={progress}
      before={
        <>
          <p className="sandbox-part">1. The small table, cell by cell</p>
          <SmallView />
          <p className="sandbox-part">2. The same question on millions of rows, timed in a worker</p>
        </>
      }
      controls={
        <>
          {field('rows', 'Rows', '1,000 to 4,000,000.')}
          <Field label="Columns, up to" hint="Measured at 1, 2, 4 … up to this." error={errors.maxColumns}>
            {({ id, describedBy }) => (
              <select id={id} value={draft.maxColumns} aria-describedby={describedBy} onChange={(e) => form.setField('maxColumns', e.target.value)}>
                {[1, 2, 4, 8, 16, 32, 64].map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {field('lookups', 'Point lookups per sample', '100 to 1,000,000 random rows.')}
          {field('repeats', 'Timed samples', '3 to 25; the median is shown.')}
          {field('seed', 'Seed', 'Chooses the rows looked up.')}
        </>
      }
      results={sandbox.result ? <LayoutResults result={sandbox.result} params={sandbox.resultRequest} onExplore={form.applySettings} /> : null}
    />
  );
}

function LayoutResults({ result, params, onExplore }: { result: LayoutResult; params: LayoutParams | null; onExplore: (s: Partial<LayoutParams>) => void }) {
  return (
    <>
      <p className="results-note">
        {formatNumber(result.rows)} rows of float64, median of {result.repeats} samples; {formatNumber(result.lookups)} random lookups per sample. Measured in this
        browser, inside a worker.
      </p>
      <div className="table-scroll" role="region" aria-label="Layout measurements" tabIndex={0}>
      <table className="results-table">
        <caption>Scans and lookups at each column count</caption>
        <thead>
          <tr>
            <th scope="col">Columns (row bytes)</th>
            <th scope="col">Scan, row-major</th>
            <th scope="col">Scan, column-major</th>
            <th scope="col">Column scan lead</th>
            <th scope="col">Lines per scan (row / col)</th>
            <th scope="col">Lookup, row-major</th>
            <th scope="col">Lookup, column-major</th>
            <th scope="col">Lines per lookup (row / col)</th>
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
              <td>
                {formatNumber(s.row.scanLines)} / {formatNumber(s.column.scanLines)}
              </td>
              <td>{s.row.lookupNs.toFixed(1)} ns</td>
              <td>{s.column.lookupNs.toFixed(1)} ns</td>
              <td>
                {s.row.lookupLines.toFixed(1)} / {s.column.lookupLines.toFixed(1)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <LayoutCharts result={result} />
      <div className="explain" data-explain>
        <p className="sandbox-part">What your machine shows</p>
        {explainScan(result).map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      <Exercises exercises={layoutExercises} result={result} params={params} onExplore={onExplore} labels={{ maxColumns: 'Columns, up to', rows: 'Rows' }} />
    </>
  );
}
