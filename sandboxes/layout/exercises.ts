import { near, numberAnswer, type Exercise } from '@/lib/sandbox/exercise';
import { scanShape } from './explain';
import type { LayoutParams, LayoutResult } from './model';

type LayoutExercise = Exercise<LayoutParams, LayoutResult>;

/** "At what column count is the column scan at least 5× faster?" — the first count where it was; 0 means never. */
export const firstFiveTimes: LayoutExercise = {
  id: 'layout-first-5x',
  prompt: 'At what column count was the column scan at least 5× faster than the row scan on your machine? Enter 0 if it never was.',
  explore: { maxColumns: 64 },
  fields: [{ name: 'columns', kind: 'number', label: 'Column count' }],
  deterministic: false,
  check(result, answers) {
    const answer = numberAnswer(answers, 'columns');
    const hit = scanShape(result).leads.find((l) => l.lead >= 5);
    const expected = hit?.columns ?? 0;
    if (answer === expected) {
      return { pass: true, feedback: expected ? `Yes: at ${expected} columns the lead was ${hit!.lead.toFixed(1)}×.` : 'Yes: in this run the lead never reached 5×.' };
    }
    return {
      pass: false,
      feedback: 'Not yet. Read the “column scan lead” column of the table from the top and find the first row at 5× or more.',
    };
  },
};

/** "Which layout wins point lookups, and by about how much?" — layout right, factor within 25%. */
export const lookupWinner: LayoutExercise = {
  id: 'layout-lookup-winner',
  prompt: 'At the largest column count you measured, which layout wins point lookups, and by what factor?',
  fields: [
    { name: 'layout', kind: 'choice', label: 'Winner', options: [{ value: 'row', label: 'row-major' }, { value: 'column', label: 'column-major' }] },
    { name: 'factor', kind: 'number', label: 'By a factor of', unit: '×' },
  ],
  deterministic: false,
  check(result, answers) {
    const answer = { layout: answers.layout, factor: numberAnswer(answers, 'factor') };
    const last = result.sweep[result.sweep.length - 1];
    if (!last) return { pass: false, feedback: 'Run the sandbox first.' };
    const winner = last.row.lookupNs <= last.column.lookupNs ? 'row' : 'column';
    const factor = Math.max(last.row.lookupNs, last.column.lookupNs) / Math.min(last.row.lookupNs, last.column.lookupNs);
    if (answer.layout !== winner) {
      return { pass: false, feedback: 'Not yet. Compare the two lookup columns of the table at the largest column count.' };
    }
    if (!near(answer.factor, factor)) {
      return { pass: false, feedback: `The layout is right. The factor is the slower lookup time divided by the faster one; check your division.` };
    }
    return {
      pass: true,
      feedback: `Yes: ${winner}-major was ${factor.toFixed(1)}× faster. A row-major row is one run of ${last.rowBytes} bytes (${last.row.lookupLines.toFixed(1)} lines); column-major scatters it over ${last.column.lookupLines.toFixed(0)} lines.`,
    };
  },
};

export const layoutExercises: readonly LayoutExercise[] = [firstFiveTimes, lookupWinner];
