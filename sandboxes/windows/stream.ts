import { createRng } from '@/lib/random';
import { CHAPTER_TIMES, KEY_NAMES, parseEdits, type StreamEvent, type WindowsParams } from './model';

/**
 * The stream the reader works on. Seeded: event times uniform over the span, one of `keys` keys, a
 * value of 1–9; most events arrive 0–2 minutes after they happen, a share of stragglers 3 to
 * `maxDelay` minutes after. Ids follow event time, so event 1 is the earliest. Then the reader's
 * edits replace the times of the events they name.
 */
export function buildStream(params: WindowsParams): StreamEvent[] {
  const events = params.stream === 'chapter' ? chapterStream() : seededStream(params);
  const edits = parseEdits(params.edits) ?? [];
  for (const edit of edits) {
    const event = events[edit.id - 1];
    if (!event) continue;
    event.eventTime = edit.eventTime;
    event.arrivalTime = edit.arrivalTime;
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
