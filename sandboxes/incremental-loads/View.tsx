'use client';

import { useMemo } from 'react';
import { SandboxFrame } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { formatMs, formatNumber } from '@/lib/format';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { definition } from './definition';
import type { IncrementalLoadsParams, IncrementalLoadsResult } from './model';

export default function IncrementalLoadsView() {
  const { frame, run } = useSandbox(definition);
  const c = controlsFor(frame);
  const { result, resultParams: params } = run;
  const results = useMemo(
    () => (result && params ? { headline: <EstimateTable result={result} params={params} />, details: <Method result={result} /> } : null),
    [result, params],
  );
  return (
    <SandboxFrame
      sandbox={frame}
      controls={
        <>
          {c.number('points')}
          {c.number('seed')}
        </>
      }
      results={results}
    />
  );
}

/** The headline: the one table that answers the sandbox's question. */
function EstimateTable({ result, params }: { result: IncrementalLoadsResult; params: IncrementalLoadsParams }) {
  const rows: Array<[string, string, string?]> = [
    ['Estimate of π', result.estimate.toFixed(5), 'estimate'],
    ['Distance from π', Math.abs(result.error).toFixed(5), 'error'],
    ['Standard error', result.standardError.toFixed(5)],
    ['Points inside the quarter circle', formatNumber(result.inside), 'inside'],
    ['Time taken', formatMs(result.ms)],
  ];
  return (
    <table className="results-table">
      <caption>
        {formatNumber(result.points)} seeded points (seed {params.seed})
      </caption>
      <tbody>
        {rows.map(([label, value, key]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td data-result={key}>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Details: how the estimate is made, for the reader who wants it. */
function Method({ result }: { result: IncrementalLoadsResult }) {
  return (
    <p>
      Each point is two seeded uniform numbers between 0 and 1. A share π/4 of the unit square lies inside the quarter circle, so 4 × (points inside ÷ points) estimates π; its
      standard error, {result.standardError.toFixed(5)}, halves each time the points are multiplied by four.
    </p>
  );
}
