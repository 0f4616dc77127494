/** Window assignment on whole minutes: which windows an event time belongs to. */

/** The tumbling window [start, start + size) holding t. */
export function tumblingStart(t: number, size: number): number {
  return Math.floor(t / size) * size;
}

/**
 * Starts of every hopping window [s, s + size) holding t, where s is a multiple of `slide`:
 * from the first multiple above t − size to the last at or below t. There are size / slide of
 * them when the slide divides the size (windows that start before minute 0 included, as engines do).
 */
export function slidingStarts(t: number, size: number, slide: number): number[] {
  const first = (Math.floor((t - size) / slide) + 1) * slide;
  const last = Math.floor(t / slide) * slide;
  const starts: number[] = [];
  for (let s = first; s <= last; s += slide) starts.push(s);
  return starts;
}

/**
 * Sessions of one key's event times, in event-time order: an event joins the session before it
 * when it comes at most `gap` minutes after that session's last event (the chapter's "closed by
 * more than `gap` quiet minutes"). Returns the groups of times.
 */
export function sessionsOf(times: readonly number[], gap: number): number[][] {
  const sorted = [...times].sort((a, b) => a - b);
  const sessions: number[][] = [];
  for (const t of sorted) {
    const current = sessions[sessions.length - 1];
    if (current && t - current[current.length - 1]! <= gap) current.push(t);
    else sessions.push([t]);
  }
  return sessions;
}
