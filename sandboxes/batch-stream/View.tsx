'use client';

import { lazy, Suspense, useMemo } from 'react';
import { SandboxFrame } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { formatNumber } from '@/lib/format';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { definition } from './definition';
import { formatRate, formatSeconds } from './format';
import type { BatchStreamResult } from './model';
import { ModeTable, RateTable, SweepTable } from './Tables';

// recharts loads with the first results, not with the page.
const BatchStreamCharts = lazy(() => import('./Charts').then((m) => ({ default: m.BatchStreamCharts })));

export default function BatchStreamView() {
  const { frame, run } = useSandbox(definition);
  const c = controlsFor(frame);
  const { result } = run;
  const results = useMemo(
    () =>
      result
        ? {
            headline: <ModeTable result={result} />,
            tables: <RateTable result={result} />,
            details: (
              <>
                <HowItIsTimed result={result} />
                <Suspense fallback={<p className="results-note">Loading charts…</p>}>
                  <BatchStreamCharts result={result} />
                </Suspense>
                <SweepTable result={result} />
              </>
            ),
          }
        : null,
    [result],
  );
  return (
    <SandboxFrame
      sandbox={frame}
      controls={
        <>
          {c.group(
            'The events',
            <>
              {c.number('rate')}
              {c.choice('arrivals')}
              {c.number('duration')}
              {c.number('seed')}
            </>,
          )}
          {c.group(
            'Batch and micro-batch',
            <>
              {c.number('batchWindow')}
              {c.number('batchOverhead')}
              {c.number('microWindow')}
              {c.number('microOverhead')}
            </>,
            'A job runs at the end of each window and pays its fixed cost first.',
          )}
          {c.group(
            'Stream and the work per event',
            <>
              {c.number('eventOverheadMs')}
              {c.choice('costMode')}
              {c.number('costPerEventUs')}
            </>,
          )}
        </>
      }
      results={results}
    />
  );
}

/** How the simulated clock charges each mode, with the work cost this run used. */
function HowItIsTimed({ result }: { result: BatchStreamResult }) {
  const { measured } = result.cost;
  const costNote = measured
    ? `measured here: ${measured.nsPerEvent.toPrecision(3)} ns per event of real per-key aggregation (median of ${measured.repeats} samples, ${measured.minNs.toPrecision(3)}–${measured.maxNs.toPrecision(3)} ns)`
    : `fixed at ${formatSeconds(result.cost.perEventSeconds)} per event (the aggregation still runs for real)`;
  return (
    <p className="results-note">
      {formatNumber(result.events)} events ({result.arrivals}, {formatRate(result.rate)} on average) over {formatSeconds(result.duration)} of simulated time, one processor, first
      come first served. Service time on the simulated clock = the fixed cost per job or per event (simulated, as set) + events × work per event ({costNote}). Latency runs from
      an event’s arrival to the moment its result is visible.
    </p>
  );
}
