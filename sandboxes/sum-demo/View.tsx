'use client';

import { NumberField, SandboxFrame } from '@/components/SandboxFrame';
import { Exercises } from '@/components/sandbox/Exercises';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { formatBytes, formatMs, formatNumber } from '@/lib/format';
import { sandboxCatalog } from '../catalog';
import { defaultSumParams, RESULTS_VERSION, SANDBOX_ID, sumParamsSchema, type SumApi, type SumParams, type SumResult } from './model';
import { sumExercises } from './exercises';
import { runner } from './runner';

type NumberKey = 'size' | 'repeats' | 'seed';

const { spawn } = runner;

const phaseLabels = { filling: 'Filling the array', calibrating: 'Warming up', timing: 'Timing passes' } as const;

export default function SumDemoView() {
  const info = sandboxCatalog[SANDBOX_ID];
  const { form, run: sandbox, frame } = useSandbox<SumApi, 'sum', typeof defaultSumParams>({
    id: SANDBOX_ID,
    version: RESULTS_VERSION,
    schema: sumParamsSchema,
    defaults: defaultSumParams,
    spawn,
    op: 'sum',
  });
  const { draft, errors } = form;

  const numberInput = (key: NumberKey, label: string, hint: string) => (
    <NumberField label={label} hint={hint} error={errors[key]} value={draft[key]} onChange={(value) => form.setField(key, value)} />
  );

  const progress = sandbox.progress
    ? { fraction: sandbox.progress.fraction, label: `${phaseLabels[sandbox.progress.phase]}… ${Math.round(sandbox.progress.fraction * 100)}%` }
    : null;

  return (
    <SandboxFrame
      {...frame}
      title={info.title}
      description={info.summary}
      progress={progress}
      controls={
        <>
          {numberInput('size', 'Values in the column', '1,000 to 20,000,000 doubles (8 bytes each).')}
          {numberInput('repeats', 'Timed passes', '3 to 50; the result is their median.')}
          {numberInput('seed', 'Seed', 'The same seed fills the same values.')}
          <div className="field field-checkbox">
            <input
              id={`${SANDBOX_ID}-fail`}
              type="checkbox"
              checked={draft.failOnPurpose}
              onChange={(event) => form.setField('failOnPurpose', event.target.checked)}
            />
            <label htmlFor={`${SANDBOX_ID}-fail`}>Make the worker fail (to see how errors show)</label>
          </div>
        </>
      }
      results={sandbox.result && sandbox.resultRequest ? <SumResults result={sandbox.result} params={sandbox.resultRequest} /> : null}
    />
  );
}

function SumResults({ result, params }: { result: SumResult; params: SumParams }) {
  return (
    <>
    <table className="results-table">
      <caption>
        Summing {formatNumber(result.size)} doubles (seed {params.seed}), median of {result.passMs.length} timed samples of{' '}
        {formatNumber(result.passesPerSample)} pass{result.passesPerSample === 1 ? '' : 'es'} each
      </caption>
      <tbody>
        <tr>
          <th scope="row">Time per pass (median)</th>
          <td data-result="median-ms">{formatMs(result.medianMs)}</td>
        </tr>
        <tr>
          <th scope="row">Fastest – slowest pass</th>
          <td>
            {formatMs(result.minMs)} – {formatMs(result.maxMs)}
          </td>
        </tr>
        <tr>
          <th scope="row">Throughput</th>
          <td data-result="gb-per-second">{result.gbPerSecond.toFixed(2)} GB/s</td>
        </tr>
        <tr>
          <th scope="row">Bytes read per pass</th>
          <td>{formatBytes(result.bytes)}</td>
        </tr>
        <tr>
          <th scope="row">Sum</th>
          <td data-result="sum">{result.sum.toFixed(4)}</td>
        </tr>
        <tr>
          <th scope="row">Mean (uniform values should give about 0.5)</th>
          <td>{result.mean.toFixed(5)}</td>
        </tr>
        <tr>
          <th scope="row">Time to fill the array</th>
          <td>{formatMs(result.fillMs)}</td>
        </tr>
      </tbody>
    </table>
    <Exercises exercises={sumExercises} result={result} params={params} />
    </>
  );
}
