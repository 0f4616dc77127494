'use client';

import type { ReactNode } from 'react';
import { NumberField, SandboxFrame, SelectField } from '@/components/SandboxFrame';
import { Exercises } from '@/components/sandbox/Exercises';
import { formatMs, formatNumber } from '@/lib/format';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { sandboxCatalog } from '../catalog';
import { LagChart, LatencyHistogram, rateLabel, SweepChart } from './Charts';
import styles from './dataflow.module.css';
import { explainRun } from './explain';
import { dataflowExercises } from './exercises';
import {
  COMMIT_INTERVAL_MS,
  DB_CONNECTIONS,
  defaultDataflowParams,
  dataflowParamsSchema,
  modeLabels,
  modeNames,
  RESULTS_VERSION,
  SANDBOX_ID,
  SLOW_TAIL_FACTOR,
  type DataflowApi,
  type DataflowParams,
  type DataflowResult,
  type LeadChange,
  type Mode,
} from './model';
import { runner } from './runner';

const { spawn } = runner;

type NumberKey = { [K in keyof DataflowParams]: DataflowParams[K] extends number ? K : never }[keyof DataflowParams];
const phaseLabels = { run: 'Simulating the chosen modes', sweep: 'Sweeping the failure rate', hops: 'Sweeping the chain length' } as const;

/** The controls' labels, also used to name an exercise's suggested settings. */
const LABELS = {
  mode: 'Mode',
  requestRate: 'Requests per second',
  runSec: 'Run length (s)',
  deadlineMs: 'Deadline (ms)',
  seed: 'Seed',
  sweep: 'Sweep failure rates and chain lengths (about 150 runs)',
  failureRate: 'Failure rate per hop (p)',
  hopLatencyMs: 'Per-hop latency (ms)',
  latencyShape: 'Latency shape',
  timeoutMs: 'Timeout (ms)',
  retries: 'Retry failed calls, with exponential backoff and full jitter',
  maxRetries: 'Retries at most',
  backoffMs: 'Backoff base (ms)',
  hops: 'Hops',
  slowQueriesPerSec: "B's slow queries per second",
  slowQueryMs: 'Slow query time (ms)',
  consumerRate: 'Consumer rate (messages/s)',
  retentionSec: 'Retention (s)',
  outageStartSec: 'Outage start (s)',
  outageSec: 'Outage length (s)',
} satisfies Partial<Record<keyof DataflowParams, string>>;

