import type { ReactNode } from 'react';
import { formatNumber } from '@/lib/format';
import { gapOf } from './explain';
import { FEATURE_NAMES, SPLIT_LABEL, type SplitScore, type SplitsLeakageParams, type SplitsLeakageResult } from './model';

function Region({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

const auc = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');
const signed = (x: number) => (Number.isFinite(x) ? `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}` : '–');
const how = (s: SplitScore, r: SplitsLeakageResult) =>
  s.split === 'random' ? 'a random fifth of the rows validate' : s.split === 'time' ? `days ${r.timeCutDay}–${r.laterStartDay - 1} validate` : 'a random fifth of the users validate';

/** The headline: each split's validation AUC beside the AUC on the later period (the chart's table equivalent). */
export function ScoreTable({ result, params }: { result: SplitsLeakageResult; params: SplitsLeakageParams }) {
  return (
    <Region label="Validation and later-period AUC per split">
      <table className="results-table">
        <caption>
          Logistic regression on days 0–{result.laterStartDay - 1}, scored on its split’s validation rows and on days {result.laterStartDay}–{params.days - 1} (seed {params.seed};
          7-day feature {params.futureFeature ? 'computed over the whole table' : 'from the days before only'})
        </caption>
        <thead>
          <tr>
            <th scope="col">Split</th>
            <th scope="col">Validation AUC</th>
            <th scope="col">Later-period AUC</th>
            <th scope="col">Validation − later</th>
          </tr>
        </thead>
        <tbody>
          {result.scores.map((s) => (
            <tr key={s.split} data-split={s.split}>
              <th scope="row">
                {SPLIT_LABEL[s.split]} <span className="results-note">({how(s, result)})</span>
              </th>
              <td data-result="validate-auc">{auc(s.validateAuc)}</td>
              <td data-result="later-auc">{auc(s.laterAuc)}</td>
              <td data-result="gap">{signed(gapOf(s))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Region>
  );
}

/** Where the gap comes from: what crosses each split. */
export function OverlapTable({ result }: { result: SplitsLeakageResult }) {
  return (
    <Region label="What crosses each split">
      <table className="results-table">
        <caption>What crosses each split of the {formatNumber(result.devRows)} development rows</caption>
        <thead>
          <tr>
            <th scope="col">Split</th>
            <th scope="col">Rows train / validate</th>
            <th scope="col">Users on both sides (of validation users)</th>
            <th scope="col">Validation rows whose user trains</th>
            <th scope="col">Copies on both sides</th>
          </tr>
        </thead>
        <tbody>
          {result.scores.map((s) => (
            <tr key={s.split} data-overlap={s.split}>
              <th scope="row">{SPLIT_LABEL[s.split]}</th>
              <td>
                {formatNumber(s.trainRows)} / {formatNumber(s.validateRows)}
              </td>
              <td data-result="users-both">
                {formatNumber(s.usersBoth)} of {formatNumber(s.usersValidate)}
              </td>
              <td>{formatNumber(s.validateRowsSeenUser)}</td>
              <td data-result="copies-across">{formatNumber(s.duplicatesAcross)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Region>
  );
}

/** The dataset and the model's weights per split. */
export function DatasetTable({ result }: { result: SplitsLeakageResult }) {
  const facts: Array<[string, string]> = [
    ['Rows (copies among them)', `${formatNumber(result.rows)} (${formatNumber(result.rows - result.originalRows)})`],
    ['Share of positive labels', `${(100 * result.positiveShare).toFixed(1)}%`],
    ['Later period: rows, users (new)', `${formatNumber(result.laterRows)}, ${formatNumber(result.laterUsers)} (${formatNumber(result.laterNewUsers)})`],
    ['Rows whose offline 7-day feature differs from serving', formatNumber(result.futureFeatureDiffers)],
    ['Time for the run', `${Math.round(result.ms)} ms`],
  ];
  return (
    <>
      <table className="results-table">
        <caption>The dataset</caption>
        <tbody>
          {facts.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Region label="Weights per split">
        <table className="results-table">
          <caption>Weights on the standardised features, per split</caption>
          <thead>
            <tr>
              <th scope="col">Split</th>
              {FEATURE_NAMES.map((f) => (
                <th scope="col" key={f}>
                  {f}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.scores.map((s) => (
              <tr key={s.split}>
                <th scope="row">{SPLIT_LABEL[s.split]}</th>
                {s.weights.map((w, j) => (
                  <td key={j}>{w.toFixed(2)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Region>
    </>
  );
}
