'use client';

import { lazy, Suspense } from 'react';
import { Field, NumberField, SandboxFrame } from '@/components/SandboxFrame';
import { Exercises } from '@/components/sandbox/Exercises';
import { ENGINE_LABEL } from '@/lib/engines/sql';
import { formatBytes, formatMs, formatNumber } from '@/lib/format';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { sandboxCatalog } from '../catalog';
import { explainOltp } from './explain';
import { oltpExercises } from './exercises';
import { defaultOltpParams, oltpParamsSchema, RESULTS_VERSION, SANDBOX_ID, WORKLOAD_LABEL, type OltpApi, type OltpParams, type OltpResult } from './model';
import { runner } from './runner';

const OltpCharts = lazy(() => import('./Charts').then((m) => ({ default: m.OltpCharts })));
const { spawn } = runner;

type NumericKey = Exclude<keyof OltpParams, 'sqliteIndex'>;

const LABELS: Record<keyof OltpParams, string> = {
  rows: 'Rows',
  queries: 'Lookups and updates',
  aggregations: 'Aggregations',
  mixLookupPercent: 'Mixed stream: % lookups',
  arrivalsPerSecond: 'Mixed stream: queries per second',
  budgetSeconds: 'Time budget per workload (s)',
  seed: 'Seed',
  sqliteIndex: 'SQLite’s key on id',
};

export default function OltpOlapView() {
  const info = sandboxCatalog[SANDBOX_ID];
  const { form, run, frame } = useSandbox<OltpApi, 'run', OltpParams>({
    id: SANDBOX_ID,
    version: RESULTS_VERSION,
    schema: oltpParamsSchema,
    defaults: defaultOltpParams,
    spawn,
    op: 'run',
    // Loading a million rows into SQLite is one long call with no progress in between.
    silenceTimeoutMs: 120_000,
    forDownload: runner.forDownload,
  });
  const { draft, errors } = form;
  const field = (key: NumericKey, label: string, hint: string) => (
    <NumberField label={label} hint={hint} error={errors[key]} value={draft[key]} onChange={(v) => form.setField(key, v)} />
  );
  const p = run.progress;
  const progress = p ? { fraction: p.fraction, label: p.engine === 'data' ? `Data: ${p.step}…` : `${ENGINE_LABEL[p.engine]}: ${p.step} ${Math.round(p.fraction * 100)}%` } : null;

  return (
    <SandboxFrame
      {...frame}
      title={info.title}
      description={info.summary}
      progress={progress}
      controls={
        <>
          {field('rows', LABELS.rows, '10,000 to 2,000,000 orders.')}
          {field('queries', LABELS.queries, 'Per workload, and the length of the mixed stream.')}
          {field('aggregations', LABELS.aggregations, '3 to 200, each over a random 90 days.')}
          {field('mixLookupPercent', LABELS.mixLookupPercent, 'The rest are aggregations.')}
          {field('arrivalsPerSecond', LABELS.arrivalsPerSecond, 'Random (Poisson) arrivals.')}
          {field('budgetSeconds', LABELS.budgetSeconds, 'A workload stops early past this and says so.')}
          {field('seed', LABELS.seed, 'Chooses the data, ids and ranges.')}
          <Field label={LABELS.sqliteIndex} hint="Off: no B-tree on id, so each lookup scans the table.">
            {({ id, describedBy }) => (
              <select id={id} aria-describedby={describedBy} value={draft.sqliteIndex ? 'on' : 'off'} onChange={(e) => form.setField('sqliteIndex', e.target.value === 'on')}>
                <option value="on">on (INTEGER PRIMARY KEY)</option>
                <option value="off">off (plain column)</option>
              </select>
            )}
          </Field>
        </>
      }
      results={run.result ? <OltpResults result={run.result} params={run.resultRequest} onExplore={form.applySettings} /> : null}
    />
  );
}

