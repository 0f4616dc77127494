'use client';

import { useMemo } from 'react';
import { SandboxFrame } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { formatBytes, formatMs, formatNumber } from '@/lib/format';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { definition } from './definition';
import type { SumParams, SumResult } from './model';

export default function SumDemoView() {
  const { frame, run } = useSandbox(definition);
  const c = controlsFor(frame);
  const { result, resultParams: params } = run;
  const results = useMemo(() => (result && params ? { headline: <SumTable result={result} params={params} /> } : null), [result, params]);
  return (
    <SandboxFrame
      sandbox={frame}
      controls={
        <>
          {c.number('size')}
          {c.number('repeats')}
          {c.number('seed')}
          {c.toggle('failOnPurpose')}
        </>
      }
      results={results}
    />
  );
}

function SumTable({ result, params }: { result: SumResult; params: SumParams }) {
  const rows: Array<[string, string, string?]> = [
    ['Time per pass (median)', formatMs(result.medianMs), 'median-ms'],
    ['Fastest – slowest pass', `${formatMs(result.minMs)} – ${formatMs(result.maxMs)}`],
    ['Throughput', `${result.gbPerSecond.toFixed(2)} GB/s`, 'gb-per-second'],
    ['Bytes read per pass', formatBytes(result.bytes)],
    ['Sum', result.sum.toFixed(4), 'sum'],
    ['Mean (uniform values should give about 0.5)', result.mean.toFixed(5)],
    ['Time to fill the array', formatMs(result.fillMs)],
  ];
  return (
    <table className="results-table">
      <caption>
        Summing {formatNumber(result.size)} doubles (seed {params.seed}), median of {result.passMs.length} timed samples of {formatNumber(result.passesPerSample)} pass
        {result.passesPerSample === 1 ? '' : 'es'} each
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
