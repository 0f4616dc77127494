import type { Move } from './model';

/** One line per step, for the script's list and screen readers. */
export function describeMove(move: Move): string {
  return `Move event ${move.event} to minute ${move.time}, arriving at minute ${move.arrival}`;
}

/** Where the script leaves an event: its last move, or null when no step moves it. */
export function lastMoveOf(moves: readonly Move[], event: number): Move | null {
  for (let i = moves.length - 1; i >= 0; i--) if (moves[i]!.event === event) return moves[i]!;
  return null;
}

/**
 * The script after moving one event on the timeline or in the editor: its step is replaced where
 * it stands (so nudging an event does not reorder the list), or added at the end; an event moved
 * back to its generated times loses its steps.
 */
export function withMove(moves: readonly Move[], move: Move, original: { time: number; arrival: number }): Move[] {
  const first = moves.findIndex((m) => m.event === move.event);
  const others = moves.filter((m) => m.event !== move.event);
  if (move.time === original.time && move.arrival === original.arrival) return others;
  if (first < 0) return [...others, move];
  return [...others.slice(0, first), move, ...others.slice(first)];
}