function OltpResults({ result, params, onExplore }: { result: OltpResult; params: OltpParams | null; onExplore: (s: Partial<OltpParams>) => void }) {
  return (
    <>
      <p className="results-note">
        {formatNumber(result.rows)} orders, the same rows in both engines, each engine alone in this worker. Every time is measured inside the worker around
        the engine call; this clock ticks every {formatMs(result.clockTickMs)}, so queries faster than that are timed in groups and each sample is the
        group’s mean.{' '}
        {result.agreement.equal ? (
          <strong data-agreement="equal">Both engines return the same aggregation answer.</strong>
        ) : (
          <strong data-agreement="different">The engines disagree on the aggregation answer: this is a bug, please report it.</strong>
        )}
      </p>
      <div className="table-scroll" role="region" aria-label="Latency by engine and workload" tabIndex={0}>
        <table className="results-table">
          <caption>Milliseconds per query, by engine and workload</caption>
          <thead>
            <tr>
              <th scope="col">Workload</th>
              <th scope="col">Engine</th>
              <th scope="col">Queries</th>
              <th scope="col">p50</th>
              <th scope="col">p95</th>
              <th scope="col">p99</th>
            </tr>
          </thead>
          <tbody>
            {(['lookup', 'update', 'aggregate'] as const).flatMap((w) =>
              result.engines.map((e) => {
                const r = e.workloads.find((x) => x.workload === w)!;
                return (
                  <tr key={`${w}-${e.engine}`} data-row={`${w}-${e.engine}`}>
                    <th scope="row">{WORKLOAD_LABEL[w]}</th>
                    <td>{ENGINE_LABEL[e.engine]}</td>
                    <td>
                      {formatNumber(r.ran)}
                      {r.budgetHit ? ` of ${formatNumber(r.asked)} (budget)` : ''}
                      {r.group > 1 ? `, in groups of ${r.group}` : ''}
                    </td>
                    <td data-cell="p50">{formatMs(r.summary.p50)}</td>
                    <td>{formatMs(r.summary.p95)}</td>
                    <td data-cell="p99">{formatMs(r.summary.p99)}</td>
                  </tr>
                );
              }),
            )}
            {result.engines.map((e) => (
              <tr key={`mix-${e.engine}`} data-row={`mix-${e.engine}`}>
                <th scope="row">Lookups among aggregations (with wait)</th>
                <td>{ENGINE_LABEL[e.engine]}</td>
                <td>
                  {formatNumber(e.mix.lookups)} + {formatNumber(e.mix.aggregations)} agg.{e.mix.budgetHit ? ' (budget)' : ''}, busy {(e.mix.utilisation * 100).toFixed(0)}%
                </td>
                <td data-cell="p50">{formatMs(e.mix.lookupLatency.p50)}</td>
                <td>{formatMs(e.mix.lookupLatency.p95)}</td>
                <td data-cell="p99">{formatMs(e.mix.lookupLatency.p99)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll" role="region" aria-label="Load and memory" tabIndex={0}>
        <table className="results-table">
          <caption>Load time and memory</caption>
          <thead>
            <tr>
              <th scope="col">Engine</th>
              <th scope="col">Version</th>
              <th scope="col">Load</th>
              <th scope="col">Memory the engine reports</th>
            </tr>
          </thead>
          <tbody>
            {result.engines.map((e) => (
              <tr key={e.engine}>
                <th scope="row">{ENGINE_LABEL[e.engine]}</th>
                <td>{e.version}</td>
                <td>{formatMs(e.loadMs)}</td>
                <td>{e.memoryBytes === null ? '—' : formatBytes(e.memoryBytes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Suspense fallback={<p className="results-note">Loading charts…</p>}>
        <OltpCharts result={result} />
      </Suspense>
      <div className="explain" data-explain>
        <p className="sandbox-part">What your run shows</p>
        {explainOltp(result).map((s) => (
          <p key={s}>{s}</p>
        ))}
        {result.engines.map((e) => (
          <details key={e.engine}>
            <summary>How {ENGINE_LABEL[e.engine]} runs a lookup by id</summary>
            <pre data-plan={e.engine}>{e.lookupPlan}</pre>
          </details>
        ))}
      </div>
      <Exercises exercises={oltpExercises} result={result} params={params} onExplore={onExplore} labels={LABELS} />
    </>
  );
}
