import { formatNumber } from '@/lib/format';

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

export const n = formatNumber;
export const usd = (dollars: number) => money.format(dollars);
export const plural = (x: number, one: string, many = `${one}s`) => `${formatNumber(x)} ${x === 1 ? one : many}`;
/** A simulated hour as "hour 122.5 (day 6, 02:30)": the log starts at hour 0, day 1. */
export function hourLabel(hour: number): string {
  const day = Math.floor(hour / 24) + 1;
  const minutes = Math.round((hour % 24) * 60);
  const clock = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return `hour ${formatNumber(Math.round(hour * 100) / 100)} (day ${day}, ${clock})`;
}
export const hours = (h: number) => `${formatNumber(Math.round(h * 10) / 10)} h`;
export const pct = (part: number, whole: number) => `${whole ? ((100 * part) / whole).toFixed(part === whole || part === 0 ? 0 : 1) : '0'} %`;