export default function DataflowView() {
  const info = sandboxCatalog[SANDBOX_ID];
  const { form, run: sandbox, frame } = useSandbox<DataflowApi, 'run', DataflowParams>({
    id: SANDBOX_ID,
    version: RESULTS_VERSION,
    schema: dataflowParamsSchema,
    defaults: defaultDataflowParams,
    spawn,
    op: 'run',
  });
  const { draft, errors } = form;

  const number = (key: NumberKey, label: string, hint: string, decimal = true) => (
    <NumberField label={label} hint={hint} error={errors[key]} value={draft[key]} decimal={decimal} onChange={(value) => form.setField(key, value)} />
  );
  const choice = (key: 'mode' | 'latencyShape', label: string, hint: string, options: ReadonlyArray<[string, string]>) => (
    <SelectField label={label} hint={hint} error={errors[key]} value={draft[key]} options={options} onChange={(v) => form.setField(key, v)} />
  );
  const checkbox = (key: 'retries' | 'sweep', label: string) => (
    <div className="field field-checkbox">
      <input id={`${SANDBOX_ID}-${key}`} type="checkbox" checked={draft[key]} onChange={(e) => form.setField(key, e.target.checked)} />
      <label htmlFor={`${SANDBOX_ID}-${key}`}>{label}</label>
    </div>
  );
  const group = (legend: string, children: ReactNode, note?: string) => (
    <fieldset className={styles.group}>
      <legend>{legend}</legend>
      {note && <p className={styles.groupNote}>{note}</p>}
      {children}
    </fieldset>
  );

  const p = sandbox.progress;
  const progress = p ? { fraction: p.total ? p.done / p.total : null, label: `${phaseLabels[p.phase]}… ${p.done} of ${p.total} runs` } : null;

  return (
    <SandboxFrame
      {...frame}
      title={info.title}
      description={info.summary}
      progress={progress}
      controls={
        <>
          {group(
            'The run',
            <>
              {choice('mode', LABELS.mode, 'Or all three side by side, on the same requests.', [
                ['all', 'All three'],
                ['db', modeLabels.db],
                ['rpc', modeLabels.rpc],
                ['bus', modeLabels.bus],
              ])}
              {number('requestRate', LABELS.requestRate, 'From A, at random (Poisson) times.')}
              {number('runSec', LABELS.runSec, 'Simulated seconds, 5 to 600.')}
              {number('deadlineMs', LABELS.deadlineMs, 'A request counts as served only if its data got through within this.')}
              {number('seed', LABELS.seed, 'The same seed gives the same run.', false)}
              {checkbox('sweep', LABELS.sweep)}
            </>,
          )}
          {group(
            'Calls and failures',
            <>
              {number('failureRate', LABELS.failureRate, 'A probability: 0.01 is 1 %. Every RPC hop, database query and consumer attempt fails this often.')}
              {number('hopLatencyMs', LABELS.hopLatencyMs, 'The time of one call.')}
              {choice('latencyShape', LABELS.latencyShape, `Slow tail: 1 call in 100 takes ${SLOW_TAIL_FACTOR}× as long.`, [
                ['fixed', 'Fixed'],
                ['exponential', 'Exponential (this is the mean)'],
                ['slow-tail', 'Slow tail'],
              ])}
              {number('timeoutMs', LABELS.timeoutMs, 'A caller gives up on a call after this; a failed call never answers.')}
              {checkbox('retries', LABELS.retries)}
              {number('maxRetries', LABELS.maxRetries, '1 to 5 per call, when retries are on.', false)}
              {number('backoffMs', LABELS.backoffMs, 'Retry k waits a random time up to base × 2ᵏ.')}
            </>,
          )}
          {group('RPC chain', <>{number('hops', LABELS.hops, '1 to 10 calls, one after another.', false)}</>)}
          {group(
            'Shared database',
            <>
              {number('slowQueriesPerSec', LABELS.slowQueriesPerSec, 'Reports B runs on the same database.')}
              {number('slowQueryMs', LABELS.slowQueryMs, 'Each holds a connection this long.')}
            </>,
            `A's queries and B's slow ones wait in one line for ${DB_CONNECTIONS} connections.`,
          )}
          {group(
            'Message bus',
            <>
              {number('consumerRate', LABELS.consumerRate, 'What B can process when nothing fails.')}
              {number('retentionSec', LABELS.retentionSec, 'The topic deletes messages older than this, read or not.')}
              {number('outageStartSec', LABELS.outageStartSec, 'When B’s consumer goes down.')}
              {number('outageSec', LABELS.outageSec, '0 for none; it must end within the run.')}
            </>,
            `The consumer records its position every ${COMMIT_INTERVAL_MS / 1000} s; after an outage it resumes from there.`,
          )}
        </>
      }
      results={sandbox.result && sandbox.resultRequest ? <DataflowResults result={sandbox.result} params={sandbox.resultRequest} onExplore={form.applySettings} /> : null}
    />
  );
}

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;

type Run = DataflowResult['runs'][number];
interface Measure {
  id: string;
  label: string;
  show(run: Run): string;
  /** The raw number, for tests and tools (data-value). */
  value?(run: Run): number | null;
}

