'use client';

import { memo } from 'react';
import { useAfterPaint } from '@/components/sandbox/useAfterPaint';
import { formatNumber } from '@/lib/format';
import { checkLabel, checkShort, describeWorst, formatError, readerLabel, shortDate, worstError } from './labels';
import { checkGate, faultLabel, gateLabel, type DayResult, type Gate, type QualityGatesParams, type QualityGatesResult } from './model';
import styles from './quality-gates.module.css';

function gateText(day: DayResult, gate: Gate): string {
  const outcome = day.gates[gate];
  if (outcome === 'skipped') return '—';
  if (outcome === 'pass') return 'pass';
  const failed = day.checks.filter((c) => !c.passed && checkGate[c.check] === gate).map((c) => checkShort[c.check]);
  const what = outcome === 'quarantine' ? `quarantine ${formatNumber(day.quarantined)}` : outcome;
  return `${what}: ${failed.join(', ')}`;
}

function consumerText(day: DayResult): string {
  if (!day.reported) return 'held back';
  const worst = worstError(day.errors);
  return worst && Math.abs(worst.error) >= 0.0005 ? describeWorst(worst) : 'right';
}

/** The headline: each day's faults, what every gate did, what readers of the table saw, and what the consumer reported. */
export const DayTable = memo(function DayTable({ result, params }: { result: QualityGatesResult; params: QualityGatesParams }) {
  // The first days are drawn with the result, the rest after the next frame: drawing the whole table at once held the main thread for 55–85 ms.
  const drawAll = useAfterPaint(result);
  const days = drawAll ? result.days : result.days.slice(0, 3);
  return (
    <>
    <p className="results-note">
      Day by day, {params.publish === 'wap' ? 'under write-audit-publish' : 'written in place and tested afterwards'}. “Consumer” is the largest error among its four metrics that day; “Had it slipped” is that error had every gate only warned.
    </p>
    <div className="table-scroll" role="region" aria-label="Day by day" tabIndex={0}>
      <table className={`results-table ${styles.compact} ${styles.days}`} data-table="days">
        <caption className="visually-hidden">Day by day: each gate’s outcome, what readers of the table saw, and the consumer’s numbers</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Fault</th>
            <th scope="col">Ingestion</th>
            <th scope="col">Transform</th>
            <th scope="col">At use</th>
            <th scope="col">Readers see</th>
            <th scope="col">Consumer</th>
            <th scope="col">Had it slipped</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.day} data-day={day.day}>
              <th scope="row">
                {day.day} <span className="visually-hidden">(</span>
                <small>{shortDate(day.date)}</small>
                <span className="visually-hidden">)</span>
              </th>
              <td>{day.faults.length ? day.faults.map((f) => faultLabel[f]).join(', ') : day.backfilled.length ? `backfill of day ${day.backfilled.join(', ')}` : ''}</td>
              {(['ingest', 'transform', 'use'] as const).map((gate) => (
                <td key={gate} className={styles.cell} data-outcome={day.gates[gate]} data-gate={gate}>
                  {gateText(day, gate)}
                </td>
              ))}
              <td className={styles.cell} data-state={day.readers} data-cell="readers">
                {day.readers === 'stale' ? `day ${day.latestDay} (${day.day - day.latestDay} d old)` : readerLabel[day.readers]}
              </td>
              <td data-cell="consumer">{consumerText(day)}</td>
              <td data-cell="slipped">{day.slipped ? describeWorst(worstError(day.slipped)) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    </>
  );
});

