/** Seconds in the unit that suits their size: 2.7 ns, 5.00 ms, 35.6 s, 12.5 min, 3.20 h. */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  const s = Math.abs(seconds);
  if (s === 0) return '0 s';
  if (s < 1e-6) return `${(seconds * 1e9).toPrecision(3)} ns`;
  if (s < 1e-3) return `${(seconds * 1e6).toPrecision(3)} µs`;
  if (s < 1) return `${(seconds * 1e3).toPrecision(3)} ms`;
  if (s < 120) return `${seconds.toPrecision(3)} s`;
  if (s < 7_200) return `${(seconds / 60).toPrecision(3)} min`;
  return `${(seconds / 3_600).toPrecision(3)} h`;
}

export function formatShare(share: number): string {
  const percent = share * 100;
  if (percent > 0 && percent < 0.1) return '<0.1%';
  return `${percent >= 10 ? percent.toFixed(0) : percent.toFixed(1)}%`;
}

/** Events per second, compact for large capacities. */
export function formatRate(rate: number | null): string {
  if (rate === null) return 'unbounded';
  if (rate >= 1e6) return `${(rate / 1e6).toPrecision(3)} M/s`;
  if (rate >= 1e4) return `${(rate / 1e3).toPrecision(3)} k/s`;
  return `${rate >= 100 ? rate.toFixed(0) : rate.toPrecision(3)}/s`;
}

/** Short axis labels for round lengths of time: 100 ms, 1 s, 10 s, 1 min, 10 min, 1 h, 1 d. */
export function formatTick(seconds: number): string {
  if (seconds < 0.001) return `${+(seconds * 1e6).toPrecision(3)} µs`;
  if (seconds < 1) return `${+(seconds * 1000).toPrecision(3)} ms`;
  if (seconds < 60) return `${+seconds.toPrecision(3)} s`;
  if (seconds < 3_600) return `${+(seconds / 60).toPrecision(3)} min`;
  if (seconds < 86_400) return `${+(seconds / 3_600).toPrecision(3)} h`;
  return `${+(seconds / 86_400).toPrecision(3)} d`;
}