/** The rows of the results table: one measure per row, one mode per column, so it stays narrow. */
function measures(result: DataflowResult): Measure[] {
  const latency = (pick: (run: Run) => { p50: number; p99: number } | null, q: 'p50' | 'p99') => (run: Run) => {
    const summary = pick(run);
    return summary ? formatMs(summary[q]) : '—';
  };
  return [
    { id: 'wait-p50', label: 'A waited, median', show: latency((r) => r.callerWait, 'p50') },
    { id: 'wait-p99', label: 'A waited, p99', show: latency((r) => r.callerWait, 'p99') },
    { id: 'p50', label: 'End to end, median', show: latency((r) => r.endToEnd, 'p50'), value: (r) => r.endToEnd?.p50 ?? null },
    { id: 'p99', label: 'End to end, p99', show: latency((r) => r.endToEnd, 'p99'), value: (r) => r.endToEnd?.p99 ?? null },
    { id: 'errors', label: 'Errors A saw', show: (r) => `${pct(r.failed / r.requests)} (${formatNumber(r.failed)})`, value: (r) => r.failed / r.requests },
    { id: 'lost', label: 'Lost: deleted unread', show: (r) => (r.mode === 'bus' ? formatNumber(r.lost) : '—'), value: (r) => r.lost },
    { id: 'late', label: 'Late: after the deadline', show: (r) => formatNumber(r.late), value: (r) => r.late },
    { id: 'missed', label: 'Missed: errors, lost or late', show: (r) => pct(r.missedShare), value: (r) => r.missedShare },
    { id: 'throughput', label: 'Answers per second', show: (r) => r.throughputPerSec.toFixed(1), value: (r) => r.throughputPerSec },
    { id: 'attempts', label: 'Calls, queries or attempts', show: (r) => formatNumber(r.attempts), value: (r) => r.attempts },
    {
      id: 'staleness',
      label: 'B’s view behind, at most',
      show: (r) => (r.mode === 'bus' && result.bus ? `${result.bus.maxStalenessSec.toFixed(2)} s` : '0: reads live'),
      value: (r) => (r.mode === 'bus' && result.bus ? result.bus.maxStalenessSec : 0),
    },
  ];
}

function leadText(lead: LeadChange | 'from-start' | null): string {
  if (lead === 'from-start') return 'from 0';
  if (lead === null) return 'never';
  return `≈ ${(lead.estimate * 100).toFixed(2)} %`;
}

