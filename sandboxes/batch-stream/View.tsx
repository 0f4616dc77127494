'use client';

import { Fragment, memo } from 'react';
import { Exercises } from '@/components/sandbox/Exercises';
import { NumberField, SandboxFrame, SelectField } from '@/components/SandboxFrame';
import { formatNumber } from '@/lib/format';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { sandboxCatalog } from '../catalog';
import { BatchStreamCharts } from './Charts';
import styles from './batch-stream.module.css';
import { batchStreamExercises } from './exercises';
import { explainRun } from './explain';
import { formatRate, formatSeconds, formatShare } from './format';
import {
  defaultBatchStreamParams,
  batchStreamParamsSchema,
  modeLabel,
  RESULTS_VERSION,
  SANDBOX_ID,
  type BatchStreamApi,
  type BatchStreamParams,
  type BatchStreamResult,
  type SweepCell,
} from './model';
import { runner } from './runner';

const { spawn } = runner;

const phaseLabel = {
  generating: 'Generating the event stream',
  measuring: 'Timing the real aggregation',
  simulating: 'Running batch, micro-batch and stream',
  sweeping: 'Sweeping the window and the rate',
} as const;

type NumberKey = { [K in keyof BatchStreamParams]: BatchStreamParams[K] extends number ? K : never }[keyof BatchStreamParams];

export default function BatchStreamView() {
  const info = sandboxCatalog[SANDBOX_ID];
  const { form, run, frame } = useSandbox<BatchStreamApi, 'run', typeof defaultBatchStreamParams>({
    id: SANDBOX_ID,
    version: RESULTS_VERSION,
    schema: batchStreamParamsSchema,
    defaults: defaultBatchStreamParams,
    spawn,
    op: 'run',
  });
  const { draft, errors } = form;

  const field = (key: NumberKey, label: string, hint: string) => (
    <NumberField label={label} hint={hint} error={errors[key]} value={draft[key]} decimal onChange={(value) => form.setField(key, value)} />
  );
  const choice = <K extends 'arrivals' | 'costMode'>(key: K, label: string, hint: string, options: Array<[BatchStreamParams[K], string]>) => (
    <SelectField label={label} hint={hint} error={errors[key]} value={String(draft[key])} options={options} onChange={(v) => form.setField(key, v)} />
  );

  const p = run.progress;
  const progress = p ? { fraction: p.fraction, label: `${phaseLabel[p.phase]}…` } : null;

  return (
    <SandboxFrame
      {...frame}
      title={info.title}
      description={info.summary}
      progress={progress}
      controls={
        <>
          {field('rate', 'Event rate (events/s)', '0.01 to 10,000 events per second, on average.')}
          {choice('arrivals', 'Arrivals', 'Bursty: bursts at 3× the rate (30 s on average), calm spells at ⅓ of it (90 s).', [
            ['steady', 'Steady (evenly spaced)'],
            ['bursty', 'Bursty (same mean rate)'],
          ])}
          {field('duration', 'Run length (s)', 'Seconds of arrivals on the simulated clock.')}
          {field('batchWindow', 'Batch window W (s)', 'One batch job runs at the end of each window.')}
          {field('batchOverhead', 'Batch job start-up (s)', 'Simulated: start a cluster, load code, read metadata; paid by every job.')}
          {field('microWindow', 'Micro-batch window (s)', 'Shorter than the batch window.')}
          {field('microOverhead', 'Cost per micro-batch (s)', 'Simulated: an always-on engine’s fixed cost per small batch.')}
          {field('eventOverheadMs', 'Stream overhead per event (ms)', 'Simulated: deserialise, write state, checkpoint, for each event.')}
          {choice('costMode', 'Work per event', 'Measured: the real aggregation is timed in your browser and charged per event. Fixed: the value below, the same on every machine.', [
            ['measured', 'Measured in your browser'],
            ['fixed', 'Fixed (set below)'],
          ])}
          {field('costPerEventUs', 'Fixed work per event (µs)', 'Used only when the work per event is fixed.')}
          {field('seed', 'Seed', 'Chooses the bursts, keys and values.')}
        </>
      }
      results={run.result ? <BatchStreamResults result={run.result} params={run.resultRequest} onExplore={form.applySettings} /> : null}
    />
  );
}

