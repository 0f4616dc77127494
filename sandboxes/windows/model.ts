import { z } from 'zod';
import { scriptSchema } from '@/lib/sandbox/params';

export const SANDBOX_ID = 'windows';
/**
 * 2: late events follow the engines (an event is lost only when it misses every window it belongs
 * to; a purged session is not reopened), and allowed lateness is a setting of its own.
 */
export const RESULTS_VERSION = 2;

/** Every event is drawn on the timeline and listed in the table, so the stream stays small. */
export const MAX_EVENTS = 500;
export const MAX_TIME = 999;
/** More overlapping sliding windows than this could not be drawn one row each. */
export const MAX_OVERLAP = 12;
export const KEY_NAMES = ['ana', 'ben', 'chen', 'dara', 'eli'] as const;

/** The chapter's example: one user's events at minutes 1, 2, 4, 9, 10 and 17, each arriving when it happens. */
export const CHAPTER_TIMES = [1, 2, 4, 9, 10, 17] as const;

export const windowTypes = ['tumbling', 'sliding', 'session'] as const;
export type WindowType = (typeof windowTypes)[number];
export const windowTypeLabel: Record<WindowType, string> = { tumbling: 'Tumbling', sliding: 'Sliding (hopping)', session: 'Session' };

export const policies = ['drop', 'side', 'update'] as const;
export type LatePolicy = (typeof policies)[number];
/** What happens to an event that misses every window it belongs to (each had fired and dropped its state). */
export const policyLabel: Record<LatePolicy, string> = {
  drop: 'Drop it (the engines’ default)',
  side: 'Send it to a side output',
  update: 'Keep every window for ever and emit a correction (no engine does this)',
};

const wholeMinutes = (what: string, min: number, max: number, minText: string, maxText: string) =>
  z
    .number({ error: `Enter the ${what} as a whole number of minutes.` })
    .int(`Enter the ${what} as a whole number of minutes.`)
    .min(min, minText)
    .max(max, maxText);

/**
 * One step of the edits script: move event `event` (its id) to event minute `time`, arriving at
 * minute `arrival`. The steps replay in order, so a later move of the same event replaces an
 * earlier one. (lib/progress/migrate.ts turns the old "7:12/15" text into these.)
 */
export const moveSchema = z
  .object({
    kind: z.literal('move'),
    event: z.number({ error: 'Name the event by its number.' }).int('Name the event by its number.').min(1, 'Events are numbered from 1.').max(MAX_EVENTS, `There are at most ${MAX_EVENTS} events.`),
    time: wholeMinutes('event time', 0, MAX_TIME, 'An event time cannot be negative.', `Event times go up to minute ${MAX_TIME}.`),
    arrival: wholeMinutes('arrival time', 0, MAX_TIME, 'An arrival time cannot be negative.', `Arrival times go up to minute ${MAX_TIME}.`),
  })
  .superRefine((move, context) => {
    if (move.arrival < move.time) {
      context.addIssue({ code: 'custom', message: `Event ${move.event} cannot arrive (minute ${move.arrival}) before it happens (minute ${move.time}).` });
    }
  });
export type Move = z.infer<typeof moveSchema>;
/** The version of the moves' shape, carried with the script in links. */
export const MOVES_VERSION = 1;

export const windowsParamsSchema = z
  .object({
    stream: z.enum(['seeded', 'chapter'], { error: 'Choose the seeded stream or the chapter’s example.' }),
    events: z
      .number({ error: 'Enter a whole number of events.' })
      .int('Enter a whole number of events.')
      .min(1, 'Use at least 1 event.')
      .max(MAX_EVENTS, `At most ${MAX_EVENTS} events: each one is drawn on the timeline and listed in the table.`),
    keys: z.number({ error: 'Enter a whole number of keys.' }).int('Enter a whole number of keys.').min(1, 'Use at least 1 key.').max(KEY_NAMES.length, `At most ${KEY_NAMES.length} keys.`),
    span: wholeMinutes('span of event times', 10, 240, 'Spread the events over at least 10 minutes.', 'At most 240 minutes of event time.'),
    lateShare: z.number({ error: 'Enter a percentage.' }).min(0, 'The share of stragglers cannot be negative.').max(100, 'At most 100% of events can straggle.'),
    maxDelay: wholeMinutes('longest delay', 0, 120, 'A delay cannot be negative.', 'At most 120 minutes of delay.'),
    size: wholeMinutes('window size', 1, 120, 'A window is at least 1 minute long.', 'At most 120 minutes per window.'),
    slide: wholeMinutes('slide', 1, 120, 'The slide is at least 1 minute.', 'At most 120 minutes of slide.'),
    gap: wholeMinutes(
      'session gap',
      1,
      240,
      'The session gap must be at least 1 minute: a gap of zero or less would end a session at every event.',
      'At most 240 minutes of gap.',
    ),
    /**
     * The watermark's delay (Flink's bounded out-of-orderness, SQL's `WATERMARK … - INTERVAL`). The
     * key keeps its old name so that stored passes and links still read; only the label changed.
     */
    lateness: wholeMinutes('watermark delay', 0, 240, 'The watermark delay cannot be negative: the watermark cannot run ahead of the events seen.', 'At most 240 minutes of watermark delay.'),
    /**
     * Allowed lateness: how long (in minutes of watermark past a window's end) a fired window keeps its
     * state and takes late events as corrections. Passes stored before it existed read as 0, the engines' default.
     */
    allowedLateness: wholeMinutes('allowed lateness', 0, 240, 'Allowed lateness cannot be negative.', 'At most 240 minutes of allowed lateness.').default(0),
    policy: z.enum(policies, { error: 'Choose what happens to a late event.' }),
    /** The reader's moves of single events, replayed in order over the stream. */
    edits: scriptSchema(moveSchema, { max: MAX_EVENTS, what: 'moves' }),
    seed: z.number({ error: 'Enter a whole number as the seed.' }).int('Enter a whole number as the seed.').min(0, 'The seed is 0 or more.').max(4_294_967_295, 'The seed is at most 4,294,967,295.'),
  })
  .superRefine((p, context) => {
    if (p.slide > p.size) {
      context.addIssue({ code: 'custom', path: ['slide'], message: 'Slide must not exceed the window size: a longer slide would leave gaps no window covers.' });
    } else if (p.size / p.slide > MAX_OVERLAP) {
      context.addIssue({
        code: 'custom',
        path: ['slide'],
        message: `A slide of ${p.slide} puts each event in ${Math.ceil(p.size / p.slide)} windows; use a slide of at least ${Math.ceil(p.size / MAX_OVERLAP)} so at most ${MAX_OVERLAP} overlap.`,
      });
    }
    const count = p.stream === 'chapter' ? CHAPTER_TIMES.length : p.events;
    p.edits.forEach((move, step) => {
      if (move.event > count) context.addIssue({ code: 'custom', path: ['edits', step], message: `There is no event ${move.event}: this stream has events 1 to ${count}.` });
    });
  });
