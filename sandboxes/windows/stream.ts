import { createRng } from '@/lib/random';
import { CHAPTER_TIMES, KEY_NAMES, type StreamEvent, type WindowsParams } from './model';

/**
 * The stream the reader works on. Seeded: event times uniform over the span, one of `keys` keys, a
 * value of 1–9; most events arrive 0–2 minutes after they happen, a share of stragglers 3 to
 * `maxDelay` minutes after. Ids follow event time, so event 1 is the earliest. Then the reader's
 * moves replay in order, each setting the times of the event it names (so a later move of an event
 * replaces an earlier one).
 */
export function buildStream(params: WindowsParams): StreamEvent[] {
  const events = params.stream === 'chapter' ? chapterStream() : seededStream(params);
  for (const move of params.edits) {
    const event = events[move.event - 1];
    if (!event) continue;
    event.eventTime = move.time;
    event.arrivalTime = move.arrival;
    event.edited = true;
  }
  return events;
}

function chapterStream(): StreamEvent[] {
  return CHAPTER_TIMES.map((t, i) => ({ id: i + 1, key: KEY_NAMES[0], eventTime: t, arrivalTime: t, value: 1, edited: false, originalEventTime: t, originalArrivalTime: t }));
}

function seededStream(params: WindowsParams): StreamEvent[] {
  const rng = createRng(params.seed);
  const drafts = Array.from({ length: params.events }, (_, order) => {
    const key = KEY_NAMES[rng.int(0, params.keys - 1)]!;
    const eventTime = rng.int(0, params.span - 1);
    const straggler = rng.next() * 100 < params.lateShare;
    const ordinary = Math.min(2, params.maxDelay);
    const delay = straggler ? rng.int(Math.min(3, params.maxDelay), params.maxDelay) : rng.int(0, ordinary);
    return { order, key, eventTime, arrivalTime: eventTime + delay, value: rng.int(1, 9) };
  });
  drafts.sort((a, b) => a.eventTime - b.eventTime || a.order - b.order);
  return drafts.map((d, i) => ({
    id: i + 1,
    key: d.key,
    eventTime: d.eventTime,
    arrivalTime: d.arrivalTime,
    value: d.value,
    edited: false,
    originalEventTime: d.eventTime,
    originalArrivalTime: d.arrivalTime,
  }));
}
