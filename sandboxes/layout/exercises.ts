import { scanShape } from './explain';
import type { LayoutResult } from './model';

/** An exercise checked against the reader's own result, so the right answer is the one their machine gave. */
export interface Exercise<Answer> {
  id: string;
  prompt: string;
  check(result: LayoutResult, answer: Answer): { pass: boolean; feedback: string };
}

/** "At what column count is the column scan at least 5× faster?" — the first count where it was; 0 means never. */
export const firstFiveTimes: Exercise<number> = {
  id: 'layout-first-5x',
  prompt: 'At what column count was the column scan at least 5× faster than the row scan on your machine? Enter 0 if it never was.',
  check(result, answer) {
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
export const lookupWinner: Exercise<{ layout: 'row' | 'column'; factor: number }> = {
  id: 'layout-lookup-winner',
  prompt: 'At the largest column count you measured, which layout wins point lookups, and by what factor?',
  check(result, answer) {
    const last = result.sweep[result.sweep.length - 1];
    if (!last) return { pass: false, feedback: 'Run the sandbox first.' };
    const winner = last.row.lookupNs <= last.column.lookupNs ? 'row' : 'column';
    const factor = Math.max(last.row.lookupNs, last.column.lookupNs) / Math.min(last.row.lookupNs, last.column.lookupNs);
    if (answer.layout !== winner) {
      return { pass: false, feedback: 'Not yet. Compare the two lookup columns of the table at the largest column count.' };
    }
    if (!(answer.factor > 0) || Math.abs(answer.factor - factor) / factor > 0.25) {
      return { pass: false, feedback: `The layout is right. The factor is the slower lookup time divided by the faster one; check your division.` };
    }
    return {
      pass: true,
      feedback: `Yes: ${winner}-major was ${factor.toFixed(1)}× faster. A row-major row is one run of ${last.rowBytes} bytes (${last.row.lookupLines.toFixed(1)} lines); column-major scatters it over ${last.column.lookupLines.toFixed(0)} lines.`,
    };
  },
};