function DataflowResults({ result, params, onExplore }: { result: DataflowResult; params: DataflowParams; onExplore: (settings: Partial<DataflowParams>) => void }) {
  const explanation = explainRun(result, params);
  const leader = (row: NonNullable<DataflowResult['sweep']>['rows'][number]) => {
    const best = Math.min(row.db.missedShare, row.rpc.missedShare, row.bus.missedShare);
    return (['rpc', 'bus', 'db'] as Mode[]).filter((m) => row[m].missedShare === best).map((m) => modeLabels[m]).join(', ');
  };
  return (
    <>
      <p className="results-note">
        {formatNumber(result.requests)} requests from A over {result.runSec} simulated seconds (seed {params.seed}), the same requests for every mode; {formatNumber(result.events)} simulated
        events in all. Times are simulated milliseconds, not measured ones, so a seed always gives the same numbers.
      </p>
      <div className="table-scroll" role="region" aria-label="Each mode's results" tabIndex={0}>
        <table className={`results-table ${styles.numbers}`}>
          <caption>Each mode on the same requests, with a {formatMs(result.deadlineMs)} deadline</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              {result.runs.map((r) => (
                <th key={r.mode} scope="col" data-mode={r.mode}>
                  {modeLabels[r.mode]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {measures(result).map((measure) => (
              <tr key={measure.id} data-measure={measure.id}>
                <th scope="row">{measure.label}</th>
                {result.runs.map((r) => (
                  <td key={r.mode} data-mode={r.mode} data-value={measure.value?.(r) ?? undefined}>
                    {measure.show(r)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.rpc && (
        <p className="results-note" data-rpc-check>
          RPC chain against its closed form: measured error rate {pct(result.runs.find((r) => r.mode === 'rpc')!.errorRate)}, predicted {pct(result.rpc.predictedErrorRate)} ± {pct(4 * result.rpc.standardError)} (4
          standard errors for this many requests).
        </p>
      )}
      <div className={styles.charts}>
        <LatencyHistogram result={result} />
        {result.bus && <LagChart bus={result.bus} params={params} />}
        {result.sweep && <SweepChart rows={result.sweep.rows} hops={params.hops} deadlineMs={params.deadlineMs} />}
      </div>
      {result.sweep && (
        <>
          <p className="sandbox-part">The sweep: every mode at each failure rate</p>
          <div className="table-scroll" role="region" aria-label="Failure-rate sweep" tabIndex={0}>
            <table className={`results-table ${styles.numbers}`}>
              <caption>
                Requests missed (failed, lost or later than {formatMs(params.deadlineMs)}) at each per-hop failure rate; the chain has {params.hops} hop{params.hops === 1 ? '' : 's'}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Failure rate per hop</th>
                  <th scope="col">{modeLabels.db}</th>
                  <th scope="col">{modeLabels.rpc}</th>
                  <th scope="col">{modeLabels.bus}</th>
                  <th scope="col">Chain errors</th>
                  <th scope="col">Fewest missed</th>
                </tr>
              </thead>
              <tbody>
                {result.sweep.rows.map((row) => (
                  <tr key={row.failureRate} data-rate={row.failureRate}>
                    <th scope="row">{rateLabel(row.failureRate)}</th>
                    <td>{pct(row.db.missedShare)}</td>
                    <td data-cell="rpc">{pct(row.rpc.missedShare)}</td>
                    <td data-cell="bus">{pct(row.bus.missedShare)}</td>
                    <td>{pct(row.rpc.errorRate)}</td>
                    <td>{leader(row)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul className={styles.crossovers} data-crossovers>
            {result.sweep.crossovers.map((c) => (
              <li key={`${c.a}-${c.b}`}>
                {modeLabels[c.a]} against {modeNames[c.b]}:{' '}
                {c.changes.length === 0
                  ? `${c.atStart === 'tie' ? 'level' : `${modeNames[c.atStart]} misses fewer`} all the way.`
                  : `${c.atStart === 'tie' ? 'level at 0' : `${modeNames[c.atStart]} misses fewer at 0`}; ${c.changes
                      .map((change) => `${modeNames[change.leader]} leads from ≈ ${(change.estimate * 100).toFixed(2)} % (between the swept ${rateLabel(change.fromRate)} and ${rateLabel(change.toRate)})`)
                      .join(', then ')}.`}
              </li>
            ))}
          </ul>
          <p className="sandbox-part">The chain by its length</p>
          <div className="table-scroll" role="region" aria-label="Chain-length sweep" tabIndex={0}>
            <table className={`results-table ${styles.numbers}`}>
              <caption>
                The chain at p = {rateLabel(params.failureRate)}
                {params.retries ? ` with up to ${params.maxRetries} retries` : ', no retries'}, by its number of hops, and the failure rate from which each other mode misses fewer requests
              </caption>
              <thead>
                <tr>
                  <th scope="col">Hops</th>
                  <th scope="col">Success, measured</th>
                  <th scope="col">Success, closed form</th>
                  <th scope="col">Bus misses fewer from p</th>
                  <th scope="col">Database misses fewer from p</th>
                </tr>
              </thead>
              <tbody>
                {result.sweep.hops.map((row) => (
                  <tr key={row.hops} data-hops={row.hops}>
                    <th scope="row">{row.hops}</th>
                    <td data-cell="success">{pct(1 - row.errorRate)}</td>
                    <td>
                      {pct(1 - row.predictedErrorRate)} <span className="factor">± {pct(4 * row.standardError)}</span>
                    </td>
                    <td>{leadText(row.busOvertakesAt)}</td>
                    <td>{leadText(row.dbOvertakesAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <div className="explain" data-explain>
        <p className="sandbox-part">What your run shows</p>
        {explanation.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      <Exercises exercises={dataflowExercises} result={result} params={params} onExplore={onExplore} labels={LABELS} />
    </>
  );
}