/** One row per injected fault: every check that saw it, the one that stopped it, and the cost each way. */
export const FaultTable = memo(function FaultTable({ result }: { result: QualityGatesResult }) {
  if (result.faults.length === 0) return <p className="results-note">No faults in the script: add one under Faults.</p>;
  return (
    <div className="table-scroll" role="region" aria-label="Faults" tabIndex={0}>
      <table className={`results-table ${styles.compact}`} data-table="faults">
        <caption>Each fault: the checks that saw it, the one that stopped it, and its day at the end</caption>
        <thead>
          <tr>
            <th scope="col">Fault</th>
            <th scope="col">Seen by</th>
            <th scope="col">Stopped by</th>
            <th scope="col">Reported</th>
            <th scope="col">Had it slipped</th>
            <th scope="col">At the end</th>
          </tr>
        </thead>
        <tbody>
          {result.faults.map((f, i) => (
            <tr key={i} data-fault={f.kind}>
              <th scope="row">
                {faultLabel[f.kind]}, day {f.day}
              </th>
              <td>{f.caughtBy.length ? f.caughtBy.map((c) => checkLabel[c]).join(', ') : 'no check'}</td>
              <td data-cell="stopped">{f.stoppedBy ? `${checkLabel[f.stoppedBy]} (${gateLabel[checkGate[f.stoppedBy]].toLowerCase()})` : 'nothing'}</td>
              <td>{f.worst ? describeWorst(f.worst) : 'held back'}</td>
              <td>{describeWorst(f.slipped)}</td>
              <td>{f.final.missing + f.final.extra + f.final.wrong === 0 ? 'right' : `${formatNumber(f.final.wrong)} wrong, ${formatNumber(f.final.extra)} extra, ${formatNumber(f.final.missing)} missing`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});

/** Every failed check, day by day, with what it measured. */
export const FailuresTable = memo(function FailuresTable({ result }: { result: QualityGatesResult }) {
  const rows = result.days.flatMap((d) => d.checks.filter((c) => !c.passed).map((c) => ({ day: d.day, ...c })));
  return (
    <div className="table-scroll" role="region" aria-label="Failed checks" tabIndex={0}>
      <table className={`results-table ${styles.compact}`} data-table="failures">
        <caption>Failed checks ({rows.length})</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Check</th>
            <th scope="col">Failing rows</th>
            <th scope="col">What it measured</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>{r.day}</td>
              <td>{checkLabel[r.check]}</td>
              <td>{['unique', 'not_null', 'accepted_values', 'relationships'].includes(r.check) ? formatNumber(r.failing) : '—'}</td>
              <td className={styles.wrap}>{r.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});

/** The consumer's four metrics on each fault day: reported, true, and had it slipped. */
export const MetricsTable = memo(function MetricsTable({ result }: { result: QualityGatesResult }) {
  const days = result.days.filter((d) => d.faults.length > 0);
  if (days.length === 0) return null;
  const fmt = (v: number | null, share: boolean) => (v === null ? '—' : share ? `${(100 * v).toFixed(1)}%` : v.toLocaleString('en-US', { maximumFractionDigits: 1 }));
  return (
    <div className="table-scroll" role="region" aria-label="Metrics on fault days" tabIndex={0}>
      <table className={`results-table ${styles.compact}`} data-table="metrics">
        <caption>The consumer’s metrics on fault days</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Metric</th>
            <th scope="col">True</th>
            <th scope="col">Reported</th>
            <th scope="col">Had it slipped</th>
          </tr>
        </thead>
        <tbody>
          {days.flatMap((d) =>
            (['requests', 'meanHours', 'noiseShare', 'brooklynShare'] as const).map((m) => {
              const share = m === 'noiseShare' || m === 'brooklynShare';
              const truth = d.truth[m];
              const slipped = d.slipped?.[m];
              return (
                <tr key={`${d.day}-${m}`}>
                  <td>{d.day}</td>
                  <td>{m === 'requests' ? 'requests' : m === 'meanHours' ? 'mean hours to close' : m === 'noiseShare' ? 'noise share' : 'Brooklyn share'}</td>
                  <td>{fmt(truth, share)}</td>
                  <td>{d.reported ? `${fmt(d.reported[m], share)}${d.errors[m] ? ` (${formatError(d.errors[m])})` : ''}` : 'held back'}</td>
                  <td>{slipped === null || slipped === undefined ? '—' : formatError(slipped)}</td>
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
    </div>
  );
});

/** The checks' SQL as run on the last day: the tests after the transform in dbt's form, returning failing rows. */
export function SqlList({ result }: { result: QualityGatesResult }) {
  return (
    <div data-table="sql">
      <p className="results-note">
        The checks as run in DuckDB {result.engineVersion} on the last day. The four tests after the transform follow dbt’s generic tests: each returns the failing rows, and nulls pass every test but not_null.
      </p>
      <p className="results-note">
        The requests are generated from the seed in the style of NYC 311, not taken from it. Where the real dataset has a closed_date, this feed carries hours_to_close, so that a unit change has a number to change.
      </p>
      {result.sql.map((s) => (
        <div key={s.check}>
          <p className={styles.sqlName}>{checkLabel[s.check]}</p>
          <pre className={styles.sql}>
            <code>{s.sql}</code>
          </pre>
        </div>
      ))}
    </div>
  );
}
