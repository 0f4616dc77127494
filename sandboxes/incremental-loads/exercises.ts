import { numberAnswer, type Exercise } from '@/lib/sandbox/exercise';
import { wrongCount } from './explain';
import { defaultChanges, type IncrementalLoadsParams, type IncrementalLoadsResult } from './model';

type LoadsExercise = Exercise<IncrementalLoadsParams, IncrementalLoadsResult>;

/** The ties at 23:59 on day 3: `>` loses the late ones, `≥` reads them and re-reads the rest. */
export const tiesExercise: LoadsExercise = {
  id: 'incremental-loads-ties',
  prompt:
    'The script writes a batch of rows stamped 23:59 on day 3, and commits five more with the same stamp two minutes later, after the midnight load. After day 4’s load, how many rows is the copy made with updated_at > W missing, and how many rows did the ≥ load read again that it already held?',
  explore: { changes: defaultChanges },
  fields: [
    { name: 'missing', kind: 'number', label: 'Rows missing from the > copy after day 4' },
    { name: 'held', kind: 'number', label: 'Rows the ≥ load read again on day 4' },
  ],
  deterministic: true,
  check(result, answers) {
    const day4 = result.days[3];
    if (!day4) return { pass: false, feedback: 'Run at least 4 days.' };
    const { gt, ge } = day4.byStrategy;
    if (numberAnswer(answers, 'missing') !== gt.missing) return { pass: false, feedback: 'Not yet: read the > line on day 4 in the chart with “Rows wrong” chosen, or the table under Tables.' };
    if (numberAnswer(answers, 'held') !== ge.alreadyHeld) return { pass: false, feedback: 'Not yet: choose “Read again (already held)” and read the ≥ line on day 4.' };
    return {
      pass: true,
      feedback: `Yes: ${gt.missing} and ${ge.alreadyHeld}. The > query starts strictly after 23:59, so rows stamped 23:59 that committed after the load are never asked for; ≥ asks for 23:59 again, catching them at the price of re-reading the tied rows it already had (${ge.missing} missing).`,
    };
  },
};

/** A writer's clock 90 minutes behind: the margin must be longer than the skew. */
export const marginExercise: LoadsExercise = {
  id: 'incremental-loads-margin',
  prompt:
    'On days 7 and 8 writer B’s clock runs 90 minutes behind. Find a margin (in minutes) with which the “Watermark − margin” copy misses no row and holds no older version at the end (hard deletes aside). Enter the margin you used. Is the smallest margin that works related to the skew?',
  explore: { changes: defaultChanges, margin: 60 },
  fields: [{ name: 'margin', kind: 'number', label: 'Margin', unit: 'min' }],
  deterministic: true,
  check(result, answers, params) {
    if (numberAnswer(answers, 'margin') !== params.margin) return { pass: false, feedback: `Enter the margin of the run you are checking (${params.margin} min).` };
    if (!params.changes.some((c) => c.kind === 'skew' && Math.abs(c.minutes) >= 60)) return { pass: false, feedback: 'Keep a clock step that sets writer B at least 60 minutes off, as the default script does.' };
    const last = result.days[result.days.length - 1]!.byStrategy.overlap;
    const wrong = last.missing + last.stale + last.softKept;
    if (wrong > 0) return { pass: false, feedback: `Not yet: with a ${params.margin}-minute margin the copy still misses ${wrong} rows. Try a margin longer than the clock's offset.` };
    return { pass: true, feedback: `Yes: with ${params.margin} minutes nothing is missed. A change stamped by a slow clock lands up to the offset behind the watermark, so the re-read margin has to be at least that long (and longer than any commit delay).` };
  },
};

/** A lookback shorter than the time rows keep changing misses updates. */
export const lookbackExercise: LoadsExercise = {
  id: 'incremental-loads-lookback',
  prompt:
    'Set the lookback shorter than the days rows keep changing (say 3 days against 7) and run. How many rows does the lookback copy hold in an older version after the last load? Then set it back to 7: which kinds of row does it still get wrong?',
  explore: { lookback: 3, changeDays: 7 },
  fields: [{ name: 'stale', kind: 'number', label: 'Rows in an older version in the lookback copy' }],
  deterministic: true,
  check(result, answers, params) {
    if (params.lookback >= params.changeDays) return { pass: false, feedback: 'Set the lookback shorter than the days rows keep changing.' };
    const last = result.days[result.days.length - 1]!.byStrategy.lookback;
    if (numberAnswer(answers, 'stale') !== last.stale) return { pass: false, feedback: 'Not yet: the lookback row of the table under Tables shows the older versions after the last load.' };
    return {
      pass: true,
      feedback: `Yes: ${last.stale} rows (${wrongCount(last)} wrong in all). Rows updated more than ${params.lookback} days after they were created fall outside the window; with 7 days, only the script’s edits to old rows and its deletes remain.`,
    };
  },
};

export const incrementalLoadsExercises: readonly LoadsExercise[] = [tiesExercise, marginExercise, lookbackExercise];
