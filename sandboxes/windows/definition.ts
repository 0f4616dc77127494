import { defineSandbox } from '@/lib/sandbox/define';
import { windowsExercises } from './exercises';
import { explainRun } from './explain';
import { defaultWindowsParams, MAX_EVENTS, MOVES_VERSION, policies, policyLabel, RESULTS_VERSION, SANDBOX_ID, windowsParamsSchema, type WindowsProgress } from './model';

/** The sandbox without its view: the view, the frame, the review page and the tests all read this. */
export const definition = defineSandbox({
  id: SANDBOX_ID,
  version: RESULTS_VERSION,
  schema: windowsParamsSchema,
  defaults: defaultWindowsParams,
  controls: {
    stream: {
      label: 'Event stream',
      hint: 'The seeded stream is shaped by the other settings in this group; the chapter’s example ignores them.',
      options: [
        ['seeded', 'Seeded: out of order, some late'],
        ['chapter', 'The chapter’s example (1, 2, 4, 9, 10, 17)'],
      ],
    },
    events: { label: 'Events', hint: `1 to ${MAX_EVENTS}.` },
    keys: { label: 'Keys (users)', hint: '1 to 5, one lane each.' },
    span: { label: 'Event times over (min)', hint: 'Event times fall in minutes 0 to this.' },
    lateShare: { label: 'Stragglers (%)', hint: 'Most events arrive 0–2 min after they happen; these arrive later.', decimal: true },
    maxDelay: { label: 'Longest delay (min)', hint: 'A straggler arrives 3 to this many minutes late.' },
    size: { label: 'Window size (min)', hint: 'Tumbling and sliding windows.' },
    slide: { label: 'Slide (min)', hint: 'A new sliding window every this many minutes; at most the size.' },
    gap: { label: 'Session gap (min)', hint: 'A session ends after more than this many quiet minutes.' },
    lateness: {
      label: 'Watermark delay (min)',
      hint: 'Bounded out-of-orderness: watermark = largest event time seen − this. A window fires when the watermark passes its end.',
    },
    allowedLateness: {
      label: 'Allowed lateness (min)',
      hint: 'After a window fires it keeps its state until the watermark is this much past its end; a late event in that time updates it and it fires again. Then its state is dropped.',
    },
    policy: {
      label: 'An event too late for all its windows',
      hint: 'Every window it belongs to had fired and dropped its state when it arrived. An event still counted in one of its windows is not lost.',
      options: policies.map((p) => [p, policyLabel[p]] as const),
    },
    edits: {
      label: 'Moved events',
      hint: 'Each step moves one event to a new event minute and arrival minute. The steps replay in order, so a later move of the same event replaces an earlier one. Dragging or nudging an event on the timeline, or typing its times, adds or updates its step and runs again.',
      scriptVersion: MOVES_VERSION,
    },
    seed: { label: 'Seed', hint: 'Chooses the events, keys and delays.' },
  },
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: windowsExercises,
  progress: (p: WindowsProgress) => ({ fraction: p.total ? p.done / p.total : null, label: 'Assigning events to windows…' }),
  explain: explainRun,
  predictions: [
    {
      id: 'late',
      prompt: 'With this watermark delay, how many events will arrive after the watermark has passed the end of their tumbling window?',
      kind: 'number',
      unit: 'events',
      min: 0,
      max: MAX_EVENTS,
      integer: true,
      actual: (result) => result.types.tumbling.lateEvents,
    },
    {
      id: 'lost',
      prompt: 'And how many of those will come after the allowed lateness too, so their window’s state is gone and they are dropped or sent to the side output?',
      kind: 'number',
      unit: 'events',
      min: 0,
      max: MAX_EVENTS,
      integer: true,
      actual: (result, params) => (params.policy === 'update' ? 0 : result.types.tumbling.verdicts.filter((v) => v.lost).length),
    },
  ],
});
