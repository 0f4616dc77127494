import { numberAnswer, type Exercise } from '@/lib/sandbox/exercise';
import { sessionsOf } from './assign';
import type { WindowsParams, WindowsResult } from './model';

type WindowsExercise = Exercise<WindowsParams, WindowsResult>;

/** The watermark's trade: enough delay to leave no event late, paid for in later results. */
export const safeLateness: WindowsExercise = {
  id: 'windows-safe-lateness',
  prompt:
    'With tumbling windows and no allowed lateness, choose the smallest watermark delay (whole minutes) that loses no event of this stream. Compared with a delay of 0, how many minutes later, on average, does each tumbling result come?',
  explore: { stream: 'seeded', seed: 42, edits: [], lateness: 0, allowedLateness: 0, policy: 'drop' },
  fields: [
    // The field keeps its name "lateness" so that stored answers still read; it is the watermark delay.
    { name: 'lateness', kind: 'number', label: 'Smallest watermark delay', unit: 'min' },
    { name: 'added', kind: 'number', label: 'Added delay per result', unit: 'min' },
  ],
  deterministic: true,
  check(result, answers) {
    const { lateness, addedDelay, paired } = result.safeLateness;
    const answer = numberAnswer(answers, 'lateness');
    if (answer !== lateness) {
      return {
        pass: false,
        feedback:
          answer < lateness
            ? 'Not yet: at that delay some event still arrives after the watermark has passed its window’s end. Run it and look at the “Late events” column of the table under Tables.'
            : 'That loses nothing, but a smaller delay does too. Step it down one minute at a time until an event turns late.',
      };
    }
    if (addedDelay === null) {
      return {
        pass: true,
        feedback: `Yes: a watermark delay of ${lateness} minutes loses nothing. In this stream no window is closed by the watermark under both settings, so there is no delay to compare: the results wait for the end of the input.`,
      };
    }
    const added = numberAnswer(answers, 'added');
    if (!(Math.abs(added - addedDelay) <= Math.max(1, addedDelay * 0.25))) {
      return {
        pass: false,
        feedback: `The watermark delay is right. For the added delay, run at 0 and at ${lateness} and compare when each tumbling window is emitted (the “Emitted at” column of the window results, under Details), window by window.`,
      };
    }
    return {
      pass: true,
      feedback: `Yes: a watermark delay of ${lateness} minutes loses no event, and each tumbling result the watermark closed came ${addedDelay.toFixed(1)} minutes later on average (over ${paired} windows). The largest event time seen must now reach a window’s end plus ${lateness} minutes before the watermark closes it; how long that takes on the arrival clock depends on when such events arrive. Allowed lateness is the other way to keep such an event: the window fires on time and is corrected when it comes.`,
    };
  },
};

/** The chapter's "Try it": merging the first two sessions of the example stream. */
export const mergeSessions: WindowsExercise = {
  id: 'windows-merge-sessions',
  prompt:
    'Load the chapter’s example stream (minutes 1, 2, 4, 9, 10, 17) with a session gap of 3. What is the smallest session gap that merges its first two sessions into one?',
  explore: { stream: 'chapter', gap: 3, edits: [] },
  fields: [{ name: 'gap', kind: 'number', label: 'Smallest gap', unit: 'min' }],
  deterministic: true,
  check(result, answers, params) {
    const firstKey = result.events[0]?.key;
    const times = result.events.filter((e) => e.key === firstKey).map((e) => e.eventTime);
    const sessions = sessionsOf(times, params.gap);
    if (sessions.length < 2) return { pass: false, feedback: 'Your run has only one session for that key: lower the gap (the suggested settings use 3) and run again.' };
    const [first, second] = sessions as [number[], number[]];
    const needed = second[0]! - first[first.length - 1]!;
    const answer = numberAnswer(answers, 'gap');
    if (answer === needed) {
      return {
        pass: true,
        feedback: `Yes: the quiet spell between minute ${first[first.length - 1]} and minute ${second[0]} is ${needed} minutes, and a session only ends after more than the gap. With a gap of ${needed}, that spell no longer ends it.`,
      };
    }
    return {
      pass: false,
      feedback:
        answer < needed
          ? 'Not yet: with that gap the quiet spell between the two sessions still ends the first one. Find the length of that spell.'
          : 'That merges them, but so does a smaller gap: a session ends only after more than the gap in quiet minutes.',
    };
  },
};

/** Sliding windows count an event size / slide times. */
export const slidingCount: WindowsExercise = {
  id: 'windows-sliding-count',
  prompt: 'Set a sliding window of 10 minutes that advances every 2 minutes. In how many sliding windows does each event appear?',
  explore: { size: 10, slide: 2 },
  fields: [{ name: 'count', kind: 'number', label: 'Windows per event' }],
  deterministic: true,
  check(result, answers, params) {
    if (params.size % params.slide !== 0) {
      return { pass: false, feedback: `With a slide of ${params.slide} that does not divide the size ${params.size}, events fall in different numbers of windows. Use the suggested settings.` };
    }
    const expected = params.size / params.slide;
    if (numberAnswer(answers, 'count') !== expected) {
      return { pass: false, feedback: 'Not yet. Hover or focus one event on the timeline, or read its “Windows joined” cell in the events table (under Details), and count.' };
    }
    const counted = result.types.sliding.meanWindowsPerEvent;
    return {
      pass: true,
      feedback: `Yes: ${params.size} / ${params.slide} = ${expected}. A window starts every ${params.slide} minutes and lasts ${params.size}, so ${expected} of them cover any minute. In your run events were counted in ${counted.toFixed(2).replace(/\.00$/, '')} windows on average${counted < expected ? ' (an event that missed a window whose state was dropped counts in fewer)' : ''}.`,
    };
  },
};

export const windowsExercises = [safeLateness, mergeSessions, slidingCount] as const;
