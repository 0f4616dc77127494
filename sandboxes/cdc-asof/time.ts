/** Times in the sandbox are seconds from the start of day 0; these print them (the view imports only this file, not the generator). */
export const DAY_S = 86_400;

/** PostgreSQL's way of printing a log position: high and low 32 bits in hex. */
export const formatLsn = (lsn: number) => `${Math.floor(lsn / 2 ** 32).toString(16).toUpperCase()}/${(lsn % 2 ** 32).toString(16).toUpperCase()}`;

/** "day 3 18:02:15" for seconds from the start of day 0. */
export function formatTime(s: number): string {
  const day = Math.floor(s / DAY_S);
  const rest = s - day * DAY_S;
  const pad = (v: number) => String(Math.floor(v)).padStart(2, '0');
  return `day ${day} ${pad(rest / 3600)}:${pad((rest % 3600) / 60)}:${pad(rest % 60)}`;
}
