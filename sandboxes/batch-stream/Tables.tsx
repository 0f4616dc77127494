'use client';

import { Fragment } from 'react';
import { formatNumber } from '@/lib/format';
import styles from './batch-stream.module.css';
import { formatRate, formatSeconds, formatShare } from './format';
import { modeLabel, type BatchStreamResult, type SweepCell } from './model';

/** The headline: the three modes on the same events, latency against throughput and what keeping up costs. */
export function ModeTable({ result }: { result: BatchStreamResult }) {
  return (
    <>
      <div className="table-scroll" role="region" aria-label="Batch, micro-batch and stream results" tabIndex={0}>
        <table className={`results-table ${styles.compact}`}>
          <caption>
            Each mode on the same {formatNumber(result.events)} events ({result.arrivals}, {formatRate(result.rate)}): latency from an event’s arrival to its visible result
          </caption>
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
          Utilisation at or above 1 means work arrives faster than it can be done: the queue grows for as long as events keep coming, so the latencies above depend on how
          long you run, not just on the settings.
        </p>
      )}
    </>
  );
}

const sweepCells = (c: SweepCell) => (
  <>
    <td>{formatSeconds(c.meanLatency)}</td>
    <td>{formatSeconds(c.maxLatency)}</td>
    <td>{formatShare(c.busyShare)}</td>
    <td>{formatRate(c.throughput)}</td>
    <td>{c.keepsUp ? 'yes' : 'no: queue grows'}</td>
  </>
);

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

export function SweepTable({ result }: { result: BatchStreamResult }) {
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

export function RateTable({ result }: { result: BatchStreamResult }) {
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
          {result.rates.map(({ rate, cells }) => (
            <tr key={rate} data-rate={rate}>
              <th scope="row">{formatRate(rate)}</th>
              {cells === null ? (
                <td colSpan={result.modes.length * 2}>skipped: over 2,000,000 events to simulate</td>
              ) : (
                result.modes.map((m) => {
                  const c = cells[m.mode];
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
