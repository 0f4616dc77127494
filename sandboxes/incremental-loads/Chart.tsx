'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { formatNumber } from '@/lib/format';
import { niceTicks } from './labels';
import { strategies, strategyLabel, type IncrementalLoadsResult, type StrategyDay, type StrategyId } from './model';
import styles from './incremental-loads.module.css';

export const metrics = ['missed', 'deletes', 'held', 'copied', 'read'] as const;
export type Metric = (typeof metrics)[number];
export const metricLabel: Record<Metric, string> = {
  missed: 'Missed (missing or an older version)',
  deletes: 'Deletes not propagated',
  held: 'Read again (already held)',
  copied: 'Copied (new or changed)',
  read: 'Rows read (cost)',
};
export const metricValue: Record<Metric, (d: StrategyDay) => number> = {
  missed: (d) => d.missing + d.stale,
  deletes: (d) => d.softKept + d.hardKept,
  held: (d) => d.alreadyHeld,
  copied: (d) => d.read - d.alreadyHeld,
  read: (d) => d.read,
};

export const STRATEGY_COLOUR: Record<StrategyId, string> = { full: 'var(--muted)', gt: 'var(--danger)', ge: 'var(--focus)', overlap: 'var(--accent)', lookback: 'var(--ok)' };
/** Lines that lie on top of each other (all at zero, say) stay apart by their dashes. */
const DASH: Record<StrategyId, string | undefined> = { full: '2 3', gt: undefined, ge: '8 3', overlap: '4 2 1 2', lookback: '1 3' };

/** The chart's width follows its container (a phone gets a narrower chart, not smaller text). */
function useWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.max(280, Math.round(entry.contentRect.width))));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

const HEIGHT = 260;
const PAD = { left: 52, right: 12, top: 10, bottom: 30 };

/**
 * The headline: one line per strategy over the days, for the metric the reader picks. Plain SVG
 * (at most 30 days × 5 lines), so drawing it costs the page almost nothing; each point has a title.
 */
export function DaysChart({ result, metric, onMetric }: { result: IncrementalLoadsResult; metric: Metric; onMetric(m: Metric): void }) {
  const name = useId();
  const { ref, width } = useWidth(640);
  const values = strategies.map((s) => result.days.map((d) => metricValue[metric](d.byStrategy[s])));
  const ticks = niceTicks(Math.max(0, ...values.flat()));
  const top = ticks[ticks.length - 1]!;
  const days = result.days.length;
  const x = (i: number) => PAD.left + (days > 1 ? (i / (days - 1)) * (width - PAD.left - PAD.right) : 0);
  const y = (v: number) => PAD.top + (1 - v / top) * (HEIGHT - PAD.top - PAD.bottom);
  const every = Math.ceil(days / Math.max(2, Math.floor((width - PAD.left) / 36)));
  const caption = `${metricLabel[metric]} after each day’s load, per strategy`;
  return (
    <>
      <fieldset className={styles.metrics}>
        <legend className="visually-hidden">What the chart shows</legend>
        {metrics.map((m) => (
          <label key={m} className="inline-choice">
            <input type="radio" name={name} checked={metric === m} onChange={() => onMetric(m)} /> {metricLabel[m]}
          </label>
        ))}
      </fieldset>
      <figure className="chart" data-metric={metric}>
        <figcaption>{caption}</figcaption>
        <div ref={ref}>
          <svg width={width} height={HEIGHT} role="img" aria-label={`${caption}. The numbers are in the table “Every day, every copy” under Tables.`} className={styles.svg}>
            {ticks.map((t) => (
              <g key={t}>
                <line x1={PAD.left} x2={width - PAD.right} y1={y(t)} y2={y(t)} stroke="var(--border)" strokeDasharray="3 3" />
                <text x={PAD.left - 6} y={y(t)} dy="0.32em" textAnchor="end">
                  {formatNumber(t)}
                </text>
              </g>
            ))}
            {result.days.map((d, i) =>
              i % every === 0 || i === days - 1 ? (
                <text key={d.day} x={x(i)} y={HEIGHT - PAD.bottom + 16} textAnchor="middle">
                  {d.day}
                </text>
              ) : null,
            )}
            <text x={width - PAD.right} y={HEIGHT - 2} textAnchor="end">
              day
            </text>
            {strategies.map((s, k) => (
              <g key={s} data-line={s} stroke={STRATEGY_COLOUR[s]} fill={STRATEGY_COLOUR[s]}>
                <polyline fill="none" strokeWidth={2} strokeDasharray={DASH[s]} points={values[k]!.map((v, i) => `${x(i)},${y(v)}`).join(' ')} />
                {values[k]!.map((v, i) => (
                  <circle key={i} cx={x(i)} cy={y(v)} r={2.5}>
                    <title>{`Day ${i + 1}, ${strategyLabel[s]}: ${formatNumber(v)}`}</title>
                  </circle>
                ))}
              </g>
            ))}
          </svg>
        </div>
        <ul className={styles.legend}>
          {strategies.map((s) => (
            <li key={s}>
              <svg width="28" height="10" aria-hidden="true">
                <line x1="0" x2="28" y1="5" y2="5" stroke={STRATEGY_COLOUR[s]} strokeWidth={2} strokeDasharray={DASH[s]} />
              </svg>{' '}
              {strategyLabel[s]}
            </li>
          ))}
        </ul>
      </figure>
    </>
  );
}
