'use client';

import { useState } from 'react';
import { Field, SandboxFrame } from '@/components/SandboxFrame';
import { describeEnvironment, downloadJson, type ResultsFile } from '@/lib/sandbox/download';
import { useSandboxRun } from '@/lib/sandbox/useSandboxRun';
import { formatBytes, formatMs, formatNumber } from '@/lib/format';
import { sandboxCatalog } from '../catalog';
import { defaultSumParams, RESULTS_VERSION, SANDBOX_ID, sumParamsSchema, type SumApi, type SumParams, type SumResult } from './model';

type NumberField = 'size' | 'repeats' | 'seed';
type Draft = Record<NumberField, string> & { failOnPurpose: boolean };

const toDraft = (params: SumParams): Draft => ({
  size: String(params.size),
  repeats: String(params.repeats),
  seed: String(params.seed),
  failOnPurpose: params.failOnPurpose,
});

const toNumber = (raw: string) => (raw.trim() === '' ? Number.NaN : Number(raw));

const spawn = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID });

const phaseLabels = { filling: 'Filling the array', calibrating: 'Warming up', timing: 'Timing passes' } as const;

export default function SumDemoView() {
  const info = sandboxCatalog[SANDBOX_ID];
  const [draft, setDraft] = useState<Draft>(() => toDraft(defaultSumParams));
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const sandbox = useSandboxRun<SumApi, 'sum'>(spawn, 'sum');

  const onRun = () => {
    const parsed = sumParamsSchema.safeParse({
      size: toNumber(draft.size),
      repeats: toNumber(draft.repeats),
      seed: toNumber(draft.seed),
      failOnPurpose: draft.failOnPurpose,
    });
    if (!parsed.success) {
      const next: Partial<Record<keyof Draft, string>> = {};
      for (const issue of parsed.error.issues) next[issue.path[0] as keyof Draft] ??= issue.message;
      setErrors(next);
      return;
    }
    setErrors({});
    sandbox.run(parsed.data);
  };

  const onDownload = () => {
    if (!sandbox.result || !sandbox.resultRequest) return;
    const file: ResultsFile<SumParams, SumResult> = {
      sandbox: SANDBOX_ID,
      version: RESULTS_VERSION,
      params: sandbox.resultRequest,
      seed: sandbox.resultRequest.seed,
      environment: describeEnvironment(),
      results: sandbox.result,
    };
    downloadJson(`${SANDBOX_ID}-results.json`, file);
  };

  const numberInput = (key: NumberField, label: string, hint: string) => (
    <Field label={label} hint={hint} error={errors[key]}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="number"
          inputMode="numeric"
          value={draft[key]}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => {
            const value = event.target.value;
            setDraft((previous) => ({ ...previous, [key]: value }));
          }}
        />
      )}
    </Field>
  );

  const progress = sandbox.progress
    ? { fraction: sandbox.progress.fraction, label: `${phaseLabels[sandbox.progress.phase]}… ${Math.round(sandbox.progress.fraction * 100)}%` }
    : null;

  return (
    <SandboxFrame
      id={SANDBOX_ID}
      title={info.title}
      description={info.summary}
      state={sandbox.state}
      progress={progress}
      error={sandbox.error}
      cancelled={sandbox.cancelled}
      onRun={onRun}
      onCancel={sandbox.cancel}
      onRetry={sandbox.retry}
      onDownload={onDownload}
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
              onChange={(event) => {
                const failOnPurpose = event.target.checked;
                setDraft((previous) => ({ ...previous, failOnPurpose }));
              }}
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
  );
}