/** Memoised: progress messages of a new run re-render the frame, not the last run's charts and tables. */
const BatchStreamResults = memo(function BatchStreamResults({
  result,
  params,
  onExplore,
}: {
  result: BatchStreamResult;
  params: BatchStreamParams | null;
  onExplore: (settings: Partial<BatchStreamParams>) => void;
}) {
  const costNote = result.cost.measured
    ? `measured here: ${result.cost.measured.nsPerEvent.toPrecision(3)} ns per event of real per-key aggregation (median of ${result.cost.measured.repeats} samples, ${result.cost.measured.minNs.toPrecision(3)}–${result.cost.measured.maxNs.toPrecision(3)} ns)`
    : `fixed at ${formatSeconds(result.cost.perEventSeconds)} per event (the aggregation still runs for real)`;
  return (
    <>
      <p className="results-note">
        {formatNumber(result.events)} events ({result.arrivals}, {formatRate(result.rate)} on average) over {formatSeconds(result.duration)} of simulated time, one processor,
        first come first served. Service time on the simulated clock = the fixed cost per job or per event (simulated, as set) + events × work per event ({costNote}).
        Latency runs from an event’s arrival to the moment its result is visible.
      </p>
      <div className="table-scroll" role="region" aria-label="Batch, micro-batch and stream results" tabIndex={0}>
        <table className={`results-table ${styles.compact}`}>
          <caption>Each mode on the same events</caption>
          <thead>
            <tr>
              <th scope="col">Mode</th>
              <th scope="col">Window</th>
              <th scope="col">Time per job</th>
              <th scope="col">Latency p50</th>
              <th scope="col">p95</th>
              <th scope="col">max</th>
              <th scope="col">Throughput</th>
              <th scope="col">Capacity</th>
              <th scope="col">Utilisation</th>
              <th scope="col">Busy</th>
              <th scope="col">Machines held</th>
              <th scope="col">Keeps up?</th>
            </tr>
          </thead>
          <tbody>
            {result.modes.map((m) => (
              <tr key={m.mode} data-mode={m.mode}>
                <th scope="row">{modeLabel[m.mode]}</th>
                <td>{m.window === null ? 'each event' : formatSeconds(m.window)}</td>
                <td>{formatSeconds(m.meanServiceSeconds)}</td>
                <td data-cell="p50" data-value={m.latency.p50}>
                  {formatSeconds(m.latency.p50)}
                </td>
                <td>{formatSeconds(m.latency.p95)}</td>
                <td>{formatSeconds(m.latency.max)}</td>
                <td>{formatRate(m.throughput)}</td>
                <td>{formatRate(m.capacity)}</td>
                <td data-cell="utilisation" data-value={m.utilisation}>
                  {m.utilisation.toFixed(2)}
                </td>
                <td data-cell="busy" data-value={m.busyShare}>
                  {formatShare(m.busyShare)}
                </td>
                <td>{formatShare(m.reservedShare)}</td>
                <td data-cell="keeps-up">{m.utilisation < 1 ? 'yes' : `no: the queue grows (${formatNumber(m.backlogAtEnd)} waiting at the end)`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.modes.some((m) => m.utilisation >= 1) && (
        <p className="results-note" data-saturated>
          Utilisation at or above 1 means work arrives faster than it can be done: the queue grows for as long as events keep coming, so the latencies above depend on
          how long you run, not just on the settings.
        </p>
      )}
      <BatchStreamCharts result={result} />
      <SweepTable result={result} />
      <RateTable result={result} />
      <div className="explain" data-explain>
        <p className="sandbox-part">What your run shows</p>
        {explainRun(result).map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      <Exercises exercises={batchStreamExercises} result={result} params={params} onExplore={onExplore} />
    </>
  );
});

const sweepCells = (c: SweepCell) => (
  <>
    <td>{formatSeconds(c.meanLatency)}</td>
    <td>{formatSeconds(c.maxLatency)}</td>
    <td>{formatShare(c.busyShare)}</td>
    <td>{formatRate(c.throughput)}</td>
    <td>{c.keepsUp ? 'yes' : 'no: queue grows'}</td>
  </>
);

function SweepTable({ result }: { result: BatchStreamResult }) {
  const [batch, micro] = result.modes;
  return (
    <div className="table-scroll" role="region" aria-label="Window sweep" tabIndex={0}>
      <table className={`results-table ${styles.compact}`}>
        <caption>Window sweep on the same events</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              W
            </th>
            <th scope="colgroup" colSpan={5}>
              Job per window ({formatSeconds(batch?.overheadSeconds ?? 0)} start-up)
            </th>
            <th scope="colgroup" colSpan={5}>
              Always-on engine ({formatSeconds(micro?.overheadSeconds ?? 0)} per batch)
            </th>
          </tr>
          <tr>
            {[0, 1].map((i) => (
              <SweepHeads key={i} />
            ))}
          </tr>
        </thead>
        <tbody>
          {result.sweep.map((p) => (
            <tr key={p.window} data-window={p.window} className={p.batch.keepsUp ? undefined : styles.saturated}>
              <th scope="row">{formatSeconds(p.window)}</th>
              {sweepCells(p.batch)}
              {sweepCells(p.engine)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SweepHeads() {
  return (
    <>
      <th scope="col">Mean wait</th>
      <th scope="col">Max wait</th>
      <th scope="col">Busy</th>
      <th scope="col">Throughput</th>
      <th scope="col">Keeps up?</th>
    </>
  );
}

function RateTable({ result }: { result: BatchStreamResult }) {
  return (
    <div className="table-scroll" role="region" aria-label="Rate sweep" tabIndex={0}>
      <table className={`results-table ${styles.compact}`}>
        <caption>The same settings at other event rates</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Rate
            </th>
            {result.modes.map((m) => (
              <th key={m.mode} scope="colgroup" colSpan={2}>
                {modeLabel[m.mode]}
              </th>
            ))}
          </tr>
          <tr>
            {result.modes.map((m) => (
              <Fragment key={m.mode}>
                <th scope="col">Mean wait</th>
                <th scope="col">Busy</th>
              </Fragment>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.rates.map((r) => (
            <tr key={r.rate} data-rate={r.rate}>
              <th scope="row">{formatRate(r.rate)}</th>
              {r.cells === null ? (
                <td colSpan={result.modes.length * 2}>skipped: over 2,000,000 events to simulate</td>
              ) : (
                result.modes.map((m) => {
                  const c = r.cells![m.mode];
                  return (
                    <Fragment key={m.mode}>
                      <td data-keeps-up={c.keepsUp}>{c.keepsUp ? formatSeconds(c.meanLatency) : `${formatSeconds(c.meanLatency)}, queue grows`}</td>
                      <td>{formatShare(c.busyShare)}</td>
                    </Fragment>
                  );
                })
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