export type WindowsParams = z.infer<typeof windowsParamsSchema>;

export const defaultWindowsParams: WindowsParams = {
  stream: 'seeded',
  events: 24,
  keys: 2,
  span: 40,
  lateShare: 20,
  maxDelay: 15,
  size: 10,
  slide: 5,
  gap: 3,
  lateness: 2,
  allowedLateness: 0,
  policy: 'side',
  edits: [],
  seed: 42,
};

export interface StreamEvent {
  /** 1, 2, 3 … in event-time order of the generated stream (an edit keeps the id). */
  id: number;
  key: string;
  /** When it happened, whole minutes. */
  eventTime: number;
  /** When the processor received it, whole minutes; never before eventTime. */
  arrivalTime: number;
  value: number;
  edited: boolean;
  /** The generated times, before the reader's edit. */
  originalEventTime: number;
  originalArrivalTime: number;
}

/** A window's first result, or one that replaces an earlier result (a correction). */
export type EmissionKind = 'first' | 'correction';
/** What made it emit: the watermark passing its end, a late event (within the allowed lateness), or the end of the input. */
export type EmissionTrigger = 'watermark' | 'late-event' | 'end-of-input';

export interface Emission {
  /** Arrival-clock minute at which the result was emitted. */
  at: number;
  count: number;
  sum: number;
  kind: EmissionKind;
  trigger: EmissionTrigger;
  /** Minutes from the window's end (event time) to the emission (arrival clock). */
  delay: number;
}

export interface WindowResult {
  id: string;
  type: WindowType;
  key: string;
  /** Fixed windows cover [start, end); a session covers its first event's minute to its last event's minute + gap. */
  start: number;
  end: number;
  /** The watermark at which it closes: end for a fixed window, end + 1 for a session (an event at exactly end would still join it). */
  closesAt: number;
  count: number;
  sum: number;
  eventIds: number[];
  emissions: Emission[];
  /** A session merged into another after it was emitted. */
  replacedBy: string | null;
}

export type EventOutcome = 'on-time' | 'dropped' | 'side-output' | 'corrected' | 'partly-late';

export interface EventVerdict {
  eventId: number;
  /** The watermark just before the event arrived; null before any event. */
  watermarkAtArrival: number | null;
  /** Windows that count it (at the end). */
  joined: string[];
  /** Its windows that had fired and dropped their state (past their allowed lateness) when it arrived: it missed them. */
  late: string[];
  /** Its windows that had fired but were within their allowed lateness: it updated them, and they fired again. */
  updated: string[];
  /** Every window it belongs to had fired when it arrived: a late element, as Flink and Beam count them. */
  behind: boolean;
  /** It joined no window at all (it missed every one): only such an event is dropped or sent to the side output. */
  lost: boolean;
  /** Lost because the session it would start was already past its end plus the allowed lateness (no window id exists for it). */
  lateOwnSession: boolean;
  outcome: EventOutcome;
}

export interface TypeResult {
  type: WindowType;
  windows: WindowResult[];
  /** In event id order. */
  verdicts: EventVerdict[];
  /** Events that missed every window they belong to, under the side-output policy. */
  sideOutput: Array<{ eventId: number; missed: string[] }>;
  /** Events behind the watermark for every window they belong to. */
  lateEvents: number;
  droppedEvents: number;
  corrections: number;
  /** Mean number of windows that count an event, over the events counted at all. */
  meanWindowsPerEvent: number;
  /** Mean minutes from a window's end to its first result, over windows the watermark closed. */
  meanDelay: number | null;
}

export interface WatermarkStep {
  /** Arrival minute of the event that moved it. */
  at: number;
  eventId: number;
  watermark: number;
}

export interface WindowsResult {
  events: StreamEvent[];
  /** Event ids in processing order: by arrival minute, then id. */
  arrivalOrder: number[];
  watermarks: WatermarkStep[];
  lastArrival: number;
  types: Record<WindowType, TypeResult>;
  /** For tumbling windows: the smallest watermark delay that leaves no event late, and what it does to the results' delay. */
  safeLateness: SafeLateness;
}

export interface SafeLateness {
  lateness: number;
  /** Mean minutes later each tumbling result comes at that lateness than at 0, over windows the watermark closed in both runs. */
  addedDelay: number | null;
  /** Windows paired for that mean. */
  paired: number;
}

export interface WindowsProgress {
  /** Window types processed so far, of `total`. */
  done: number;
  total: number;
}
