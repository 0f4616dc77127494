import { FEATURES, FEATURE_LABEL, type CdcAsofParams, type CdcAsofResult } from './model';
import { numberAnswer, type Exercise } from '@/lib/sandbox/exercise';
import { scoreOf } from './explain';

type CdcAsofExercise = Exercise<CdcAsofParams, CdcAsofResult>;

/** What a re-run must reproduce: everything but the timings. */
const evidence = (r: CdcAsofResult) => ({ ...r, ms: null });
const close = (answer: number, expected: number, tolerance = 0.011) => Number.isFinite(answer) && Math.abs(answer - expected) <= tolerance;

export const flattered: CdcAsofExercise = {
  id: 'cdc-asof-flattered',
  prompt:
    'With the anchor at placement, what AUC does the model trained on final rows get on the later days’ final rows, and what on the same days as of the anchor? Give each to two decimals. Which of the two would you expect in production, and why?',
  explore: { anchorMinutes: 0, inequality: '>=' },
  fields: [
    { name: 'offline', kind: 'number', label: 'AUC on final rows' },
    { name: 'served', kind: 'number', label: 'AUC as of the anchor' },
  ],
  deterministic: true,
  evidence,
  check(result, answers, params) {
    const offline = scoreOf(result, 'naive', 'naive');
    const served = scoreOf(result, 'naive', 'asof');
    if (!offline || !served) return { pass: false, feedback: 'Run the sandbox first.' };
    if (params.anchorMinutes !== 0) return { pass: false, feedback: 'Set the anchor to 0 minutes (placement) and run again.' };
    if (!close(numberAnswer(answers, 'offline'), offline.auc)) return { pass: false, feedback: 'Not yet: read the naive model’s AUC on the later days’ final rows in the headline table.' };
    if (!close(numberAnswer(answers, 'served'), served.auc)) return { pass: false, feedback: 'The first is right. Now read the same model’s AUC on the rows as of the anchor.' };
    return {
      pass: true,
      feedback: `Yes: ${offline.auc.toFixed(3)} against ${served.auc.toFixed(3)}. In production the order has only just been placed, so “picked up” and “courier assigned” are always empty; the final rows answered with facts written later.`,
    };
  },
};

export const replayGuard: CdcAsofExercise = {
  id: 'cdc-asof-replay-guard',
  prompt:
    'Make delivery bad: half the events sent twice and 30% of them late. How many rows of the replayed table are wrong when every event is applied as it arrives, and how many when an event is applied only if its LSN is newer than the row’s?',
  explore: { duplicatePercent: 50, latePercent: 30 },
  fields: [
    { name: 'unguarded', kind: 'number', label: 'Wrong rows, applied as they arrive' },
    { name: 'guarded', kind: 'number', label: 'Wrong rows, with the LSN rule' },
  ],
  deterministic: true,
  evidence,
  check(result, answers, params) {
    if (params.duplicatePercent < 50 || params.latePercent < 30) return { pass: false, feedback: 'Set re-sent events to 50% and late events to 30%, then run again.' };
    const { guarded, lastWriteWins } = result.replay;
    if (numberAnswer(answers, 'unguarded') !== lastWriteWins.mismatches) return { pass: false, feedback: 'Not yet: the replay table lists the rows each rule got wrong.' };
    if (numberAnswer(answers, 'guarded') !== guarded.mismatches) return { pass: false, feedback: 'The first is right; now the rule that compares log positions.' };
    return {
      pass: true,
      feedback: `Yes: ${lastWriteWins.mismatches} against ${guarded.mismatches}. A late event overwrote newer state (or revived a deleted order); the LSN rule skipped it, and a delete kept its LSN as a tombstone.`,
    };
  },
};

export const strictInequality: CdcAsofExercise = {
  id: 'cdc-asof-strict-inequality',
  prompt:
    'Change the join’s inequality from >= to > with the anchor at placement. How many anchors find no row now, and what AUC does the model trained as of the anchor reach? Explain the boundary.',
  explore: { inequality: '>', anchorMinutes: 0 },
  fields: [
    { name: 'missing', kind: 'number', label: 'Anchors with no row' },
    { name: 'auc', kind: 'number', label: 'AUC of the as-of model' },
  ],
  deterministic: true,
  evidence,
  check(result, answers, params) {
    if (params.inequality !== '>' || params.anchorMinutes !== 0) return { pass: false, feedback: 'Choose > and an anchor of 0 minutes, then run again.' };
    const asof = scoreOf(result, 'asof', 'asof');
    if (numberAnswer(answers, 'missing') !== result.anchors.noAsofRow) return { pass: false, feedback: 'Not yet: count the anchors whose as-of row is empty (the anchors table says).' };
    if (!asof || !close(numberAnswer(answers, 'auc'), asof.auc)) return { pass: false, feedback: 'The count is right; now read the as-of model’s AUC.' };
    return {
      pass: true,
      feedback: `Yes: ${result.anchors.noAsofRow} of ${result.anchors.total}, and AUC ${asof.auc.toFixed(3)}. Each anchor falls exactly on its create event’s commit time, which > excludes, so the model sees no features at all and can only guess the base rate.`,
    };
  },
};

export const laterAnchor: CdcAsofExercise = {
  id: 'cdc-asof-later-anchor',
  prompt: 'Move the anchor to 15 minutes after placement. Which feature now comes from the future in the most rows of the naive join, and in how many?',
  explore: { anchorMinutes: 15 },
  fields: [
    { name: 'feature', kind: 'choice', label: 'Feature', options: FEATURES.map((f) => ({ value: f, label: FEATURE_LABEL[f] })) },
    { name: 'rows', kind: 'number', label: 'Rows' },
  ],
  deterministic: true,
  evidence,
  check(result, answers, params) {
    if (params.anchorMinutes !== 15) return { pass: false, feedback: 'Set the anchor to 15 minutes and run again.' };
    const top = [...result.leaks].sort((a, b) => b.rows - a.rows)[0];
    if (!top || answers.feature !== top.feature) return { pass: false, feedback: 'Not yet: the table of leaked features counts the rows per feature.' };
    if (numberAnswer(answers, 'rows') !== top.rows) return { pass: false, feedback: 'The feature is right; read its count of rows.' };
    return { pass: true, feedback: `Yes: “${FEATURE_LABEL[top.feature]}” in ${top.rows} rows. Fifteen minutes in, most orders are accepted and have a courier, so those are honest now; pickup is still ahead.` };
  },
};

export const cdcAsofExercises: readonly CdcAsofExercise[] = [flattered, replayGuard, strictInequality, laterAnchor];
