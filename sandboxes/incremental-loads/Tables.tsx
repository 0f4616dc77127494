'use client';

import type { ReactNode } from 'react';
import { formatNumber } from '@/lib/format';
import { wrongCount } from './explain';
import { formatTime, problemLabel, whyWrong } from './labels';
import { strategies, strategyLabel, type DayChanges, type IncrementalLoadsParams, type IncrementalLoadsResult } from './model';
import styles from './incremental-loads.module.css';

function Region({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

const changeText = (c: DayChanges) =>
  [
    [c.inserts, 'new'],
    [c.updates, 'updated'],
    [c.softDeletes, 'soft-deleted'],
    [c.hardDeletes, 'hard-deleted'],
    [c.lateCommits, 'committed after the load'],
    [c.skewed, 'on a skewed clock'],
  ]
    .filter(([n]) => Number(n) > 0)
    .map(([n, what]) => `${formatNumber(Number(n))} ${what}`)
    .join(', ') || 'nothing';

/** Each strategy over the whole run: its cost and how wrong its copy ended. */
export function SummaryTable({ result }: { result: IncrementalLoadsResult }) {
  const last = result.days[result.days.length - 1]!;
  return (
    <Region label="Each strategy over the run">
      <table className="results-table" data-table="summary">
        <caption>Each strategy over {result.days.length} days</caption>
        <thead>
          <tr>
            <th scope="col">Strategy</th>
            <th scope="col">Rows read</th>
            <th scope="col">Read again</th>
            <th scope="col">Wrong at the end</th>
            <th scope="col">First wrong after</th>
          </tr>
        </thead>
        <tbody>
          {result.summaries.map((s) => {
            const d = last.byStrategy[s.strategy];
            return (
              <tr key={s.strategy} data-strategy={s.strategy}>
                <th scope="row">{strategyLabel[s.strategy]}</th>
                <td>{formatNumber(s.totalRead)}</td>
                <td>{formatNumber(s.totalAlreadyHeld)}</td>
                <td data-wrong={s.wrongAtEnd}>
                  <span className={s.wrongAtEnd > 0 ? styles.bad : undefined}>{formatNumber(s.wrongAtEnd)}</span>
                  <span className={styles.note}>
                    {formatNumber(d.missing)} missing, {formatNumber(d.stale)} older, {formatNumber(d.softKept)} soft and {formatNumber(d.hardKept)} hard deletes kept
                  </span>
                </td>
                <td>{s.firstWrongDay === null ? 'never' : `day ${s.firstWrongDay}`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Region>
  );
}

/** The table equivalent of the chart: every day's changes, and every copy's rows wrong and rows read. */
export function DaysTable({ result }: { result: IncrementalLoadsResult }) {
  return (
    <Region label="Every day, every copy">
      <table className="results-table" data-table="days">
        <caption>Every day, every copy: rows wrong after the load (rows read, read again)</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">What changed</th>
            {strategies.map((s) => (
              <th key={s} scope="col">
                {strategyLabel[s]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.days.map((d) => (
            <tr key={d.day} data-day={d.day}>
              <th scope="row">{d.day}</th>
              <td>
                {changeText(d.changes)}
                <span className={styles.note}>{formatNumber(d.sourceRows)} rows in the source</span>
              </td>
              {strategies.map((s) => {
                const x = d.byStrategy[s];
                const wrong = wrongCount(x);
                return (
                  <td key={s} data-strategy={s} data-wrong={wrong}>
                    <span className={wrong > 0 ? styles.bad : undefined}>{formatNumber(wrong)} wrong</span>
                    <span className={styles.note}>
                      {formatNumber(x.read)} read, {formatNumber(x.alreadyHeld)} again
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Region>
  );
}

/** The rows each copy has wrong after the last load, with the source's account of their last change. */
export function WrongRowsTable({ result }: { result: IncrementalLoadsResult }) {
  const wrong = result.summaries.filter((s) => s.examples.length > 0);
  if (wrong.length === 0) return <p className="results-note">No copy has a row wrong after the last load.</p>;
  return (
    <Region label="Rows wrong after the last load">
      <table className="results-table" data-table="wrong-rows">
        <caption>Rows wrong after the last load (up to 8 per strategy, lowest ids first)</caption>
        <thead>
          <tr>
            <th scope="col">Strategy</th>
            <th scope="col">Row</th>
            <th scope="col">Problem</th>
            <th scope="col">Version held / in the source</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {wrong.flatMap((s) => [
            ...s.examples.map((w) => (
              <tr key={`${s.strategy}-${w.id}`} data-strategy={s.strategy}>
                <th scope="row">{strategyLabel[s.strategy]}</th>
                <td>{w.id}</td>
                <td>{problemLabel[w.problem]}</td>
                <td>
                  {w.heldVersion ?? '—'} / {w.problem === 'hardKept' ? 'gone' : w.version}
                </td>
                <td className={styles.why}>{whyWrong(w, s.strategy)}</td>
              </tr>
            )),
            ...(s.moreExamples > 0
              ? [
                  <tr key={`${s.strategy}-more`}>
                    <th scope="row">{strategyLabel[s.strategy]}</th>
                    <td colSpan={4}>and {formatNumber(s.moreExamples)} more</td>
                  </tr>,
                ]
              : []),
          ])}
        </tbody>
      </table>
    </Region>
  );
}

/** Each strategy's source query as the last load ran it. */
export function QueriesList({ result, params }: { result: IncrementalLoadsResult; params: IncrementalLoadsParams }) {
  const last = result.days[result.days.length - 1]!;
  return (
    <section aria-label="The last load’s queries">
      <p className="results-note">
        The last load ran these on the source (SQLite), at {formatTime(last.at)}; times are minutes from day 1, 00:00. The margin is {params.margin} min and the lookback{' '}
        {params.lookback} days. The full reload replaces its copy; the others merge the rows they read into theirs by id (DuckDB’s MERGE INTO).
      </p>
      <dl>
        {result.summaries.map((s) => {
          const from = last.byStrategy[s.strategy].from;
          return (
            <div key={s.strategy}>
              <dt>
                {strategyLabel[s.strategy]}
                {from !== null && ` (from ${formatTime(from)})`}
              </dt>
              <dd>
                <pre className={styles.query}>{s.lastQuery}</pre>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
