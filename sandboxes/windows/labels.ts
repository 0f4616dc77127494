import type { Emission, EventVerdict, TypeResult, WindowResult } from './model';

/** "[10, 20)" for a fixed window; "session 9–10 (+3)" for a session: its first and last event, then the gap it waits. */
export function windowLabel(window: Pick<WindowResult, 'type' | 'start' | 'end'>, gap: number): string {
  return window.type === 'session' ? `session ${window.start}–${window.end - gap} (+${gap})` : `[${window.start}, ${window.end})`;
}

export function windowIndex(type: TypeResult): Map<string, WindowResult> {
  return new Map(type.windows.map((w) => [w.id, w]));
}

/** Label of a window id, falling back to the id's own start for windows that were never created (dropped late events). */
export function labelOfId(id: string, index: Map<string, WindowResult>, size: number, gap: number): string {
  const window = index.get(id);
  if (window) return windowLabel(window, gap);
  const [type, , start] = id.split(':');
  const s = Number(start);
  return type === 'session' ? id : `[${s}, ${s + size})`;
}

export function emissionNote(emission: Emission, previous: Emission | undefined): string {
  const base =
    emission.kind === 'correction'
      ? `correction${previous ? ` (was count ${previous.count}, sum ${previous.sum})` : ''}`
      : emission.trigger === 'late-event'
        ? 'first result, after the window had closed'
        : 'first result';
  const why = emission.trigger === 'end-of-input' ? ', at the end of the input' : emission.trigger === 'late-event' ? ', triggered by a late event' : '';
  return base + why;
}

export function lateText(verdict: EventVerdict, index: Map<string, WindowResult>, size: number, gap: number): string {
  const missed = verdict.late.map((id) => labelOfId(id, index, size, gap));
  if (verdict.lateOwnSession) missed.push('its own new session (already past the watermark and the allowed lateness)');
  const updated = verdict.updated.map((id) => labelOfId(id, index, size, gap));
  if (missed.length === 0 && updated.length === 0) return verdict.behind ? 'yes: behind the watermark, and started a session that fired at once' : 'no';
  const parts = [];
  if (missed.length) parts.push(`missed ${missed.join(', ')}`);
  if (updated.length) parts.push(`updated ${updated.join(', ')} within the allowed lateness`);
  const fate = { 'on-time': '', dropped: 'dropped', 'side-output': 'sent to the side output', corrected: 'counted, with a correction', 'partly-late': 'counted in its other windows, so not a late event' }[verdict.outcome];
  return `${verdict.behind ? 'yes' : 'partly'}: ${parts.join('; ')}; ${fate}`;
}
