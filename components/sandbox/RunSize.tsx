'use client';

import { useMemo } from 'react';
import type { SandboxHandle } from '@/lib/sandbox/useSandbox';
import { fromDraft } from '@/lib/sandbox/useParamsForm';
import type { SandboxParams } from '@/lib/sandbox/params';

const times = (ratio: number) => (ratio >= 10 ? `${Math.round(ratio)}×` : `${ratio.toFixed(1)}×`);
const seconds = (ms: number) => (ms >= 90_000 ? `${Math.round(ms / 60_000)} min` : ms >= 10_000 ? `${Math.round(ms / 1000)} s` : `${(ms / 1000).toFixed(1)} s`);

/**
 * Under Run: bigger runs one click away (each says how many times the defaults' work it is), and,
 * once a run has been timed here, an estimate for the settings now in the form, scaled from that
 * run by the sandbox's own measure of work. Nothing is shown that this machine has not measured.
 */
export function RunSize<P extends SandboxParams, R, G>({ sandbox }: { sandbox: SandboxHandle<P, R, G> }) {
  const { definition, form, run } = sandbox;
  const { cost, larger } = definition;
  const current = useMemo(() => {
    const parsed = definition.schema.safeParse(fromDraft(form.draft, definition.defaults));
    return parsed.success ? parsed.data : null;
  }, [definition, form.draft]);
  if (!cost) return null;
  const base = cost(definition.defaults);
  const last = run.resultParams && run.resultMs !== null ? { work: cost(run.resultParams), ms: run.resultMs } : null;
  const estimate = current && last && last.work > 0 ? (last.ms * cost(current)) / last.work : null;
  const showEstimate = estimate !== null && current !== null && (estimate >= 3_000 || cost(current) !== last?.work);
  if (!larger?.length && !showEstimate) return null;
  return (
    <div className="sandbox-runsize" data-runsize>
      {larger?.length ? (
        <p className="sandbox-larger">
          <span>Bigger runs:</span>{' '}
          {larger.map(({ label, settings }) => (
            <button key={label} type="button" className="button button-small" onClick={() => form.applySettings(settings)}>
              {label} ({times(cost({ ...definition.defaults, ...settings }) / base)} the default work)
            </button>
          ))}
        </p>
      ) : null}
      {showEstimate && last ? (
        <p className="sandbox-estimate" data-estimate>
          At these settings a run should take about {seconds(estimate)} here, scaled from your last run ({seconds(last.ms)}).
        </p>
      ) : null}
    </div>
  );
}
